import type { CsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import type { ImportIssue } from '#domain/ledger/import-issue';
import type { SourceTransaction } from '#domain/ledger/ledger-mapping';
import type { PeriodActual } from '#domain/ledger/sie/period-balances';
import type { SieHeader, SieYearBalances } from '#domain/ledger/sie/sie-reader';
import { readCsvSource } from '#server/imports/csv-source';
import { readSieSource } from '#server/imports/sie-source';
import type { TextEncodingName } from '#server/imports/text-encoding';

export type LedgerFormat = 'sie' | 'csv';

export type SourceSetting =
  | {
      readonly format: 'sie';
      readonly unitDimension: number;
      readonly hasVerifications: boolean;
      readonly withBudget: boolean;
    }
  | { readonly format: 'csv'; readonly mapping: CsvColumnMapping };

/** What reading a ledger file found, the same for SIE and CSV. */
export interface SourceRead {
  readonly issues: readonly ImportIssue[];
  readonly truncatedIssues: boolean;
  readonly lineCount: number;
  readonly replacementCharacters: number;
  /** Transactions (or period balances taken as actuals) read. */
  readonly dataCount: number;
  readonly described: {
    readonly program: string | null;
    readonly sieType: string | null;
    readonly companyName: string | null;
    readonly orgNumber: string | null;
    /** SIE #GEN's date and #KPTYP. */
    readonly generatedOn: string | null;
    readonly chartType: string | null;
  };
  /** The file's own year balances (SIE), for reconciliation. */
  readonly balances: SieYearBalances | null;
  /** Accounts the file names: number -> name. */
  readonly accountNames: ReadonlyMap<string, string>;
  /** Units the file declares (SIE #OBJEKT in the unit dimension): code -> name. */
  readonly declaredUnits: ReadonlyMap<string, string>;
  /** This year's period budget (#PBUDGET), when asked for. */
  readonly budget: readonly PeriodActual[] | null;
  /** Period balances taken as actuals, checked against #RES by the reader. */
  readonly periodCheck: {
    readonly reconciled: boolean;
    readonly differences: readonly ImportIssue[];
  } | null;
}

export interface SourceReading {
  readonly path: string;
  readonly encoding: TextEncodingName;
  readonly maxIssues: number;
  /** SIE: called when the header (accounts, objects) is complete. */
  readonly onHeader: (header: SieHeader) => void;
  readonly onTransaction: (transaction: SourceTransaction) => void;
  readonly afterChunk: (bytesRead: number) => Promise<void>;
}

export async function readLedgerSource(
  setting: SourceSetting,
  reading: SourceReading,
): Promise<SourceRead> {
  if (setting.format === 'csv') {
    const result = await readCsvSource({ ...reading, mapping: setting.mapping });
    return {
      issues: result.issues,
      truncatedIssues: result.truncatedIssues,
      lineCount: result.lineCount,
      replacementCharacters: result.replacementCharacters,
      dataCount: result.transactionCount,
      described: {
        program: null,
        sieType: null,
        companyName: null,
        orgNumber: null,
        generatedOn: null,
        chartType: null,
      },
      balances: null,
      accountNames: result.accountNames,
      declaredUnits: new Map(),
      budget: null,
      periodCheck: null,
    };
  }
  const result = await readSieSource({
    ...reading,
    unitDimension: setting.unitDimension,
    hasVerifications: setting.hasVerifications,
    withBudget: setting.withBudget,
  });
  return {
    issues: result.issues,
    truncatedIssues: result.truncatedIssues,
    lineCount: result.lineCount,
    replacementCharacters: result.replacementCharacters,
    dataCount: result.transactionCount + result.periodBalanceCount,
    described: {
      program: result.header.program,
      sieType: result.header.sieType,
      companyName: result.header.companyName,
      orgNumber: result.header.orgNumber,
      generatedOn: result.header.generated?.date ?? null,
      chartType: result.header.chartType,
    },
    // Period balances hold two years: only verifications can be checked against #RES.
    balances: setting.hasVerifications ? result.balances : null,
    accountNames: new Map(
      [...result.header.accounts].map(([number, account]) => [number, account.name]),
    ),
    declaredUnits: result.header.objects.get(setting.unitDimension) ?? new Map(),
    budget: result.budget,
    periodCheck: result.periodCheck,
  };
}
