import type { Insertable } from 'kysely';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';
import { savedByName } from './budget-revision.repo';

export async function insertBudgetVersion(
  db: Db,
  version: Insertable<DatabaseSchema['budget_version']>,
): Promise<string> {
  const row = await db
    .insertInto('budget_version')
    .values(version)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertBudgetLine(
  db: Db,
  line: Insertable<DatabaseSchema['budget_line']>,
): Promise<string> {
  const row = await db
    .insertInto('budget_line')
    .values(line)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertBudgetLineMonths(
  db: Db,
  months: readonly Insertable<DatabaseSchema['budget_line_month']>[],
): Promise<void> {
  for (let start = 0; start < months.length; start += 1000) {
    await db
      .insertInto('budget_line_month')
      .values(months.slice(start, start + 1000))
      .execute();
  }
}

const versionColumns = [
  'v.id',
  'v.budget_year',
  'v.name',
  'v.status',
  'v.in_follow_up',
  'v.decided_by',
  'v.decided_at',
  'v.created_at',
  'v.created_by',
  'v.based_on_version_id',
  'v.revision',
  'v.updated_at',
] as const;

/** The board's versions with who saved each one's figures last (by name). */
function selectVersions(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('budget_version as v')
    .leftJoin('app_user as who', 'who.username', 'v.updated_by')
    .select(versionColumns)
    .select(savedByName('v.updated_by').as('updated_by'))
    .where('v.municipality_id', '=', municipalityId)
    .where('v.board_id', '=', boardId);
}

export function findVersions(db: Db, municipalityId: string, boardId: string, budgetYear: number) {
  return selectVersions(db, municipalityId, boardId)
    .where('v.budget_year', '=', budgetYear)
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id')
    .execute();
}

export type VersionRow = Awaited<ReturnType<typeof findVersions>>[number];

export function findVersion(db: Db, municipalityId: string, boardId: string, versionId: string) {
  return selectVersions(db, municipalityId, boardId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();
}

/** A version's lines (a group's own, account_number null, and per account), with their phasing. */
export function findVersionLines(db: Db, municipalityId: string, versionId: string) {
  return db
    .selectFrom('budget_line')
    .select([
      'id',
      'org_unit_id',
      'account_group',
      'account_number',
      'year',
      'amount_ore',
      'phasing',
      'phasing_weights',
    ])
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .execute();
}

export type VersionLineRow = Awaited<ReturnType<typeof findVersionLines>>[number];

export async function deleteBudgetLine(db: Db, municipalityId: string, lineId: string) {
  await db
    .deleteFrom('budget_line')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', lineId)
    .execute();
}

export async function replaceLineMonths(
  db: Db,
  municipalityId: string,
  lineId: string,
  amount: number,
  months: readonly number[],
) {
  await db
    .updateTable('budget_line')
    .set({ amount_ore: amount })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', lineId)
    .execute();
  await db
    .deleteFrom('budget_line_month')
    .where('municipality_id', '=', municipalityId)
    .where('budget_line_id', '=', lineId)
    .execute();
  await insertBudgetLineMonths(
    db,
    months.map((monthAmount, index) => ({
      municipality_id: municipalityId,
      budget_line_id: lineId,
      month: index + 1,
      amount_ore: monthAmount,
    })),
  );
}

/** The follow-up's version of a budget year for the board (its id and name), if any. */
export function findFollowUpVersionId(
  db: Db,
  municipalityId: string,
  boardId: string,
  budgetYear: number,
) {
  return db
    .selectFrom('budget_version')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .where('budget_year', '=', budgetYear)
    .where('in_follow_up', '=', true)
    .executeTakeFirst();
}

/** The accounts of an account group in the chart, by number. */
export function findGroupAccounts(db: Db, municipalityId: string, accountGroup: AccountGroup) {
  return db
    .selectFrom('account')
    .select(['number', 'name', 'account_group'])
    .where('municipality_id', '=', municipalityId)
    .where('account_group', '=', accountGroup)
    .orderBy('number')
    .execute();
}

export async function setDecision(
  db: Db,
  municipalityId: string,
  versionId: string,
  decision: { status: 'adopted' | 'revised'; decidedBy: string; decidedAt: string },
) {
  await db
    .updateTable('budget_version')
    .set({
      status: decision.status,
      decided_by: decision.decidedBy,
      decided_at: decision.decidedAt,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', versionId)
    .execute();
}

/** Makes this version the one the follow-up uses for its year (and no other). */
export async function setInFollowUp(
  db: Db,
  municipalityId: string,
  boardId: string,
  budgetYear: number,
  versionId: string,
) {
  await db
    .updateTable('budget_version')
    .set({ in_follow_up: false })
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .where('budget_year', '=', budgetYear)
    .where('in_follow_up', '=', true)
    .execute();
  await db
    .updateTable('budget_version')
    .set({ in_follow_up: true })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', versionId)
    .execute();
}
