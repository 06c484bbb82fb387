import type { Ore } from '../kernel/money';

/** Everything that can be wrong with a ledger file, its content or its mapping. */
export const IMPORT_ISSUE_CODES = [
  // The file as a whole
  'empty-file',
  'binary-file',
  'not-sie',
  'no-monthly-data',
  'too-many-problems',
  // The SIE grammar and items
  'unterminated-quote',
  'unterminated-list',
  'not-an-item',
  'item-inside-verification',
  'block-without-verification',
  'verification-without-block',
  'unclosed-verification',
  'transaction-outside-verification',
  'missing-field',
  'invalid-account',
  'invalid-amount',
  'invalid-date',
  'invalid-period',
  'invalid-object',
  'invalid-object-list',
  'unbalanced-verification',
  'date-outside-year',
  'checksum-mismatch',
  'checksum-not-opened',
  'checksum-not-closed',
  // CSV
  'missing-column',
  'invalid-value',
  // Mapping to the municipality
  'other-organisation',
  'unmapped-account',
  'unknown-unit',
  'missing-unit',
  'reconciliation-difference',
  // Account-map files
  'unknown-account-group',
  'invalid-range',
  'overlapping-ranges',
] as const;

export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/**
 * One problem, with its place: the line of the file (null for the file as a whole), the item
 * or column (field), and the value found. Problems found many times (an unknown unit on 300
 * lines) are one issue with the first line, the count and the sum.
 */
export interface ImportIssue {
  readonly code: ImportIssueCode;
  /** The file the line is in, when it is not the ledger file itself (an account map). */
  readonly file?: string;
  readonly line: number | null;
  readonly field?: string;
  readonly value?: string;
  /** What was expected instead (a checksum, an organisation number, a format). */
  readonly expected?: string;
  readonly from?: string;
  readonly to?: string;
  /** The amount found (a sum, a difference), in the sign the issue's code says. */
  readonly amount?: Ore;
  /** The amount the file's own balance says it should be. */
  readonly expectedAmount?: Ore;
  readonly count?: number;
}
