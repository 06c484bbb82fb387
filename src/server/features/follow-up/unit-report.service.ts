import type { BoardRef } from '#server/board-ref';
import type { UnitReport } from '#contract/follow-up';
import { commentRequirementSv } from '#domain/follow-up/comment-requirement';
import {
  forecastProposalExplanationSv,
  forecastProposals,
} from '#domain/follow-up/forecast-proposals';
import type { FollowUpStatus } from '#domain/follow-up/follow-up-status';
import { groupFigures } from '#domain/follow-up/monthly-follow-up';
import { ore, type Ore } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { OrgUnit } from '#domain/organisation/org-tree';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import {
  ownFigures,
  readGroups,
  REPORT_GROUPS,
  requirementOf,
  seriesOf,
  setMonths,
  thresholdFrom,
  twelve,
} from './follow-up-groups';
import { monthEvents, thresholdOf } from './follow-up-month.repo';
import { actualMonthsByUnitAndGroup } from '#server/figures/actuals.repo';
import { commentsOf, forecastsMadeAt, reportsOf, type BoardMonth } from './follow-up.repo';
import { isLocked } from './follow-up.service';
import { placementFiguresOf, placementLinesOf } from '../placements/placements-report.service';
import { placementsBesideLedger, placementsProposal } from '#domain/placements/placement-proposal';

/**
 * One unit's report at a report month read from the database: its figures, its forecasts per
 * account group with the proposals to take, its texts, what the threshold requires and what
 * the reader may do with it. Changes to it are in follow-up-report.service.ts.
 */

export interface ReportAccess {
  /** May enter the unit's forecasts and texts (follow-up:report for the unit). */
  readonly canReport: boolean;
  /** May review and publish (follow-up:manage for the board). */
  readonly canManage: boolean;
}

/** A unit's report at a report month, as a request names it. */
export interface UnitReportRequest {
  readonly orgUnitId: string;
  readonly year: number;
  readonly month: Month;
}

/**
 * The unit the request names, in its board's organisation (the request's tree, loaded once),
 * and what the principal may do with the unit's report. A unit not in the board is not-found
 * (404): the access guard decided the request is allowed, this is the one place the unit itself
 * is looked up, for the report's reads and changes alike.
 */
export async function reportAccess(
  ctx: RequestContext,
  orgUnitId: string,
): Promise<{ unit: OrgUnit; access: ReportAccess }> {
  const tree = await ctx.orgTree();
  const unit = tree.get(orgUnitId);
  if (!unit) throw notFound('org-unit', orgUnitId);
  const board = ctx.board;
  const target = { ...board, orgUnitPath: tree.pathTo(orgUnitId).map((each) => each.id) };
  return {
    unit,
    access: {
      canReport: ctx.may('follow-up:report', target),
      canManage: ctx.may('follow-up:manage', board),
    },
  };
}

/** The unit's report as the request's reader sees it. */
export async function unitReport(
  ctx: RequestContext,
  request: UnitReportRequest,
): Promise<UnitReport> {
  const { unit, access } = await reportAccess(ctx, request.orgUnitId);
  return readUnitReport(ctx.db, {
    board: ctx.board,
    unit,
    year: request.year,
    month: request.month,
    access,
  });
}

/** What readUnitReport reads: a unit of a board (already looked up), a month, the reader's access. */
export interface UnitReportRead {
  readonly board: BoardRef;
  readonly unit: Pick<OrgUnit, 'id' | 'code' | 'name'>;
  readonly year: number;
  readonly month: Month;
  readonly access: ReportAccess;
}

/** The account group the placement register's costs are booked on (köpt vård). */
const PLACEMENTS_GROUP: AccountGroup = 'purchased_services';

/** A group's actual from January to the report month (zero when the unit has none). */
function ownActualYearToDate(data: Parameters<typeof seriesOf>[0] | undefined, month: Month): Ore {
  return data ? groupFigures(seriesOf(data, month), month).actualYearToDate : ore(0);
}

