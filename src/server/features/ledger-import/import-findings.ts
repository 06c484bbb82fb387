import type { ImportIssue } from '#domain/ledger/import-issue';
import type { LedgerMapper } from '#domain/ledger/ledger-mapping';
import { reconcileWithYearBalances } from '#domain/ledger/sie/sie-reconciliation';
import type { SourceRead } from './ledger-source';

const digits = (text: string | null | undefined): string => (text ?? '').replace(/\D/g, '');

/**
 * Every problem of an import, in the order a user reads them: the file's organisation, the
 * file's own problems by line, then mapping problems, then reconciliation differences.
 */
export function importFindings(
  read: SourceRead,
  mapper: LedgerMapper,
  context: {
    readonly orgNumber: string | null;
    readonly existing: boolean;
    readonly maxIssues: number;
    readonly isResultAccount: (account: string) => boolean;
  },
): { issues: ImportIssue[]; reconciled: boolean } {
  const issues: ImportIssue[] = [];
  const fileOrg = digits(read.described.orgNumber);
  const ownOrg = digits(context.orgNumber);
  if (context.existing && fileOrg && ownOrg && fileOrg !== ownOrg) {
    issues.push({
      code: 'other-organisation',
      line: null,
      value: read.described.orgNumber ?? '',
      expected: context.orgNumber ?? '',
    });
  }
  issues.push(...read.issues);
  if (read.truncatedIssues)
    issues.push({ code: 'too-many-problems', line: null, count: context.maxIssues });
  if (issues.length < context.maxIssues) issues.push(...mapper.issues());

  // When the file itself has problems its verifications may be incomplete, and differences
  // would only repeat them.
  const balances = read.balances;
  const checkable = balances !== null && (balances.result.has(0) || balances.closing.has(0));
  const differences =
    checkable && read.issues.length === 0
      ? reconcileWithYearBalances(mapper.summary().fileTotals, balances, context.isResultAccount)
      : [];
  if (issues.length < context.maxIssues)
    issues.push(...differences, ...(read.periodCheck?.differences ?? []));

  if (read.dataCount === 0 && read.issues.length === 0) {
    issues.push({ code: 'no-monthly-data', line: null, value: read.described.sieType ?? '' });
  }
  const reconciled = read.periodCheck
    ? read.periodCheck.reconciled
    : checkable && read.issues.length === 0 && differences.length === 0;
  return { issues, reconciled };
}
