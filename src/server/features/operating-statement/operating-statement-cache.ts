import { getOperatingStatement } from '../../../contract/operating-statement';
import { RecentReads } from '../../cache/recent-reads';
import { VersionedCache } from '../../cache/versioned-cache';
import type { ChangeSignal } from '../../db/change-signal';
import { dataVersionOf } from '../../db/data-version';
import type { Db } from '../../db/types';
import { prepareAnswer, type PreparedAnswer } from '../../http/endpoint-route';
import { operatingStatement, type StatementRequest } from './operating-statement.service';

/** 32 MiB of JSON and its gzip: thousands of statements (a board's is a few KiB). */
const STATEMENT_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The operating statement, computed once per data version: everyone who opens a board's,
 * department's or unit's statement for a month between two changes gets the same answer,
 * checked and written once. Any committed change to the municipality's data (an import, a
 * budget, a forecast, by this server, another one or the CLI) moves the version on, and the
 * next request computes the statement anew: at once after this process's own commits, within
 * a second after another process's (RecentReads). Access is checked before it is asked.
 */
export class OperatingStatements {
  private readonly cache = new VersionedCache<PreparedAnswer>(STATEMENT_CACHE_BYTES);
  /** The municipalities' data versions, read again after a second or this process's commit. */
  private readonly versions: RecentReads<number>;

  constructor(
    private readonly db: Db,
    changes: ChangeSignal,
  ) {
    this.versions = new RecentReads(changes);
  }

  async statement(request: StatementRequest): Promise<PreparedAnswer> {
    // The version first: what is computed after it is at least that new.
    const version = await this.versions.get(request.municipalityId, () =>
      dataVersionOf(this.db, request.municipalityId),
    );
    const key = [
      request.municipalityId,
      request.boardId,
      request.year,
      request.month,
      request.orgUnitId ?? '',
    ].join('|');
    return this.cache.get(key, version, async () =>
      prepareAnswer(getOperatingStatement, await operatingStatement(this.db, request)),
    );
  }

  /** How many statements are kept (for tests and the benchmark). */
  get count(): number {
    return this.cache.count;
  }
}
