import { sickLeaveTable, type SickLeaveTable } from '#domain/personnel/sick-leave';
import type { OrgUnit } from '#domain/organisation/org-tree';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { boardContext, type BoardContext } from '../organisation/organisation.service';
import { findPersonnelRecords } from './personnel.repo';

/**
 * Sick leave of the context's board, or of one of its departments or units (report personnel):
 * January to the report month of a year and the same months of the year before. A table of a
 * department or unit is a read of personal figures close to the person, and is audited.
 */

export interface PersonnelReport {
  readonly context: BoardContext;
  /** What the table is of: the board, or a department or unit of it. */
  readonly scope:
    | { readonly level: 'board' }
    | {
        readonly level: 'department' | 'unit';
        readonly code: string;
        readonly name: string;
        readonly id: string;
      };
  readonly table: SickLeaveTable;
}

/** The last month of the year the records have (the HR export comes a month behind); null: none. */
function lastMonthWithData(
  records: readonly { readonly period: number }[],
  year: number,
): number | null {
  const last = Math.max(
    0,
    ...records.map((row) => row.period).filter((period) => Math.floor(period / 100) === year),
  );
  return last === 0 ? null : last % 100;
}

export async function personnelReportOf(
  ctx: RequestContext,
  request: {
    readonly year: number;
    readonly month: number;
    readonly unitCode?: string | undefined;
  },
): Promise<PersonnelReport> {
  const { db, board } = ctx;
  const tree = await ctx.orgTree();
  let unit: OrgUnit | undefined;
  if (request.unitCode !== undefined) {
    unit = tree.units.find((candidate) => candidate.code === request.unitCode);
    if (!unit)
      throw new AppError('not-found', 'No such unit in the board', {
        issues: [
          {
            field: 'unit',
            problem: 'unknown-unit',
            value: `Nämnden har ingen enhet eller avdelning med koden ”${request.unitCode}”.`,
          },
        ],
      });
  }
  const unitIds = unit ? [...tree.subtreeIds(unit.id)] : tree.units.map((u) => u.id);
  const [context, records] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    findPersonnelRecords(db, board.municipalityId, unitIds, {
      from: (request.year - 1) * 100 + 1,
      to: request.year * 100 + request.month,
    }),
  ]);
  // The HR export comes a month behind: the table runs to the last month of the year up to the
  // report month that it has, and compares the same months of the year before.
  const table = sickLeaveTable(
    records,
    request.year,
    lastMonthWithData(records, request.year) ?? request.month,
  );
  const scope: PersonnelReport['scope'] = unit
    ? { level: unit.kind, code: unit.code, name: unit.name, id: unit.id }
    : { level: 'board' };
  if (scope.level !== 'board')
    await recordAudit(ctx.db, ctx.clock, ctx.actor, {
      action: 'personnel-read',
      municipalityId: board.municipalityId,
      objectType: 'personnel',
      objectId: scope.id,
      details: {
        scopeLevel: scope.level,
        unitCode: scope.code,
        year: request.year,
        month: request.month,
      },
    });
  return { context, scope, table };
}

/**
 * The sick leave of a board's units as a whole, January to the last month of the year up to
 * `month` that the HR export has (it comes a month behind), against the same months of the
 * year before; null when the year has no HR data. The board's table only, small groups "–"
 * (the monthly report's Personal): not audited, as report personnel's board table is not.
 */
export async function boardSickLeaveToDate(
  db: Db,
  municipalityId: string,
  unitIds: readonly string[],
  at: { readonly year: number; readonly month: number },
): Promise<SickLeaveTable | null> {
  const records = await findPersonnelRecords(db, municipalityId, unitIds, {
    from: (at.year - 1) * 100 + 1,
    to: at.year * 100 + at.month,
  });
  const last = lastMonthWithData(records, at.year);
  return last === null ? null : sickLeaveTable(records, at.year, last);
}
