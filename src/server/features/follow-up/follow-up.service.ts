import { nestedEntry } from '../../../domain/kernel/nested-map';
import type { FollowUpRow, FollowUpView, UnitReport } from '../../../contract/follow-up';
import {
  commentRequirement,
  commentRequirementSv,
  type CommentThreshold,
} from '../../../domain/follow-up/comment-requirement';
import {
  forecastProposalExplanationSv,
  forecastProposals,
} from '../../../domain/follow-up/forecast-proposals';
import type { FollowUpStatus } from '../../../domain/follow-up/follow-up-status';
import {
  groupFigures,
  resultChart,
  sumFigures,
  ZERO_FIGURES,
  type FollowUpFigures,
  type GroupSeries,
} from '../../../domain/follow-up/monthly-follow-up';
import { ore, sumOre, ZERO_ORE, type Ore } from '../../../domain/kernel/money';
import { toMonth, type Month } from '../../../domain/kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '../../../domain/ledger/account-group';
import type { OrgTree, OrgUnit } from '../../../domain/organisation/org-tree';
import type { ForecastSheetLine } from '../../../domain/follow-up/forecast-sheet';
import { notFound } from '../../app-error';
import type { Db } from '../../db/types';
import { orgTree } from '../organisation/organisation.service';
import {
  actualMonths,
  allocationOf,
  budgetMonths,
  commentsOf,
  forecastsMadeAt,
  forecastsThrough,
  lastActualMonth,
  monthEvents,
  reportsOf,
  thresholdOf,
  type BoardMonth,
  type ForecastRow,
} from './follow-up.repo';

/**
 * The monthly follow-up read from the database: the board's (or a part's) figures per unit
 * at a report month, and one unit's report with its proposals. Changes are in
 * follow-up-report.service.ts.
 */

export interface BoardRef {
  readonly municipalityId: string;
  readonly boardId: string;
}

const twelve = (): Ore[] => Array.from({ length: 12 }, () => ZERO_ORE);

/** A unit's account group: its months and the forecasts made for it, oldest first. */
interface GroupData {
  readonly budgetMonths: Ore[];
  readonly actualMonths: Ore[];
  readonly forecasts: ForecastRow[];
}

type UnitGroups = Map<string, Map<AccountGroup, GroupData>>;

const groupData = (byUnit: UnitGroups, unitId: string, group: AccountGroup): GroupData =>
  nestedEntry(byUnit, unitId, group, () => ({
    budgetMonths: twelve(),
    actualMonths: twelve(),
    forecasts: [],
  }));

/** Sets the months that have figures (null: none that month, left as it is). */
function setMonths(months: Ore[], figures: readonly (number | null)[]): void {
  figures.forEach((amount, index) => {
    if (amount !== null) months[index] = ore(amount);
  });
}

async function readGroups(
  db: Db,
  at: BoardMonth,
  month: Month,
  orgUnitId?: string,
): Promise<UnitGroups> {
  const [budgets, actuals, forecasts] = await Promise.all([
    budgetMonths(db, at, orgUnitId),
    actualMonths(db, at, month, orgUnitId),
    forecastsThrough(db, at, month, orgUnitId),
  ]);
  const byUnit: UnitGroups = new Map();
  for (const row of budgets) {
    setMonths(groupData(byUnit, row.orgUnitId, row.accountGroup).budgetMonths, row.months);
  }
  for (const row of actuals) {
    setMonths(groupData(byUnit, row.orgUnitId, row.accountGroup).actualMonths, row.months);
  }
  for (const row of forecasts)
    groupData(byUnit, row.orgUnitId, row.accountGroup).forecasts.push(row);
  return byUnit;
}

const seriesOf = (data: GroupData, month: Month): GroupSeries => {
  const atOrBefore = data.forecasts.filter((row) => row.reportMonth <= month).at(-1);
  const before = data.forecasts.filter((row) => row.reportMonth < month).at(-1);
  return {
    budgetMonths: data.budgetMonths,
    actualMonths: data.actualMonths,
    forecast: atOrBefore ? ore(atOrBefore.amount) : null,
    previousForecast: before ? ore(before.amount) : null,
  };
};

/** A unit's own figures (its own lines, not those of the units under it). */
function ownFigures(groups: Map<AccountGroup, GroupData> | undefined, month: Month) {
  const figures = [...(groups?.values() ?? [])].map((data) =>
    groupFigures(seriesOf(data, month), month),
  );
  return figures.length > 0
    ? sumFigures(figures)
    : { ...ZERO_FIGURES, previousVariance: month === 1 ? null : ZERO_ORE };
}

