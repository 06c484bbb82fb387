import type { SickLeaveDto } from '#contract/volumes-personnel';
import { toMonth, type Month } from '#domain/kernel/period';
import { SMALL_GROUP_NOTE_SV } from '#domain/personnel/sick-leave';
import { notFound } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { personnelReportOf } from './personnel-report.service';

/**
 * Sick leave on the page Volymer och personal (getSickLeave in the contract): report
 * personnel's table of the board, or of a department or unit of it (the read audited there).
 */
export async function sickLeavePage(
  ctx: RequestContext,
  query: { readonly year: number; readonly month: Month; readonly orgUnitId?: string | undefined },
): Promise<SickLeaveDto> {
  const tree = await ctx.orgTree();
  const unit = query.orgUnitId === undefined ? undefined : tree.get(query.orgUnitId);
  if (query.orgUnitId !== undefined && !unit) throw notFound('org-unit', query.orgUnitId);
  const report = await personnelReportOf(ctx, {
    year: query.year,
    month: query.month,
    unitCode: unit?.code,
  });
  const { scope, table } = report;
  return {
    year: table.year,
    // The months the HR export has (it may end before the report month).
    reportMonth: toMonth(table.month),
    scope:
      scope.level === 'board'
        ? { level: 'board', orgUnitId: null, name: report.context.board.name }
        : { level: scope.level, orgUnitId: scope.id, name: `${scope.code} ${scope.name}` },
    rows: table.rows.map((row) => ({
      key: row.key,
      label: row.label,
      current: { tenths: row.current.tenths },
      previous: { tenths: row.previous.tenths },
      differenceTenths: row.differenceTenths,
    })),
    smallGroups: table.smallGroups,
    smallGroupNote: SMALL_GROUP_NOTE_SV,
    units: [...tree.units]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((each) => ({ id: each.id, code: each.code, name: each.name, kind: each.kind })),
  };
}
