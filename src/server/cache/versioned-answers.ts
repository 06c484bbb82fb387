import type { ChangeSignal } from '../db/change-signal';
import { dataVersionOf } from '../db/data-version';
import type { Db } from '../db/types';
import type { PreparedAnswer } from '../http/endpoint-route';
import { RecentReads } from './recent-reads';
import { VersionedCache } from './versioned-cache';

/**
 * Prepared answers of one kind kept per municipality's data version: an answer is computed
 * once between two changes, whoever asks. Any committed change to the municipality's data
 * moves the version on, and the next request computes anew: at once after this process's own
 * commits, within a second after another process's (RecentReads). Access is checked before
 * the answers are asked.
 */
export class VersionedAnswers {
  private readonly cache: VersionedCache<PreparedAnswer>;
  /** The municipalities' data versions, read again after a second or this process's commit. */
  private readonly versions: RecentReads<number>;

  /** maxBytes: how much JSON and gzip may be kept. */
  constructor(
    private readonly db: Db,
    changes: ChangeSignal,
    maxBytes: number,
  ) {
    this.cache = new VersionedCache(maxBytes);
    this.versions = new RecentReads(changes);
  }

  /** The answer for key (which names the municipality's answer fully) at the current version. */
  async get(
    municipalityId: string,
    key: readonly (string | number)[],
    compute: () => Promise<PreparedAnswer>,
  ): Promise<PreparedAnswer> {
    // The version first: what is computed after it is at least that new.
    const version = await this.versions.get(municipalityId, () =>
      dataVersionOf(this.db, municipalityId),
    );
    return this.cache.get([municipalityId, ...key].join('|'), version, compute);
  }

  /** How many answers are kept (for tests and the benchmark). */
  get count(): number {
    return this.cache.count;
  }
}
