/** What the SIE reader's tests share: reading lines as a file. */
import type { ImportIssue } from '../import-issue';
import { SieReader, type SiePeriodAmount, type SieTransaction } from './sie-reader';
const encoder = new TextEncoder();

/** Reads the lines as a file (line numbers from 1) and returns what the reader handed on. */
export function read(lines: readonly string[], maxIssues = 100) {
  const transactions: SieTransaction[] = [];
  const periodAmounts: SiePeriodAmount[] = [];
  const reader = new SieReader(
    {
      onTransaction: (transaction) => transactions.push(transaction),
      onPeriodAmount: (amount) => periodAmounts.push(amount),
    },
    { bytesOf: (text) => encoder.encode(text), maxIssues },
  );
  lines.forEach((text, index) => {
    reader.readLine(text, index + 1);
  });
  const result = reader.finish(lines.length);
  return { reader, result, transactions, periodAmounts };
}

export const issues = (lines: readonly string[]): readonly ImportIssue[] =>
  read(lines).result.issues;

export const YEAR = ['#FLAGGA 0', '#RAR 0 20250101 20251231'];
