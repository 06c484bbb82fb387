import { myReportSections } from '../board-reports/board-reports.service';
import type { BoardRef } from '#server/board-ref';
import type { AuditEntry } from '#contract/audit-log';
import type { FollowUpRow, FollowUpView } from '#contract/follow-up';
import type { Overview, OverviewUnit } from '#contract/overview';
import type { Grant } from '#domain/access/access-policy';
import type { Permission, Role } from '#domain/access/roles';
import { largestForecastDeficits, submissionSummary } from '#domain/follow-up/month-overview';
import { toMonth } from '#domain/kernel/period';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { searchAuditLog } from '../audit/audit-log.service';
import { followUpView } from '../follow-up/follow-up.service';
import { publishedReports } from '../follow-up/published-reports.service';
import { listImports } from '../ledger-import/import-history.service';
import { operatingStatement } from '../operating-statement/operating-statement.service';
import { followUpYears } from '../organisation/organisation.service';
import { administrationOverview } from './overview-administration.service';

/**
 * Översikt: each role's first page for a board, from the services that make the pages it
 * leads to (the follow-up view, the published reports, the operating statement, the audit log,
 * the import history, the administration). A part is made for the roles it is for, held for
 * this board, and only when the principal holds its permission there.
 *
 * The month is the newest year with ledger actuals through its last month with actuals: the
 * month the follow-up opens on, the one being reported now.
 */

/** How many of the largest forecast deficits, published reports and log rows are shown. */
const LARGEST_DEFICITS = 5;
const LATEST_REPORTS = 3;
const LATEST_LOG_ROWS = 5;

type Period = NonNullable<Overview['period']>;

const unitRef = (row: FollowUpRow) => ({
  id: row.orgUnit.id,
  code: row.orgUnit.code,
  name: row.orgUnit.name,
});

/** The units' rows of a follow-up view (a department's sum row left out). */
const unitRows = (view: FollowUpView) =>
  view.rows.filter((row) => row.orgUnit.kind === 'unit' && row.report !== null);

/** The controller's month: who has handed in, the result, the largest forecast deficits. */
function monthOverview(view: FollowUpView): NonNullable<Overview['month']> {
  const standings = unitRows(view).map((row) => ({
    ...unitRef(row),
    status: row.report?.status ?? 'not-started',
    forecastVariance: row.figures.forecastVariance,
    variance: row.figures.variance,
  }));
  const summary = submissionSummary(standings);
  return {
    locked: view.locked,
    total: summary.total,
    submitted: summary.submitted,
    approved: summary.approved,
    missing: summary.missing.map(({ id, code, name, status }) => ({ id, code, name, status })),
    awaitingReview: standings
      .filter((unit) => unit.status === 'submitted')
      .map(({ id, code, name }) => ({ id, code, name })),
    board: view.board,
    chart: view.chart,
    largestDeficits: largestForecastDeficits(standings, LARGEST_DEFICITS).map(
      ({ id, code, name, forecastVariance, variance }) => ({
        id,
        code,
        name,
        forecastVariance,
        variance,
      }),
    ),
  };
}

const overviewUnit = (row: FollowUpRow): OverviewUnit => ({
  ...unitRef(row),
  status: row.report?.status ?? 'not-started',
  figures: row.figures,
  forecastGiven: row.report?.forecastGiven ?? false,
  commentRequired: row.report?.commentRequired ?? false,
  commentGiven: row.report?.commentGiven ?? false,
  actionRequired: row.report?.actionRequired ?? false,
  actionGiven: row.report?.actionGiven ?? false,
});

/**
 * A head's own units at the month: one follow-up view per department or unit granted, scoped
 * to it (never the board's), each unit once.
 */
