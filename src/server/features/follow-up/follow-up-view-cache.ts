import type { BoardRef } from '#server/board-ref';
import type { Month } from '#domain/kernel/period';
import { getFollowUpView } from '#contract/follow-up';
import { VersionedAnswers } from '#server/cache/versioned-answers';
import type { ChangeSignal } from '#server/db/change-signal';
import type { Db } from '#server/db/types';
import { prepareAnswer, type PreparedAnswer } from '#server/http/endpoint-route';
import { followUpView } from './follow-up.service';

/** 64 MiB of JSON and its gzip: some 330 board-months of 300 units each. */
const VIEW_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The follow-up view, computed once per data version: every unit manager and controller who
 * opens the month between two changes gets the same answer, checked and written once. Any
 * committed change to the municipality's data (by this server, another one or the CLI) moves
 * the version on, and the next request computes the view anew (VersionedAnswers).
 */
export class FollowUpViews {
  private readonly answers: VersionedAnswers;

  constructor(
    private readonly db: Db,
    changes: ChangeSignal,
  ) {
    this.answers = new VersionedAnswers(db, changes, VIEW_CACHE_BYTES);
  }

  view(
    board: BoardRef,
    request: { year: number; month: Month; orgUnitId?: string | undefined },
  ): Promise<PreparedAnswer> {
    const key = [board.boardId, request.year, request.month, request.orgUnitId ?? ''];
    return this.answers.get(board.municipalityId, key, async () =>
      prepareAnswer(getFollowUpView, await followUpView(this.db, board, request)),
    );
  }
}
