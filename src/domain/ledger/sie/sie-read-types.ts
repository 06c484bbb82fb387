import type { Ore } from '#domain/kernel/money';
import type { IsoDate, PeriodNumber } from '#domain/kernel/period';
import type { ImportIssue } from '../import-issue';

/** What an SIE file says about itself and its chart, read from the items before the data. */
export interface SieHeader {
  program: string | null;
  format: string | null;
  sieType: string | null;
  orgNumber: string | null;
  companyName: string | null;
  /** #GEN: the date the file was written (and by whom, when the program says). */
  generated: { readonly date: IsoDate; readonly by: string | null } | null;
  /** #KPTYP: the chart of accounts the company uses (BAS95, BAS2014, EUBAS97, ...). */
  chartType: string | null;
  /** #RAR: financial years by index (0 this year, -1 last year). */
  readonly years: Map<number, { readonly from: IsoDate; readonly to: IsoDate }>;
  /** #DIM and #UNDERDIM: dimension number -> name. */
  readonly dimensions: Map<number, string>;
  /** #OBJEKT: dimension -> object code -> name. */
  readonly objects: Map<number, Map<string, string>>;
  /** #KONTO and #KTYP. */
  readonly accounts: Map<string, { name: string; type: string | undefined }>;
}

/** A verification (#VER) as its transactions carry it. */
export interface SieVerification {
  readonly series: string;
  readonly number: string;
  readonly date: IsoDate;
  readonly text: string;
  readonly line: number;
}

/** A #TRANS of a balanced verification; the amount in ledger sign (debit positive). */
export interface SieTransaction {
  readonly line: number;
  readonly account: string;
  /** The object list as pairs: [dimension, code, dimension, code, ...]. */
  readonly objects: readonly string[];
  readonly amount: Ore;
  readonly date: IsoDate;
  readonly text: string;
  readonly verification: SieVerification;
}

/** A #PSALDO (period balance) or #PBUDGET (period budget) item. */
export interface SiePeriodAmount {
  readonly line: number;
  readonly kind: 'balance' | 'budget';
  readonly yearIndex: number;
  readonly period: PeriodNumber;
  readonly account: string;
  readonly objects: readonly string[];
  readonly amount: Ore;
}

export interface SieReaderEvents {
  onTransaction(transaction: SieTransaction): void;
  onPeriodAmount(amount: SiePeriodAmount): void;
}

export interface SieReaderOptions {
  /** The bytes of a text in the file's encoding, for the #KSUMMA checksum. */
  readonly bytesOf: (text: string) => Uint8Array;
  /** Stop collecting problems after this many. */
  readonly maxIssues: number;
}

/** A year balance of an account, ledger sign, with the line it is on. */
export interface SieBalance {
  readonly amount: Ore;
  readonly line: number;
}

/** The year balances (#IB, #UB, #RES) by year index and account. */
export interface SieYearBalances {
  readonly opening: Map<number, Map<string, SieBalance>>;
  readonly closing: Map<number, Map<string, SieBalance>>;
  readonly result: Map<number, Map<string, SieBalance>>;
}

export interface SieReadResult {
  readonly header: SieHeader;
  readonly balances: SieYearBalances;
  readonly issues: readonly ImportIssue[];
  /** Problems stopped being collected at the limit. */
  readonly truncatedIssues: boolean;
  readonly verificationCount: number;
  readonly transactionCount: number;
  readonly checksum: 'absent' | 'valid' | 'invalid';
}