const thresholdFrom = (row: Awaited<ReturnType<typeof thresholdOf>>): CommentThreshold => ({
  amount: row?.amount_ore === null || row?.amount_ore === undefined ? null : ore(row.amount_ore),
  percentBasisPoints: row?.basis_points ?? null,
});

const requirementOf = (figures: FollowUpFigures, threshold: CommentThreshold) =>
  commentRequirement(
    {
      actualYearToDate: figures.actualYearToDate,
      budgetYearToDate: figures.budgetYearToDate,
      forecast: figures.forecast,
      budget: figures.budget,
    },
    threshold,
  );

/** Whether the month is published: its last event is a publication. */
export const isLocked = (events: readonly { kind: 'publish' | 'reopen' }[]) =>
  events.at(-1)?.kind === 'publish';

/** The units a request asks for: the subtree of orgUnitId, or null for the whole board. */
export function scopeOf(tree: OrgTree, orgUnitId: string | undefined): ReadonlySet<string> | null {
  if (orgUnitId === undefined) return null;
  if (!tree.get(orgUnitId)) throw notFound('org-unit', orgUnitId);
  return tree.subtreeIds(orgUnitId);
}

export async function followUpView(
  db: Db,
  board: BoardRef,
  request: { year: number; month: Month; orgUnitId?: string | undefined },
): Promise<FollowUpView> {
  const at: BoardMonth = { ...board, year: request.year };
  const { month } = request;
  const [tree, byUnit, reports, comments, threshold, events, allocation, lastMonth] =
    await Promise.all([
      orgTree(db, board.municipalityId, board.boardId),
      readGroups(db, at, month),
      reportsOf(db, at, month),
      commentsOf(db, at, month),
      thresholdOf(db, board.municipalityId, board.boardId),
      monthEvents(db, at, month),
      allocationOf(db, at),
      lastActualMonth(db, at),
    ]);
  const scope = scopeOf(tree, request.orgUnitId);
  const limits = thresholdFrom(threshold);
  const inScope = (id: string) => scope === null || scope.has(id);

  // Each unit's own figures once; departments and the board sum them.
  const own = new Map(tree.units.map((unit) => [unit.id, ownFigures(byUnit.get(unit.id), month)]));
  const ownOf = (id: string) => own.get(id) ?? ownFigures(byUnit.get(id), month);
  const reportByUnit = new Map(reports.map((row) => [row.orgUnitId, row]));
  const texts = new Set(
    comments.filter((row) => row.body.trim() !== '').map((row) => `${row.orgUnitId}|${row.kind}`),
  );
  const subtreeFigures = (id: string): FollowUpFigures =>
    sumFigures([...tree.subtreeIds(id)].map(ownOf));
  const reportOf = (id: string): FollowUpRow['report'] => {
    const figures = ownOf(id);
    const requirement = requirementOf(figures, limits);
    const report = reportByUnit.get(id);
    const text = (kind: 'variance' | 'action') => texts.has(`${id}|${kind}`);
    return {
      status: report?.status ?? 'not-started',
      forecastGiven: [...(byUnit.get(id)?.values() ?? [])].some((data) =>
        data.forecasts.some((row) => row.reportMonth === month),
      ),
      commentGiven: text('variance'),
      actionGiven: text('action'),
      commentRequired: requirement.commentRequired,
      actionRequired: requirement.actionRequired,
      updatedBy: report?.updatedBy ?? null,
    };
  };

  const rows: FollowUpRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const unit of tree.childrenOf(parentId)) {
      if (!inScope(unit.id) && ![...tree.subtreeIds(unit.id)].some(inScope)) continue;
      if (inScope(unit.id)) {
        rows.push({
          orgUnit: {
            id: unit.id,
            code: unit.code,
            name: unit.name,
            kind: unit.kind,
            parentId: unit.parentId,
          },
          depth,
          figures: subtreeFigures(unit.id),
          report: unit.kind === 'unit' ? reportOf(unit.id) : null,
        });
      }
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);

  const scoped = tree.units.filter((unit) => inScope(unit.id));
  const boardFigures = sumFigures(scoped.map((unit) => ownOf(unit.id)));
  const allData = scoped.flatMap((unit) => [...(byUnit.get(unit.id)?.values() ?? [])]);
  const monthly = (pick: (data: GroupData) => readonly Ore[]) =>
    twelve().map((_, index) => sumOre(allData.map((data) => pick(data)[index] ?? ZERO_ORE)));
  const chart = resultChart({
    budgetMonths: monthly((data) => data.budgetMonths),
    actualMonths: monthly((data) => data.actualMonths),
    lastActualMonth: lastMonth === null ? null : toMonth(Math.min(lastMonth, month)),
    // A department's or unit's part has no allocation of its own.
    allocation: scope === null && allocation ? ore(allocation.amount_ore) : ZERO_ORE,
    forecast: boardFigures.forecast,
  });

  return {
    year: request.year,
    month,
    lastActualMonth: lastMonth === null ? null : toMonth(lastMonth),
    locked: isLocked(events),
    events: events.map((event) => ({
      kind: event.kind,
      reason: event.reason,
      at: event.at,
      by: event.by_user,
    })),
    threshold: { amount: limits.amount, basisPoints: limits.percentBasisPoints },
    rows,
    board: boardFigures,
    chart: { ...chart, months: [...chart.months] },
  };
}

