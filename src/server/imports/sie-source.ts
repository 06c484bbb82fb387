import type { SourceTransaction } from '../../domain/ledger/ledger-mapping';
import { addOre, type Ore } from '../../domain/kernel/money';
import {
  daysInMonth,
  isoDate,
  periodMonth,
  periodYear,
  type PeriodNumber,
} from '../../domain/kernel/period';
import {
  objectCode,
  SieReader,
  type SieHeader,
  type SieReadResult,
} from '../../domain/ledger/sie/sie-reader';
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
  readonly maxIssues: number;
  /** Called when the header is complete (at the first data item or at the end). */
  readonly onHeader?: (header: SieHeader) => void;
  readonly onTransaction: (transaction: SourceTransaction) => void;
  readonly afterChunk: (bytesRead: number) => Promise<void>;
}

export interface SieSourceResult extends SieReadResult {
  readonly lineCount: number;
  /** U+FFFD in the decoded text: characters already lost before the file reached us. */
  readonly replacementCharacters: number;
  /** How many period balances became actuals (files without verifications). */
  readonly periodBalanceCount: number;
}

interface PeriodBalance {
  amount: Ore;
  line: number;
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
  // year index, period, account -> unit code ('' for the account's total) -> balance
  const periodBalances = new Map<string, Map<string, PeriodBalance>>();
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
        if (options.hasVerifications || amount.kind !== 'balance') return;
        const onlyUnit =
          amount.objects.length === 0 ||
          (amount.objects.length === 2 && amount.objects[0] === String(options.unitDimension));
        // A breakdown by another dimension (a project) is not what units are made of.
        if (!onlyUnit) return;
        const key = `${String(amount.yearIndex)}|${String(amount.period)}|${amount.account}`;
        const unit = objectCode(amount.objects, options.unitDimension) ?? '';
        const byUnit = periodBalances.get(key) ?? new Map<string, PeriodBalance>();
        const known = byUnit.get(unit);
        byUnit.set(
          unit,
          known
            ? { amount: addOre(known.amount, amount.amount), line: known.line }
            : { amount: amount.amount, line: amount.line },
        );
        periodBalances.set(key, byUnit);
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

  let periodBalanceCount = 0;
  for (const [key, byUnit] of periodBalances) {
    const [, periodText, account = ''] = key.split('|');
    const period = Number(periodText) as PeriodNumber;
    const perUnit = [...byUnit.entries()].filter(([unit]) => unit !== '');
    const rows = perUnit.length > 0 ? perUnit : [...byUnit.entries()];
    for (const [unit, balance] of rows) {
      if (balance.amount === 0) continue;
      periodBalanceCount += 1;
      options.onTransaction({
        line: balance.line,
        date: isoDate(
          periodYear(period),
          periodMonth(period),
          daysInMonth(periodYear(period), periodMonth(period)),
        ),
        period,
        account,
        unitCode: unit === '' ? undefined : unit,
        activityCode: null,
        projectCode: null,
        amount: balance.amount,
        verification: null,
        text: 'Periodsaldo',
      });
    }
  }
  await options.afterChunk(0);
  return { ...result, lineCount, periodBalanceCount, replacementCharacters };
}
