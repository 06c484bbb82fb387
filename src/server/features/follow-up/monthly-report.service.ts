import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import { swedishDate } from '#contract/swedish-time';
import {
  monthlyReportDocument,
  type MonthlyReportTextSection,
} from '#domain/follow-up/monthly-report-document';
import type { InvestmentSummaryFigures } from '#domain/follow-up/result-summary-prose';
import { addOre, ore, sumOre, ZERO_ORE } from '#domain/kernel/money';
import type { ReportDocument } from '#domain/reports/document';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import {
  DOCUMENT_MEDIA_TYPES,
  renderDocument,
  type DocumentFormat,
} from '#server/documents/render-document';
import { recordAudit } from '../audit/audit.service';
import { decisionsThrough } from '#domain/budget/budget-decisions';
import type { MonthlyReportDecisions } from '#domain/follow-up/monthly-report-decisions';
import { allocationAt } from '#server/figures/allocation.repo';
import { budgetDecisionsOf } from '#server/figures/budget-decisions.repo';
import { investmentFollowUpOf } from '../budget/investment-budget.service';
import { operatingStatement } from '../operating-statement/operating-statement.service';
import { boardContext } from '../organisation/organisation.service';
import { editConflict, savedField, textMatches } from './follow-up-conflict';
import { monthEvents } from './follow-up-month.repo';
import { monthlyReportVolumes } from './monthly-report-volumes.service';
import { openMonthForChange } from './follow-up-month.service';
import { periodRange } from '#domain/kernel/period';
import { boardHasActuals } from '#server/figures/actuals.repo';
import { commentsOf } from './follow-up.repo';
import { followUpView, isLocked } from './follow-up.service';
import { boardMonthObjectId, yearMonthText, type MonthKey } from './month-key';
import {
  compareAndSetReportText,
  lockReportText,
  reportTextsOf,
  savedReportText,
  type ReportTextKey,
} from './report-texts.repo';

/**
 * The monthly result report (003): its figures from the follow-up view, the units' comments,
 * actions and forecast comments, the investment follow-up and the controller's texts;
 * rendered as HTML, DOCX or PDF, each one made audited. The texts are saved here too.
 */

export async function monthlyReportTexts(db: Db, board: BoardRef, key: MonthKey) {
  return {
    texts: (await reportTextsOf(db, board, key)).map((row) => ({
      section: row.section,
      body: row.body,
      revision: row.revision,
      updatedBy: row.updated_by,
    })),
  };
}

export async function saveMonthlyReportText(
  ctx: RequestContext,
  input: MonthKey & {
    section: MonthlyReportTextSection;
    body: string;
    baseRevision: number | null;
  },
) {
  const { clock, actor } = ctx;
  const board = ctx.board;
  return ctx.write(async (trx) => {
    // A published month's report is what the board read: its texts change only when reopened.
    await openMonthForChange(trx, board, input);
    const key = { ...board, year: input.year, month: input.month, section: input.section };
    // The text's row locked, then compared with the revision the editor read (an emptied
    // text, kept as '', reads as none): of two saves at once the second sees the first's.
    const stored = await lockReportText(trx, key);
    const storedBody = stored?.body ?? '';
    const matches = textMatches(stored, input.baseRevision);
    const body = input.body.trim();
    if (matches && body !== storedBody) {
      const saved = { at: clock.now().toISOString(), by: actor.username };
      if (!(await compareAndSetReportText(trx, key, stored?.revision ?? null, body, saved)))
        throw await textConflict(trx, key);
      await recordAudit(trx, clock, actor, {
        action: 'follow-up-text-update',
        municipalityId: board.municipalityId,
        objectType: 'follow-up-month',
        objectId: `${boardMonthObjectId(board, input)}/${input.section}`,
        before: storedBody === '' ? null : { text: storedBody },
        after: body === '' ? null : { text: body },
      });
    } else if (!matches) {
      throw await textConflict(trx, key);
    }
    return monthlyReportTexts(trx, board, input);
  });
}

/** The refusal of a text saved over someone else's, with what is saved now. */
async function textConflict(db: Db, key: ReportTextKey) {
  const now = await savedReportText(db, key);
  return editConflict([savedField(key.section, now, now?.body ?? null)]);
}

/**
 * The investments' budget and actual to date of the month, or null without lines. The budget
 * is the follow-up version's after the year's decisions up to the month.
 */
async function investmentFigures(
  db: Db,
  board: BoardRef,
  key: MonthKey,
): Promise<InvestmentSummaryFigures | null> {
  const followUp = await investmentFollowUpOf(db, board, key.year, key.month);
  if (followUp.lines.length === 0) return null;
  // The ledger's actual (through the line's links) plus the adjustment entered at the month.
  const actuals = followUp.lines.map((line) =>
    addOre(
      line.ledgerActual ?? ZERO_ORE,
      line.entries.find((entry) => entry.month === key.month)?.actualYearToDate ?? ZERO_ORE,
    ),
  );
  const decisions = await budgetDecisionsOf(db, { ...board, year: key.year }, 'investment');
  return {
    // The lines' budget after adjustment (investmentFollowUpOf adds the decisions to the month).
    budget: sumOre(followUp.lines.map((line) => line.budget)),
    actualYearToDate: sumOre(actuals),
    adjusted: decisionsThrough(decisions, key.month).length > 0,
  };
}

/** The year's decisions up to the month, with the kommunbidrag before and after them. */
async function reportDecisions(
  db: Db,
  board: BoardRef,
  key: MonthKey,
): Promise<MonthlyReportDecisions> {
  const at = { ...board, year: key.year };
  const [allocation, all] = await Promise.all([
    allocationAt(db, at, key.month),
    budgetDecisionsOf(db, at),
  ]);
  return {
    originalAllocation: allocation.original,
    revisedAllocation: allocation.revised,
    decisions: decisionsThrough(all, key.month),
  };
}

