import type { ImportOutcome, ImportStatus } from '#contract/ledger-import';
import type { ImportIssue } from '#domain/ledger/import-issue';
import { ACCOUNT_GROUPS } from '#domain/ledger/account-group';
import type { MappingSummary } from '#domain/ledger/ledger-mapping';
import type { TextEncodingName } from '#server/imports/text-encoding';

export interface OutcomeParts {
  readonly status: ImportStatus;
  readonly batchId: string | null;
  readonly municipality: ImportOutcome['municipality'];
  readonly file: {
    readonly name: string;
    readonly sha256: string;
    readonly size: number;
    readonly encoding: TextEncodingName;
    readonly format: 'sie' | 'csv';
    readonly program?: string | null;
    readonly sieType?: string | null;
    readonly companyName?: string | null;
    readonly orgNumber?: string | null;
    readonly generatedOn?: string | null;
    readonly chartType?: string | null;
    readonly lineCount: number;
  };
  readonly summary?: MappingSummary;
  readonly replacedMonths?: ReadonlySet<number>;
  readonly unitName?: (code: string) => string;
  readonly createdUnits?: ImportOutcome['createdUnits'];
  readonly createdAccounts?: ImportOutcome['createdAccounts'];
  readonly reconciled?: boolean;
  readonly replacementCharacters?: number;
  readonly issues: readonly ImportIssue[];
  readonly truncatedIssues?: boolean;
  readonly budget?: ImportOutcome['budget'];
}

/** The outcome the user sees, from what the import found. */
export function importOutcome(parts: OutcomeParts): ImportOutcome {
  const summary = parts.summary;
  return {
    status: parts.status,
    batchId: parts.batchId,
    municipality: parts.municipality,
    file: {
      name: parts.file.name,
      sha256: parts.file.sha256,
      size: parts.file.size,
      encoding: parts.file.encoding,
      format: parts.file.format,
      program: parts.file.program ?? null,
      sieType: parts.file.sieType ?? null,
      companyName: parts.file.companyName ?? null,
      orgNumber: parts.file.orgNumber ?? null,
      generatedOn: parts.file.generatedOn ?? null,
      chartType: parts.file.chartType ?? null,
      lineCount: parts.file.lineCount,
    },
    months: (summary?.months ?? []).map((month) => ({
      period: month.period,
      transactionCount: month.count,
      amount: month.amount,
      replaces: parts.replacedMonths?.has(month.period) ?? false,
    })),
    transactionCount: summary?.mappedCount ?? 0,
    byGroup: ACCOUNT_GROUPS.flatMap((accountGroup) => {
      const amount = summary?.byGroup.get(accountGroup);
      return amount === undefined ? [] : [{ accountGroup, amount }];
    }),
    byUnit: [...(summary?.byUnit.entries() ?? [])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, total]) => ({
        code,
        name: parts.unitName?.(code) ?? code,
        transactionCount: total.count,
        amount: total.amount,
      })),
    balanceAccountCount: summary?.balanceAccountCount ?? 0,
    assetTransactionCount: summary?.assetCount ?? 0,
    reconciled: parts.reconciled ?? false,
    createdUnits: parts.createdUnits ?? [],
    createdAccounts: parts.createdAccounts ?? [],
    replacementCharacters: parts.replacementCharacters ?? 0,
    issues: [...parts.issues],
    truncatedIssues: parts.truncatedIssues ?? false,
    budget: parts.budget ?? null,
  };
}
