import { randomUUID } from 'node:crypto';
import type { AccountRange } from '#domain/ledger/account-mapping';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import { createBudgetVersion } from '../budget/budget.service';
import { addAccounts, applyAccountRanges } from '../chart/chart.service';
import { createOrgUnits } from '../organisation/organisation.service';
import type { BudgetPlan } from './import-budget';
import type { OutcomeParts } from './import-outcome';
import type { ResolvedTarget } from './import-target';

/**
 * What a committed import writes besides the file's transactions, in the import's
 * transaction: the new municipality (or a new account map), the units and accounts the file
 * introduces, and the budget it brings.
 */

/** Creates a new municipality and board, or applies a new account map to an existing one. */
export async function prepareTarget(
  trx: Db,
  target: ResolvedTarget,
  ranges: readonly AccountRange[],
  newAccountMap: boolean,
): Promise<{ municipalityId: string; boardId: string | null }> {
  const created = await target.create(trx);
  if (!target.existing || newAccountMap)
    await applyAccountRanges(trx, created.municipalityId, ranges);
  return created;
}

/** The units and accounts the file brings that the municipality does not have yet. */
export async function addWhatTheFileIntroduces(
  trx: Db,
  setting: {
    municipalityId: string;
    boardId: string | null;
    existing: boolean;
    /** SIE #OBJEKT of the unit dimension: code -> name. */
    declaredUnits: ReadonlyMap<string, string>;
    /** Accounts the file names: number -> name. */
    accountNames: ReadonlyMap<string, string>;
    /** Units the mapping gave ids to (and a new municipality's default unit). */
    pending: ReadonlyMap<string, { id: string; code: string; name: string }>;
    ranges: readonly AccountRange[];
    knownAccounts: ReadonlyMap<string, unknown>;
    /** Every account the file's transactions use, declared by #KONTO or not. */
    usedAccounts: readonly string[];
    sortAfter: number;
  },
): Promise<Pick<OutcomeParts, 'createdUnits' | 'createdAccounts'>> {
  // The file's #OBJEKT names the units it introduces (a default unit is first named by its code).
  const units = new Map(
    [...setting.pending].map(([code, unit]) => [
      code,
      { ...unit, name: setting.declaredUnits.get(code) || unit.name },
    ]),
  );
  if (!setting.existing) {
    // A new municipality gets every unit its file declares, used or not.
    for (const [code, name] of setting.declaredUnits) {
      if (!units.has(code)) units.set(code, { id: randomUUID(), code, name: name || code });
    }
  }
  const newUnits = [...units.values()].sort((a, b) => a.code.localeCompare(b.code));
  if (newUnits.length > 0) {
    if (!setting.boardId) {
      throw new AppError('invalid-request', 'New units need a board', {
        issues: [{ field: 'board', problem: 'required' }],
      });
    }
    await createOrgUnits(
      trx,
      setting.municipalityId,
      setting.boardId,
      newUnits.map((unit, index) => ({
        id: unit.id,
        parentId: null,
        kind: 'unit',
        code: unit.code,
        name: unit.name,
        sortOrder: setting.sortAfter + index + 1,
      })),
    );
  }
  const accounts = [...setting.accountNames].map(([number, name]) => ({ number, name }));
  for (const number of setting.usedAccounts) {
    if (!setting.accountNames.has(number)) accounts.push({ number, name: '' });
  }
  const createdAccounts = await addAccounts(
    trx,
    setting.municipalityId,
    accounts,
    setting.ranges,
    setting.knownAccounts,
  );
  return {
    createdUnits: newUnits.map((unit) => ({ code: unit.code, name: unit.name })),
    createdAccounts,
  };
}

/** The file's budget (SIE #PBUDGET) as a draft budget version of the board. */
export async function addFileBudget(
  trx: Db,
  created: { readonly municipalityId: string; readonly boardId: string | null },
  budget: BudgetPlan,
  fileName: string,
): Promise<void> {
  if (!created.boardId) {
    throw new AppError('invalid-request', 'A budget needs a board', {
      issues: [{ field: 'board', problem: 'required' }],
    });
  }
  await createBudgetVersion(trx, {
    municipalityId: created.municipalityId,
    boardId: created.boardId,
    budgetYear: budget.budgetYear,
    name: `Budget från ${fileName}`,
    status: 'draft',
    lines: budget.lines,
  });
}
