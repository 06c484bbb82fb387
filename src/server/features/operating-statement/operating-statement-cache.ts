import { getOperatingStatement } from '#contract/operating-statement';
import { VersionedAnswers } from '#server/cache/versioned-answers';
import type { ChangeSignal } from '#server/db/change-signal';
import type { Db } from '#server/db/types';
import { prepareAnswer, type PreparedAnswer } from '#server/http/endpoint-route';
import { operatingStatement, type StatementRequest } from './operating-statement.service';

/** 32 MiB of JSON and its gzip: thousands of statements (a board's is a few KiB). */
const STATEMENT_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The operating statement, computed once per data version: everyone who opens a board's,
 * department's or unit's statement for a month between two changes (an import, a budget, a
 * forecast) gets the same answer, checked and written once (VersionedAnswers).
 */
export class OperatingStatements {
  private readonly answers: VersionedAnswers;

  constructor(
    private readonly db: Db,
    changes: ChangeSignal,
  ) {
    this.answers = new VersionedAnswers(db, changes, STATEMENT_CACHE_BYTES);
  }

  statement(request: StatementRequest): Promise<PreparedAnswer> {
    const key = [request.boardId, request.year, request.month, request.orgUnitId ?? ''];
    return this.answers.get(request.municipalityId, key, async () =>
      prepareAnswer(getOperatingStatement, await operatingStatement(this.db, request)),
    );
  }

  /** How many statements are kept (for tests and the benchmark). */
  get count(): number {
    return this.answers.count;
  }
}