/** The report read through db: the request's connection, or a change's transaction. */
export async function readUnitReport(db: Db, request: UnitReportRead): Promise<UnitReport> {
  const { board, unit, month, access } = request;
  const orgUnitId = unit.id;
  const at: BoardMonth = { ...board, year: request.year };
  const [groups, madeAt, lastYear, reports, comments, threshold, events, placed, placementList] =
    await Promise.all([
      readGroups(db, at, { month, orgUnitId }),
      forecastsMadeAt(db, at, month, orgUnitId),
      actualMonthsByUnitAndGroup(db, { ...at, year: request.year - 1 }, 12, orgUnitId),
      reportsOf(db, at, month, orgUnitId),
      commentsOf(db, at, month, orgUnitId),
      thresholdOf(db, board.municipalityId, board.boardId),
      monthEvents(db, at, month),
      placementFiguresOf(db, board.municipalityId, { year: request.year, month }, [orgUnitId]),
      placementLinesOf(db, board.municipalityId, { year: request.year, month }, orgUnitId),
    ]);
  const placementFigures = placed.get(orgUnitId);
  const own = groups.get(orgUnitId);
  const figures = ownFigures(own, month);
  const requirement = requirementOf(figures, thresholdFrom(threshold));
  const report = reports[0];
  const status: FollowUpStatus = report?.status ?? 'not-started';
  const locked = isLocked(events);
  const lastYearOf = (group: AccountGroup): Ore[] | null => {
    const rows = lastYear.filter((row) => row.accountGroup === group);
    if (rows.length === 0) return null;
    const months = twelve();
    for (const row of rows) setMonths(months, row.months);
    return months;
  };
  const groupNames = [
    ...REPORT_GROUPS,
    ...[...(own?.keys() ?? [])].filter((group) => !REPORT_GROUPS.includes(group)),
  ];
  const text = (kind: 'variance' | 'action' | 'forecast') => {
    const row = comments.find((candidate) => candidate.kind === kind);
    return row
      ? {
          body: row.body,
          revision: row.revision,
          updatedBy: row.updatedBy,
          updatedAt: row.updatedAt,
        }
      : null;
  };
  const handedIn = status === 'submitted' || status === 'approved';
  const actions: UnitReport['actions'] = locked
    ? []
    : [
        // A controller corrects a handed-in report until it is approved; then it is returned first.
        ...(access.canReport && (access.canManage ? status !== 'approved' : !handedIn)
          ? (['save'] as const)
          : []),
        // Submitting saves first, so a report not started can be handed in at once.
        ...(access.canReport && !access.canManage && !handedIn ? (['submit'] as const) : []),
        ...(access.canManage && status === 'submitted' ? (['approve'] as const) : []),
        ...(access.canManage && handedIn ? (['return'] as const) : []),
      ];
  return {
    year: request.year,
    month,
    orgUnit: { id: unit.id, code: unit.code, name: unit.name },
    locked,
    status,
    remark: report?.remark ?? null,
    approved: report?.status === 'approved' ? { by: report.updatedBy, at: report.updatedAt } : null,
    actions,
    figures,
    groups: groupNames.map((group) => {
      const data = own?.get(group) ?? {
        budgetMonths: twelve(),
        actualMonths: twelve(),
        forecasts: [],
      };
      const series = seriesOf(data, month);
      const thisMonth = madeAt.find((row) => row.accountGroup === group);
      const each = groupFigures(series, month);
      return {
        accountGroup: group,
        budgetYearToDate: each.budgetYearToDate,
        actualYearToDate: each.actualYearToDate,
        budget: each.budget,
        forecast: thisMonth
          ? {
              amount: ore(thisMonth.amount),
              method: thisMonth.method,
              revision: thisMonth.revision,
              updatedBy: thisMonth.updatedBy,
              updatedAt: thisMonth.updatedAt,
            }
          : null,
        previousForecast: series.previousForecast,
        proposals: [
          ...forecastProposals({
            reportMonth: month,
            budgetMonths: data.budgetMonths,
            actualMonths: data.actualMonths,
            lastYearMonths: lastYearOf(group),
          }),
          // Köp av tjänster of a unit with placements: the register's forecast for the rest.
          ...(group === PLACEMENTS_GROUP && placementFigures
            ? [placementsProposal(each.actualYearToDate, placementFigures)]
            : []),
        ].map((proposal) => ({
          method: proposal.method,
          label: proposal.label,
          amount: proposal.amount,
          explanation: forecastProposalExplanationSv(proposal, month),
        })),
      };
    }),
    placements: placementFigures
      ? {
          ...placementsBesideLedger(
            placementFigures,
            ownActualYearToDate(own?.get(PLACEMENTS_GROUP), month),
          ),
          lines: placementList,
        }
      : null,
    comment: text('variance'),
    action: text('action'),
    forecastComment: text('forecast'),
    requirement: {
      commentRequired: requirement.commentRequired,
      actionRequired: requirement.actionRequired,
      reasons: requirement.commentRequired ? commentRequirementSv(requirement) : [],
    },
  };
}