/** Per unit (not departments) and report group: the figures a forecast sheet goes out with. */
export async function forecastSheetLinesOf(
  db: Db,
  board: BoardRef,
  request: { year: number; month: Month },
): Promise<ForecastSheetLine[]> {
  const at: BoardMonth = { ...board, year: request.year };
  const [tree, byUnit] = await Promise.all([
    orgTree(db, board.municipalityId, board.boardId),
    readGroups(db, at, request.month),
  ]);
  const units: OrgUnit[] = [];
  const visit = (parentId: string | null) => {
    for (const unit of tree.childrenOf(parentId)) {
      if (unit.kind === 'unit') units.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return units.flatMap((unit) =>
    REPORT_GROUPS.map((group) => {
      const data = byUnit.get(unit.id)?.get(group);
      const figures = data
        ? groupFigures(seriesOf(data, request.month), request.month)
        : ZERO_FIGURES;
      const made = data?.forecasts.find((row) => row.reportMonth === request.month);
      return {
        unitCode: unit.code,
        unitName: unit.name,
        accountGroup: group,
        budget: figures.budget,
        actualYearToDate: figures.actualYearToDate,
        forecast: made ? ore(made.amount) : null,
      };
    }),
  );
}

/** The groups a unit's report lists: the operating statement's, and any other it has. */
const REPORT_GROUPS: readonly AccountGroup[] = ACCOUNT_GROUPS.filter(
  (group) => group !== 'financial_items',
);

export interface ReportAccess {
  /** May enter the unit's forecasts and texts (follow-up:report for the unit). */
  readonly canReport: boolean;
  /** May review and publish (follow-up:manage for the board). */
  readonly canManage: boolean;
}

export async function unitReport(
  db: Db,
  board: BoardRef,
  orgUnitId: string,
  request: { year: number; month: Month },
  access: ReportAccess,
): Promise<UnitReport> {
  const at: BoardMonth = { ...board, year: request.year };
  const { month } = request;
  const tree = await orgTree(db, board.municipalityId, board.boardId);
  const unit = tree.get(orgUnitId);
  if (!unit) throw notFound('org-unit', orgUnitId);
  const [groups, madeAt, lastYear, reports, comments, threshold, events] = await Promise.all([
    readGroups(db, at, month, orgUnitId),
    forecastsMadeAt(db, at, month, orgUnitId),
    actualMonths(db, { ...at, year: request.year - 1 }, 12, orgUnitId),
    reportsOf(db, at, month, orgUnitId),
    commentsOf(db, at, month, orgUnitId),
    thresholdOf(db, board.municipalityId, board.boardId),
    monthEvents(db, at, month),
  ]);
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
        ...(access.canReport && (access.canManage || !handedIn) ? (['save'] as const) : []),
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
        proposals: forecastProposals({
          reportMonth: month,
          budgetMonths: data.budgetMonths,
          actualMonths: data.actualMonths,
          lastYearMonths: lastYearOf(group),
        }).map((proposal) => ({
          method: proposal.method,
          label: proposal.label,
          amount: proposal.amount,
          explanation: forecastProposalExplanationSv(proposal, month),
        })),
      };
    }),
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