/** While the month is published: the audit chain's head its publication recorded, if any. */
function publicationChainHead(events: Awaited<ReturnType<typeof monthEvents>>) {
  const latest = events.at(-1);
  return isLocked(events) && latest?.audit_chain_seq != null && latest.audit_chain_hash != null
    ? { seq: latest.audit_chain_seq, hash: latest.audit_chain_hash }
    : null;
}

/** The month's report as a document model, dated a day (YYYY-MM-DD). */
export async function monthlyReportDocumentOf(
  db: Db,
  board: BoardRef,
  key: MonthKey,
  dateIso: string,
): Promise<ReportDocument> {
  // The report is about the year's result to date: without actuals through the month there is
  // nothing to report (no result, no chart), which is said as such, not as a broken document.
  if (!(await boardHasActuals(db, board, periodRange(key.year, 1, key.month)))) {
    throw new AppError(
      'no-data-for-period',
      `No actuals for ${String(key.year)} through month ${String(key.month)}`,
      { details: { year: key.year, month: key.month } },
    );
  }
  const [context, view, statement, comments, investments, texts, events, volumes, decisions] =
    await Promise.all([
      boardContext(db, board.municipalityId, board.boardId),
      followUpView(db, board, key),
      operatingStatement(db, { ...board, year: key.year, month: key.month }),
      commentsOf(db, { ...board, year: key.year }, key.month),
      investmentFigures(db, board, key),
      reportTextsOf(db, board, key),
      monthEvents(db, { ...board, year: key.year }, key.month),
      monthlyReportVolumes(db, board, key),
      reportDecisions(db, board, key),
    ]);
  const textOf = (unitId: string, kind: 'variance' | 'action' | 'forecast') =>
    comments.find((row) => row.orgUnitId === unitId && row.kind === kind)?.body ?? '';
  const toDate = view.chart.months[key.month - 1];
  return monthlyReportDocument({
    municipalityName: context.municipality.name,
    boardName: context.board.name,
    year: key.year,
    month: key.month,
    dateIso,
    result: {
      actual: toDate?.actualYearToDate ?? ore(0),
      budget: toDate?.budgetYearToDate ?? ore(0),
    },
    chart: view.chart,
    expectedAllocationChange:
      view.expectedAllocationChange === null
        ? null
        : {
            reportMonth: view.expectedAllocationChange.month,
            amount: view.expectedAllocationChange.amount,
            text: view.expectedAllocationChange.text,
          },
    units: view.rows
      .filter((row) => row.orgUnit.kind === 'unit')
      .map((row) => ({
        name: row.orgUnit.name,
        figures: row.figures,
        comment: textOf(row.orgUnit.id, 'variance'),
        action: textOf(row.orgUnit.id, 'action'),
        mentioned: (row.report?.commentRequired ?? false) || (row.report?.commentGiven ?? false),
        forecastComment: textOf(row.orgUnit.id, 'forecast'),
        code: row.orgUnit.code,
        status: row.report?.status ?? 'not-started',
      })),
    investments,
    statement: statement.lines.map((line) => ({
      key: line.key,
      kind: line.kind,
      figures: line.figures,
    })),
    published: isLocked(events),
    texts: Object.fromEntries(texts.map((row) => [row.section, row.body])),
    auditChainHead: publicationChainHead(events),
    volumes,
    decisions,
  });
}

/** A monthly report is made as HTML, DOCX or PDF (no workbook). */
export type MonthlyReportFormat = Exclude<DocumentFormat, 'xlsx'>;

/** A monthly report as a file. */
export interface MonthlyReportFile {
  readonly fileName: string;
  readonly content: string | Buffer;
  readonly mediaType: string;
}

/** A monthly report to make: the month, its format and the day it is dated (YYYY-MM-DD). */
export interface MonthlyReportRequest extends MonthKey {
  readonly format: MonthlyReportFormat;
  readonly dateIso: string;
  /** What more the audit entry says, such as the publication the report is of. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The month's report of the context's board dated a day, rendered in a format, its making
 * written to the audit log.
 */
export async function monthlyReportFile(
  ctx: RequestContext,
  request: MonthlyReportRequest,
): Promise<MonthlyReportFile> {
  const { db, board } = ctx;
  const { format } = request;
  const document = await monthlyReportDocumentOf(db, board, request, request.dateIso);
  const [content, context] = await Promise.all([
    renderDocument(document, format),
    boardContext(db, board.municipalityId, board.boardId),
  ]);
  await recordAudit(db, ctx.clock, ctx.actor, {
    action: 'document-generate',
    municipalityId: board.municipalityId,
    objectType: 'follow-up-month',
    objectId: boardMonthObjectId(board, request),
    details: {
      document: 'monthly-report',
      format,
      year: request.year,
      month: request.month,
      ...request.details,
    },
  });
  return {
    fileName: `Resultatrapport ${yearMonthText(request)} ${context.board.name}.${format}`,
    content,
    mediaType: DOCUMENT_MEDIA_TYPES[format],
  };
}

/** The month's report as it is now, dated today. */
export function generateMonthlyReport(
  ctx: RequestContext,
  request: MonthKey & { readonly format: MonthlyReportFormat },
): Promise<MonthlyReportFile> {
  // Dated the day it is in Sweden (just after midnight there it is still yesterday in UTC).
  const dateIso = swedishDate(ctx.clock.now().toISOString());
  return monthlyReportFile(ctx, {
    year: request.year,
    month: request.month,
    format: request.format,
    dateIso,
  });
}
