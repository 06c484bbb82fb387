import type { RequestContext } from '#server/request-context';
import type { AccountMapping } from '#contract/administration';
import { validateAccountRanges, type AccountRange } from '#domain/ledger/account-mapping';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { applyAccountRanges, loadChart, groupOf } from '../chart/chart.service';
import { isResultAccount } from '#domain/ledger/sie/sie-values';
import { countAccountsByGroup } from './administration.repo';
import { editConflict, saverOf } from './edit-conflict';
import { refuseIfIssues } from './field-issues';
import { claimAccountMappingRevision, findAccountMappingRevision } from './revisions.repo';

/** The mapping, how many accounts each group holds, and the result accounts it leaves out. */
export async function accountMapping(db: Db, municipalityId: string): Promise<AccountMapping> {
  const [chart, counts, saved] = await Promise.all([
    loadChart(db, municipalityId),
    countAccountsByGroup(db, municipalityId),
    findAccountMappingRevision(db, municipalityId),
  ]);
  const unmapped = [...chart.accounts]
    .filter(
      ([number]) => isResultAccount(number, undefined) && groupOf(number, chart.ranges) === null,
    )
    .map(([number, account]) => ({ number, name: account.name }))
    .sort((a, b) => a.number.localeCompare(b.number));
  return {
    ranges: [...chart.ranges],
    accountCounts: counts.map((row) => ({ group: row.account_group, count: Number(row.count) })),
    unmappedResultAccounts: unmapped,
    ...saved,
  };
}

/**
 * Replaces the mapping and regroups every account of the chart by it, in one transaction; the
 * actuals of the operating statement follow at once. Budget lines keep the group they were
 * budgeted on.
 */
export async function saveAccountMapping(
  ctx: RequestContext,
  ranges: readonly AccountRange[],
  baseRevision: number,
): Promise<AccountMapping> {
  const { clock, actor } = ctx;
  const { municipalityId } = ctx;
  const issues = validateAccountRanges(ranges).map((issue) => {
    const range = ranges[issue.index];
    const row = `rad ${String(issue.index + 1)}: ${range?.from ?? ''}–${range?.to ?? ''}`;
    return {
      field: 'ranges',
      problem: issue.code,
      value:
        issue.code === 'ranges-overlap' ? `${row} och rad ${String(issue.otherIndex + 1)}` : row,
    };
  });
  refuseIfIssues(issues, 'The account ranges overlap or are not account numbers');
  return ctx.write(async (trx) => {
    const before = await accountMapping(trx, municipalityId);
    const saver = saverOf(clock, actor);
    if ((await claimAccountMappingRevision(trx, municipalityId, baseRevision, saver)) === undefined)
      throw editConflict('account-mapping', await findAccountMappingRevision(trx, municipalityId));
    await applyAccountRanges(trx, municipalityId, ranges);
    const after = await accountMapping(trx, municipalityId);
    await recordAudit(trx, clock, actor, {
      action: 'account-mapping-update',
      municipalityId,
      objectType: 'account-mapping',
      objectId: municipalityId,
      before: before.ranges,
      after: after.ranges,
      details: { accountCounts: after.accountCounts },
    });
    return after;
  });
}
