import {
  accountInSpans,
  compareLedgerTransactions,
  ledgerMemberKey,
  ledgerMemberLabel,
  ledgerParameters,
  type AccountSpan,
  type LedgerParameters,
} from '#domain/internal-control/ledger-population';
import type { PopulationMember } from '#domain/internal-control/sample-population';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { findAccountNumbers, findLedgerPopulation } from './ledger-population.repo';

/** A transaction of the population: its key, its text, and the unit whose head reviews it. */
export interface LedgerMember extends PopulationMember {
  readonly reviewerOrgUnitId: string;
}

/**
 * The board's ledger transactions of the parameters, sorted by their key's parts in code (never
 * by a database collation), so the same ledger gives the same order, and so the same draw.
 */
export async function ledgerPopulation(
  db: Db,
  board: BoardRef,
  parameters: LedgerParameters,
  spans: readonly AccountSpan[],
): Promise<LedgerMember[]> {
  const accountNumbers = (await findAccountNumbers(db, board.municipalityId)).filter((number) =>
    accountInSpans(spans, number),
  );
  const transactions = await findLedgerPopulation(db, {
    municipalityId: board.municipalityId,
    boardId: board.boardId,
    from: parameters.from,
    to: parameters.to,
    accountNumbers,
    minAmountOre: parameters.minAmountOre,
  });
  return transactions.sort(compareLedgerTransactions).map((transaction) => ({
    key: ledgerMemberKey(transaction),
    label: ledgerMemberLabel(transaction),
    reviewerOrgUnitId: transaction.orgUnitId,
  }));
}

/** The population of a recorded ledger sample, from its recorded parameters (for a redo). */
export async function recordedLedgerPopulation(
  db: Db,
  board: BoardRef,
  recorded: unknown,
): Promise<LedgerMember[]> {
  const read = ledgerParameters(recorded);
  if (read === null) {
    throw new AppError('invalid-request', 'The ledger sample’s parameters do not read', {
      issues: [{ field: 'parameters', problem: 'invalid', value: JSON.stringify(recorded) }],
    });
  }
  return ledgerPopulation(db, board, read.parameters, read.spans);
}
