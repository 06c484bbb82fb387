import type { BoardReportDto, BoardReportListDto, ReportSectionDto } from '#contract/board-reports';
import type { OverviewReportSection } from '#contract/overview';
import { swedishDate } from '#contract/swedish-time';
import { MONTH_NAMES_SV, toMonth, type Month } from '#domain/kernel/period';
import { dueReminders, reminderSv } from '#domain/interim-report/assignment-reminders';
import {
  defaultReportTemplate,
  REPORT_KIND_NAMES_SV,
  reportKindOf,
  templateIssues,
  templateIssueSv,
  WRITER_ROLES,
  type ReportTemplate,
  type SectionTemplate,
  type WriterRole,
} from '#domain/interim-report/report-template';
import { SECTION_STATES, type SectionState } from '#domain/interim-report/section-workflow';
import { AppError, notFound } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findBoardReport,
  findBoardReportOfMonth,
  findBoardReports,
  findAssignedSections,
  findBoardWriters,
  findReportSections,
  findReportTemplate,
  insertBoardReport,
  insertReportSections,
  type ReportRef,
  type SectionWithAssignee,
} from './board-reports.repo';

/**
 * The interim and annual reports of a board: the year's list, opening one from the
 * municipality's template (001's sections when it has none of its own), and one report with
 * its sections: every section for the controller, a writer's own for a writer. The sections'
 * changes are in report-sections.service.ts.
 */

export function sectionDto(row: SectionWithAssignee): ReportSectionDto {
  return {
    key: row.key,
    position: row.position,
    title: row.title,
    level: row.level,
    writerRole: row.writer_role,
    figures: row.figures,
    appendix: row.appendix,
    assignee:
      row.assignee_id === null
        ? null
        : { id: row.assignee_id, displayName: row.assignee_name ?? '' },
    deadline: row.deadline,
    state: row.state,
    body: row.body as ReportSectionDto['body'],
    reviewComment: row.review_comment,
    revision: row.revision,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Whether the request's principal manages the board's reports (the controller, the system). */
export function managesReports(ctx: RequestContext): boolean {
  return ctx.may('reports:manage', ctx.board);
}

export async function boardReportsOfYear(
  ctx: RequestContext,
  year: number,
): Promise<BoardReportListDto> {
  const reports = await findBoardReports(ctx.db, ctx.board, year);
  const sections = await findReportSections(
    ctx.db,
    ctx.board.municipalityId,
    reports.map((report) => report.id),
  );
  return {
    reports: reports.map((report) => {
      const counts = Object.fromEntries(SECTION_STATES.map((state) => [state, 0])) as Record<
        SectionState,
        number
      >;
      for (const section of sections) {
        if (section.report_id === report.id && section.writer_role !== null) {
          counts[section.state] += 1;
        }
      }
      return {
        id: report.id,
        year: report.year,
        month: report.month,
        kind: report.kind,
        publishedAt: report.published_at,
        sectionStates: counts,
      };
    }),
  };
}

/** The template of a kind of report the municipality uses: its own, or 001's. */
async function templateOf(db: Db, municipalityId: string, month: Month): Promise<ReportTemplate> {
  const kind = reportKindOf(month);
  const stored = await findReportTemplate(db, municipalityId, kind);
  if (stored === undefined) return defaultReportTemplate(kind);
  const template: ReportTemplate = { kind, sections: stored as SectionTemplate[] };
  const issues = templateIssues(template);
  if (issues.length > 0) {
    throw new Error(
      `The stored ${kind} template is not valid: ${issues.map(templateIssueSv).join(' ')}`,
    );
  }
  return template;
}

/** "Delårsrapport augusti 2023" for the audit log and refusals. */
const reportNameSv = (year: number, month: Month): string =>
  `${REPORT_KIND_NAMES_SV[reportKindOf(month)]} ${MONTH_NAMES_SV[month]} ${String(year)}`;

/**
 * Opens the board's report of a month from the template: refused when the board has one for
 * the month already. The sections are copied, so a later change of the template leaves it be.
 */
export async function openBoardReport(
  ctx: RequestContext,
  year: number,
  month: Month,
): Promise<BoardReportDto> {
  const board = ctx.board;
  const reportId = await ctx.write(async (trx) => {
    if (await findBoardReportOfMonth(trx, board, year, month)) {
      throw new AppError(
        'conflict',
        `The board has a report for ${String(year)}-${String(month)}`,
        {
          details: { reason: 'report-exists', year, month },
        },
      );
    }
    const template = await templateOf(trx, board.municipalityId, month);
    const id = await insertBoardReport(trx, {
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year,
      month,
      kind: template.kind,
      opened_at: ctx.clock.now().toISOString(),
      opened_by: ctx.actor.username,
    });
    await insertReportSections(
      trx,
      template.sections.map((section, index) => ({
        municipality_id: board.municipalityId,
        report_id: id,
        key: section.key,
        position: index + 1,
        title: section.title,
        level: section.level,
        writer_role: section.writerRole,
        figures: JSON.stringify(section.figures),
        appendix: section.appendix,
      })),
    );
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'board-report-open',
      municipalityId: board.municipalityId,
      objectType: 'board-report',
      objectId: id,
      after: { report: reportNameSv(year, month), sections: template.sections.length },
      details: { boardId: board.boardId, year, month },
    });
    return id;
  });
  return boardReport(ctx, reportId);
}

