import { codeAndName } from '#domain/organisation/code-and-name';
import type { AuditNames } from '#contract/audit-text-sv';
import type { Db } from '#server/db/types';

/**
 * The names of the ids an audit log page mentions, read when the log is read: units ("8113
 * Utredning ungdom"), boards, budget versions ("Budget 2026 (2026)"), users ("Karin Ek
 * (controller)") and municipalities. Units, boards and versions of the municipality only; an
 * id that is nothing (any more) is left out, and the page shows it as it is.
 */
export async function auditNamesOf(
  db: Db,
  municipalityId: string,
  ids: readonly string[],
): Promise<AuditNames> {
  if (ids.length === 0) return {};
  const list = [...ids];
  const [units, boards, versions, users, municipalities] = await Promise.all([
    db
      .selectFrom('org_unit')
      .select(['id', 'code', 'name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', list)
      .execute(),
    db
      .selectFrom('board')
      .select(['id', 'name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', list)
      .execute(),
    db
      .selectFrom('budget_version')
      .select(['id', 'name', 'budget_year'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', list)
      .execute(),
    db
      .selectFrom('app_user')
      .select(['id', 'display_name', 'username'])
      .where('id', 'in', list)
      .execute(),
    db.selectFrom('municipality').select(['id', 'name']).where('id', 'in', list).execute(),
  ]);
  const pairs: [string, string][] = [
    ...units.map((unit): [string, string] => [unit.id, codeAndName(unit)]),
    ...boards.map((board): [string, string] => [board.id, board.name]),
    ...versions.map((version): [string, string] => [
      version.id,
      `${version.name} (${String(version.budget_year)})`,
    ]),
    ...users.map((user): [string, string] => [user.id, `${user.display_name} (${user.username})`]),
    ...municipalities.map((municipality): [string, string] => [municipality.id, municipality.name]),
  ];
  return Object.fromEntries(pairs);
}
