import type { Month } from '../../../domain/kernel/period';
import { getFollowUpView } from '../../../contract/follow-up';
import { VersionedCache } from '../../cache/versioned-cache';
import { dataVersionOf } from '../../db/data-version';
import type { Db } from '../../db/types';
import { PreparedAnswer, prepareAnswer } from '../../http/endpoint-route';
import { followUpView, type BoardRef } from './follow-up.service';

/** 64 MiB of JSON: some 370 board-months of 300 units each. */
const VIEW_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The follow-up view, computed once per data version: every unit manager and controller who
 * opens the month between two changes gets the same answer, checked and written once. Any
 * committed change to the municipality's data (by this server, another one or the CLI) moves
 * the version on, and the next request computes the view anew.
 */
export class FollowUpViews {
  private readonly cache = new VersionedCache<Buffer>(VIEW_CACHE_BYTES);

  constructor(private readonly db: Db) {}

  async view(
    board: BoardRef,
    request: { year: number; month: Month; orgUnitId?: string | undefined },
  ): Promise<PreparedAnswer> {
    // The version first: what is computed after it is at least that new.
    const version = await dataVersionOf(this.db, board.municipalityId);
    const key = [
      board.municipalityId,
      board.boardId,
      request.year,
      request.month,
      request.orgUnitId ?? '',
    ].join('|');
    const json = await this.cache.get(key, version, async () => {
      const view = await followUpView(this.db, board, request);
      return prepareAnswer(getFollowUpView, view).json;
    });
    return new PreparedAnswer(json);
  }
}