/** The people the controller can give sections to, each once with the writer roles they hold. */
async function boardWriters(db: Db, board: BoardRef): Promise<BoardReportDto['writers']> {
  const rows = await findBoardWriters(db, board, WRITER_ROLES);
  const byUser = new Map<string, { id: string; displayName: string; roles: WriterRole[] }>();
  for (const row of rows) {
    const writer = byUser.get(row.id) ?? { id: row.id, displayName: row.display_name, roles: [] };
    const role = row.role as WriterRole;
    if (!writer.roles.includes(role)) writer.roles.push(role);
    byUser.set(row.id, writer);
  }
  return [...byUser.values()];
}

/** One report: every section for the controller; a writer's own sections for a writer. */
export async function boardReport(ctx: RequestContext, reportId: string): Promise<BoardReportDto> {
  const ref: ReportRef = { ...ctx.board, reportId };
  const report = await findBoardReport(ctx.db, ref);
  if (!report) throw notFound('report', reportId);
  const manager = managesReports(ctx);
  const [sections, writers] = await Promise.all([
    findReportSections(
      ctx.db,
      ref.municipalityId,
      [reportId],
      manager ? undefined : ctx.principal.userId,
    ),
    manager ? boardWriters(ctx.db, ctx.board) : Promise.resolve([]),
  ]);
  return {
    id: report.id,
    year: report.year,
    month: report.month,
    kind: report.kind,
    openedAt: report.opened_at,
    openedBy: report.opened_by,
    publishedAt: report.published_at,
    sections: sections.map(sectionDto),
    writers,
  };
}

/**
 * The sections of the board's open reports given to the user to write, for their Översikt,
 * each with the reminder due today (Swedish date): a few days before the deadline and after it,
 * while the section is still theirs to finish.
 */
export async function myReportSections(ctx: RequestContext): Promise<OverviewReportSection[]> {
  if (ctx.isSystem) return [];
  const rows = await findAssignedSections(ctx.db, ctx.board, ctx.principal.userId);
  const today = swedishDate(ctx.clock.now().toISOString());
  const due = dueReminders(
    today,
    rows.flatMap((row) =>
      row.deadline === null
        ? []
        : [
            {
              sectionKey: `${row.report_id}/${row.key}`,
              deadline: row.deadline,
              state: row.state,
              sent: [],
            },
          ],
    ),
  );
  return rows.map((row) => {
    const reminder = due.find((entry) => entry.sectionKey === `${row.report_id}/${row.key}`);
    return {
      reportId: row.report_id,
      report: reportNameSv(row.year, toMonth(row.month)),
      sectionKey: row.key,
      title: row.title,
      deadline: row.deadline,
      state: row.state,
      reminder:
        reminder && row.deadline !== null ? reminderSv(reminder, row.title, row.deadline) : null,
    };
  });
}
