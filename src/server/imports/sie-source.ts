import type { SourceTransaction } from '#domain/ledger/ledger-mapping';
import { daysInMonth, isoDate, periodMonth, periodYear } from '#domain/kernel/period';
import type { ImportIssue } from '#domain/ledger/import-issue';
import {
  periodBalanceActuals,
  type PeriodActual,
  type PeriodBalanceRow,
} from '#domain/ledger/sie/period-balances';
import { isResultAccount } from '#domain/ledger/sie/sie-values';
import {
  objectCode,
  SieReader,
  type SieHeader,
  type SieReadResult,
} from '#domain/ledger/sie/sie-reader';
import { readLines } from './file-lines';
import { createEncoder, type TextEncodingName } from './text-encoding';

/** SIE's reserved dimension for projects. */
const PROJECT_DIMENSION = 6;

export interface SieSourceOptions {
  readonly path: string;
  readonly encoding: TextEncodingName;
  readonly unitDimension: number;
  /** Whether the file has #VER items (found by the scan): then #PSALDO is not actuals. */
  readonly hasVerifications: boolean;
  /** Also read this year's #PBUDGET period budgets. */
  readonly withBudget?: boolean;
  readonly maxIssues: number;
  /** Called when the header is complete (at the first data item or at the end). */
  readonly onHeader?: (header: SieHeader) => void;
  readonly onTransaction: (transaction: SourceTransaction) => void;
  readonly afterChunk: (bytesRead: number) => Promise<void>;
}

export interface SieSourceResult extends SieReadResult {
  readonly lineCount: number;
  /** This year's #PBUDGET per month, account and unit (ledger sign), when asked for. */
  readonly budget: readonly PeriodActual[] | null;
  /** Files of period balances: whether this year's totals matched #RES, and where not. */
  readonly periodCheck: {
    readonly reconciled: boolean;
    readonly differences: readonly ImportIssue[];
  } | null;
  /** U+FFFD in the decoded text: characters already lost before the file reached us. */
  readonly replacementCharacters: number;
  /** How many period balances became actuals (files without verifications). */
  readonly periodBalanceCount: number;
}

/**
 * Reads an SIE file into source transactions. A file with verifications gives its #TRANS; a
 * file without gives its #PSALDO period balances as monthly actuals: per unit where the file
 * breaks an account's period down by the unit dimension, otherwise the account's total
 * (which then has no unit).
 */
export async function readSieSource(options: SieSourceOptions): Promise<SieSourceResult> {
  let headerSeen = false;
  const headerDone = (): void => {
    if (!headerSeen) {
      headerSeen = true;
      options.onHeader?.(reader.header);
    }
  };
  const periodRows: PeriodBalanceRow[] = [];
  const budgetRows: PeriodBalanceRow[] = [];
  const reader = new SieReader(
    {
      onTransaction: (transaction) => {
        headerDone();
        options.onTransaction({
          line: transaction.line,
          date: transaction.date,
          account: transaction.account,
          unitCode: objectCode(transaction.objects, options.unitDimension),
          activityCode: null,
          projectCode: objectCode(transaction.objects, PROJECT_DIMENSION) ?? null,
          amount: transaction.amount,
          verification:
            `${transaction.verification.series} ${transaction.verification.number}`.trim(),
          text: transaction.text,
        });
      },
      onPeriodAmount: (amount) => {
        headerDone();
        if (amount.kind === 'budget') {
          if (options.withBudget && amount.yearIndex === 0) budgetRows.push(amount);
          return;
        }
        if (!options.hasVerifications) periodRows.push(amount);
      },
    },
    { bytesOf: createEncoder(options.encoding), maxIssues: options.maxIssues },
  );
  let replacementCharacters = 0;
  const lineCount = await readLines(
    options.path,
    options.encoding,
    (text, line) => {
      if (text.includes('\uFFFD')) replacementCharacters += text.split('\uFFFD').length - 1;
      reader.readLine(text, line);
    },
    options.afterChunk,
  );
  const result = reader.finish(lineCount);
  headerDone();

  const periodCheck =
    periodRows.length > 0
      ? periodBalanceActuals(
          periodRows,
          options.unitDimension,
          result.balances.result.get(0),
          (account) => isResultAccount(account, result.header.accounts.get(account)?.type),
        )
      : null;
  for (const actual of periodCheck?.actuals ?? []) {
    const { period } = actual;
    options.onTransaction({
      line: actual.line,
      date: isoDate(
        periodYear(period),
        periodMonth(period),
        daysInMonth(periodYear(period), periodMonth(period)),
      ),
      period,
      account: actual.account,
      unitCode: actual.unitCode,
      activityCode: null,
      projectCode: null,
      amount: actual.amount,
      verification: null,
      text: 'Periodsaldo',
    });
  }
  await options.afterChunk(0);
  return {
    ...result,
    lineCount,
    periodBalanceCount: periodCheck?.actuals.length ?? 0,
    replacementCharacters,
    budget:
      options.withBudget === true
        ? periodBalanceActuals(budgetRows, options.unitDimension, undefined, () => true).actuals
        : null,
    periodCheck: periodCheck && {
      reconciled: periodCheck.reconciled,
      differences: periodCheck.differences,
    },
  };
}
