import type { RequestContext } from '#server/request-context';
import type { BoardRef, VersionRef } from '#server/board-ref';
import type { AccountLines } from '#contract/budget-accounts';
import type { BudgetGrid } from '#contract/budget';
import type { InputIssue } from '#contract/errors';
import { ore, type Ore } from '#domain/kernel/money';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { cellKeyOf, cellTotal, linesByCell, setLineAmount, type CellKey } from './budget-lines';
import { findGroupAccounts, findVersion, findVersionLines } from './budget.repo';
import { claimVersionFigures } from './budget-revision';
import { budgetGrid, PLAN_YEARS } from './budget-versions.service';

/**
 * Budget per account: a cell's lines per account and its own line (ej kontofördelat). The
 * grid shows the cell's sum; typing a new sum in the grid changes the own line only.
 */

async function checkedVersion(db: Db, at: BoardRef, versionId: string, key: CellKey) {
  const version = await findVersion(db, at.municipalityId, at.boardId, versionId);
  if (!version) throw notFound('budget-version', versionId);
  const issues: InputIssue[] = [];
  if (key.year < version.budget_year || key.year > version.budget_year + PLAN_YEARS)
    issues.push({ field: 'year', problem: 'not-a-budget-year', value: String(key.year) });
  const tree = await orgTree(db, at.municipalityId, at.boardId);
  if (!tree.get(key.orgUnitId))
    issues.push({ field: 'orgUnitId', problem: 'unknown', value: key.orgUnitId });
  if (issues.length > 0)
    throw new AppError('invalid-request', 'Not a cell of the version', { issues });
  return version;
}

async function cellLines(db: Db, municipalityId: string, versionId: string, key: CellKey) {
  return (
    linesByCell(await findVersionLines(db, municipalityId, versionId)).get(cellKeyOf(key)) ?? []
  );
}

export async function accountLinesOf(db: Db, at: VersionRef, key: CellKey): Promise<AccountLines> {
  const { versionId } = at;
  const version = await checkedVersion(db, at, versionId, key);
  const [lines, chart] = await Promise.all([
    cellLines(db, at.municipalityId, versionId, key),
    findGroupAccounts(db, at.municipalityId, key.accountGroup),
  ]);
  const names = new Map(chart.map((account) => [account.number, account.name]));
  const numbers = new Set([
    ...chart.map((account) => account.number),
    ...lines.flatMap((line) => (line.account_number === null ? [] : [line.account_number])),
  ]);
  const amountOf = (number: string | null) =>
    ore(lines.find((line) => line.account_number === number)?.amount_ore ?? 0);
  return {
    orgUnitId: key.orgUnitId,
    accountGroup: key.accountGroup,
    year: key.year,
    revision: version.revision,
    total: cellTotal(lines),
    unspecified: amountOf(null),
    accounts: [...numbers]
      .sort()
      .map((number) => ({ number, name: names.get(number) ?? '', amount: amountOf(number) })),
  };
}

export async function saveAccountLines(
  ctx: RequestContext,
  versionId: string,
  input: CellKey & {
    baseRevision: number;
    unspecified: Ore;
    accounts: readonly { number: string; amount: Ore }[];
  },
): Promise<{ lines: AccountLines; grid: BudgetGrid }> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    await claimVersionFigures(trx, ctx, {
      at: { ...at, versionId },
      baseRevision: input.baseRevision,
    });
    const version = await checkedVersion(trx, at, versionId, input);
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'A decided budget version is not changed', {
        details: { reason: 'budget-decided', status: version.status },
      });
    }
    const before = await accountLinesOf(trx, { ...at, versionId }, input);
    const known = new Set(before.accounts.map((account) => account.number));
    const seen = new Set<string>();
    const issues: InputIssue[] = input.accounts.flatMap((account, index) => {
      const field = `accounts.${String(index)}.number`;
      if (!known.has(account.number))
        return [{ field, problem: 'not-in-group', value: account.number }];
      if (seen.has(account.number)) return [{ field, problem: 'taken', value: account.number }];
      seen.add(account.number);
      return [];
    });
    if (issues.length > 0)
      throw new AppError('invalid-request', 'Accounts outside the group', { issues });

    const wanted: { accountNumber: string | null; amount: Ore }[] = [
      // Accounts first, so a new unspecified line takes their profile when it has none.
      ...input.accounts.map((account) => ({
        accountNumber: account.number,
        amount: account.amount,
      })),
      { accountNumber: null, amount: input.unspecified },
    ];
    for (const line of wanted) {
      const lines = await cellLines(trx, at.municipalityId, versionId, input);
      await setLineAmount(trx, {
        municipalityId: at.municipalityId,
        versionId,
        key: { ...input, accountNumber: line.accountNumber },
        amount: line.amount,
        cellLines: lines,
      });
    }
    const after = await accountLinesOf(trx, { ...at, versionId }, input);
    const changed = (lines: AccountLines) => ({
      orgUnitId: lines.orgUnitId,
      accountGroup: lines.accountGroup,
      year: lines.year,
      unspecified: lines.unspecified,
      accounts: lines.accounts.filter((account) => account.amount !== 0),
    });
    await recordAudit(trx, clock, actor, {
      action: 'budget-cells-update',
      municipalityId: at.municipalityId,
      objectType: 'budget-version',
      objectId: versionId,
      before: changed(before),
      after: changed(after),
      details: { source: 'accounts' },
    });
    return { lines: after, grid: await budgetGrid(trx, at, versionId) };
  });
}
