import type { VolumesPage } from '#contract/volumes-personnel';
import { holdsFor } from '#domain/access/access-policy';
import {
  periodMonth,
  periodYear,
  toMonth,
  toPeriodNumber,
  type Month,
} from '#domain/kernel/period';
import type { OrgTree } from '#domain/organisation/org-tree';
import { totalFigures, type PlacementFigures } from '#domain/placements/placement-report';
import type { RequestContext } from '#server/request-context';
import { placementFiguresOf } from '../placements/placements-report.service';
import { assistanceReportOf, volumesReportOf } from './volumes-report.service';
import { findVolumePeriods } from './volumes.repo';

/**
 * Volymer och personal (getVolumes in the contract): the CLI's reports of placements,
 * financial assistance and other volumes for the board at a report month. The door lets in
 * every role of the board; a head whose grant is a department or unit gets the rows of the
 * units under it only (holdsFor), so no board totals beyond their own units.
 */

/** The board's units the caller reads volumes of: all, or those under their grants. */
function readableUnits(ctx: RequestContext, tree: OrgTree) {
  const board = ctx.board;
  if (ctx.isSystem || holdsFor(ctx.principal, 'volumes:read', board))
    return { all: true, units: tree.units };
  const units = tree.units.filter((unit) =>
    holdsFor(ctx.principal, 'volumes:read', {
      ...board,
      orgUnitPath: tree.pathTo(unit.id).map((each) => each.id),
    }),
  );
  return { all: false, units };
}

const figuresDto = (figures: PlacementFigures) => ({
  placements: figures.placements,
  careDays: figures.careDays,
  costToDateOre: Number(figures.costToDate),
  forecastRestOre: Number(figures.forecastRest),
  fullYearOre: Number(figures.fullYear),
});

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

export async function volumesPage(
  ctx: RequestContext,
  query: { readonly year?: number | undefined; readonly month?: Month | undefined },
): Promise<VolumesPage> {
  const [tree, stored] = await Promise.all([
    ctx.orgTree(),
    findVolumePeriods(ctx.db, ctx.municipalityId),
  ]);
  const periods = stored.map(toPeriodNumber);
  const latest = periods.at(-1);
  const now = ctx.clock.now();
  const year = query.year ?? (latest === undefined ? now.getUTCFullYear() : periodYear(latest));
  const month: Month =
    query.month ??
    (latest !== undefined && periodYear(latest) === year
      ? periodMonth(latest)
      : year < now.getUTCFullYear()
        ? 12
        : toMonth(now.getUTCMonth() + 1));
  const readable = readableUnits(ctx, tree);
  const unitIds = readable.units.map((unit) => unit.id);
  const unitCodes = readable.all ? undefined : new Set(readable.units.map((unit) => unit.code));
  const [byUnit, assistance, volumes] = await Promise.all([
    placementFiguresOf(ctx.db, ctx.municipalityId, { year, month }, unitIds),
    assistanceReportOf(ctx, { year, month, unitCodes }),
    volumesReportOf(ctx, { year, month, unitCodes }),
  ]);
  const rows = readable.units
    .filter((unit) => byUnit.has(unit.id))
    .sort(byCode)
    .map((unit) => ({
      unit: { id: unit.id, code: unit.code, name: unit.name },
      figures: byUnit.get(unit.id) as PlacementFigures,
    }));
  return {
    year,
    reportMonth: month,
    years: [...new Set(periods.map((period) => periodYear(period)))],
    ownUnitsOnly: !readable.all,
    mayReadPersonnel: ctx.may('personnel:read', ctx.board),
    placements: {
      rows: rows.map((row) => ({ unit: row.unit, figures: figuresDto(row.figures) })),
      total: figuresDto(totalFigures(rows.map((row) => row.figures))),
    },
    assistance: {
      months: assistance.months.map((each) => ({ ...each })),
      total: { ...assistance.total },
      longTermLastYear: assistance.longTermLastYear,
    },
    volumes: volumes.rows.map((row) => ({ ...row })),
  };
}