async function myUnits(
  ctx: RequestContext,
  period: Period,
  grants: readonly Grant[],
): Promise<NonNullable<Overview['myUnits']>> {
  const { db, board } = ctx;
  const tree = await ctx.orgTree();
  const granted = grants.flatMap((grant) =>
    grant.orgUnitId !== null &&
    tree.get(grant.orgUnitId) &&
    ctx.may('follow-up:read', {
      ...board,
      orgUnitPath: tree.pathTo(grant.orgUnitId).map((unit) => unit.id),
    })
      ? [grant.orgUnitId]
      : [],
  );
  const views = await Promise.all(
    [...new Set(granted)].map((orgUnitId) => followUpView(db, board, { ...period, orgUnitId })),
  );
  const seen = new Set<string>();
  const units = views.flatMap(unitRows).filter((row) => {
    if (seen.has(row.orgUnit.id)) return false;
    seen.add(row.orgUnit.id);
    return true;
  });
  return { locked: views.some((view) => view.locked), units: units.map(overviewUnit) };
}

/** The board's latest published reports; for a nämndledamot the statement of the newest. */
async function publishedOverview(
  db: Db,
  board: BoardRef,
  withStatement: boolean,
): Promise<NonNullable<Overview['published']>> {
  const { reports } = await publishedReports(db, board);
  const newest = reports[0];
  const statement =
    withStatement && newest
      ? await operatingStatement(db, { ...board, year: newest.year, month: newest.month })
      : null;
  return { reports: reports.slice(0, LATEST_REPORTS), statement };
}

/** The revisor's latest log rows, and the latest reports and exports made. */
async function auditOverview(ctx: RequestContext): Promise<NonNullable<Overview['audit']>> {
  const search = (action?: string) =>
    searchAuditLog(ctx, {
      limit: LATEST_LOG_ROWS,
      ...(action === undefined ? {} : { action }),
    });
  const [latest, documents, exports] = await Promise.all([
    search(),
    search('document-generate'),
    search('audit-log-export'),
  ]);
  const made: AuditEntry[] = [...documents.entries, ...exports.entries]
    .sort((a, b) => b.seq - a.seq)
    .slice(0, LATEST_LOG_ROWS);
  return { latest: latest.entries, documents: made };
}

/** The month the page is about: the newest year with actuals, through its last such month. */
async function currentPeriod(db: Db, board: BoardRef): Promise<Period | null> {
  const years = await followUpYears(db, board.municipalityId, board.boardId);
  const year = years.find((entry) => entry.lastActualMonth !== null);
  return year?.lastActualMonth ? { year: year.year, month: toMonth(year.lastActualMonth) } : null;
}

/** The page for the request's principal and board. */
export async function overview(ctx: RequestContext): Promise<Overview> {
  const { db, board, principal } = ctx;
  const grants = principal.grants.filter(
    (grant) =>
      grant.municipalityId === board.municipalityId &&
      (grant.boardId === null || grant.boardId === board.boardId),
  );
  const roles = new Set<Role>(grants.map((grant) => grant.role));
  if (principal.installationAdmin) roles.add('admin');
  /** The role is held here and its permission allows it for the board (or municipality). */
  const may = (role: Role, permission: Permission, wholeMunicipality = false) =>
    roles.has(role) &&
    ctx.may(permission, wholeMunicipality ? { municipalityId: board.municipalityId } : board);
  const headGrants = grants.filter(
    (grant) => grant.role === 'unit-head' || grant.role === 'department-head',
  );

  const period = await currentPeriod(db, board);
  const [month, latestImport, heads, published, audit, administration, reportSections] =
    await Promise.all([
      period && may('controller', 'follow-up:manage')
        ? followUpView(db, board, period).then(monthOverview)
        : null,
      may('controller', 'ledger:history', true)
        ? listImports(db, board.municipalityId).then((history) => history[0] ?? null)
        : null,
      period && headGrants.length > 0 ? myUnits(ctx, period, headGrants) : null,
      may('board-member', 'follow-up:published') || may('auditor', 'follow-up:published')
        ? publishedOverview(db, board, may('board-member', 'follow-up:published'))
        : null,
      may('auditor', 'audit:read', true) ? auditOverview(ctx) : null,
      may('admin', 'administration:manage', true) ? administrationOverview(ctx) : null,
      ctx.may('reports:write', board) ? myReportSections(ctx) : [],
    ]);
  return {
    period,
    month,
    latestImport,
    myUnits: heads,
    published,
    audit,
    administration,
    reportSections,
  };
}
