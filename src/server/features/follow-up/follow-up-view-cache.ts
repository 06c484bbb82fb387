import type { BoardRef } from '#server/board-ref';
import type { Month } from '#domain/kernel/period';
import { getFollowUpView } from '#contract/follow-up';
import { RecentReads } from '#server/cache/recent-reads';
import { VersionedCache } from '#server/cache/versioned-cache';
import type { ChangeSignal } from '#server/db/change-signal';
import { dataVersionOf } from '#server/db/data-version';
import type { Db } from '#server/db/types';
import { prepareAnswer, type PreparedAnswer } from '#server/http/endpoint-route';
import { followUpView } from './follow-up.service';

/** 64 MiB of JSON and its gzip: some 330 board-months of 300 units each. */
const VIEW_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The follow-up view, computed once per data version: every unit manager and controller who
 * opens the month between two changes gets the same answer, checked and written once. Any
 * committed change to the municipality's data (by this server, another one or the CLI) moves
 * the version on, and the next request computes the view anew: at once after this process's
 * own commits, within a second after another process's (RecentReads).
 */
export class FollowUpViews {
  private readonly cache = new VersionedCache<PreparedAnswer>(VIEW_CACHE_BYTES);
  /** The municipalities' data versions, read again after a second or this process's commit. */
  private readonly versions: RecentReads<number>;

  constructor(
    private readonly db: Db,
    changes: ChangeSignal,
  ) {
    this.versions = new RecentReads(changes);
  }

  async view(
    board: BoardRef,
    request: { year: number; month: Month; orgUnitId?: string | undefined },
  ): Promise<PreparedAnswer> {
    // The version first: what is computed after it is at least that new.
    const version = await this.versions.get(board.municipalityId, () =>
      dataVersionOf(this.db, board.municipalityId),
    );
    const key = [
      board.municipalityId,
      board.boardId,
      request.year,
      request.month,
      request.orgUnitId ?? '',
    ].join('|');
    return this.cache.get(key, version, async () =>
      prepareAnswer(getFollowUpView, await followUpView(this.db, board, request)),
    );
  }
}
