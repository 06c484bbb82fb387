import {
  monthlyReportDocument,
  type MonthlyReportTextSection,
} from '../../../domain/follow-up/monthly-report-document';
import type { InvestmentSummaryFigures } from '../../../domain/follow-up/result-summary-prose';
import { ore, sumOre, ZERO_ORE } from '../../../domain/kernel/money';
import type { Month } from '../../../domain/kernel/period';
import type { ReportDocument } from '../../../domain/reports/document';
import { AppError } from '../../app-error';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { renderDocument } from '../budget/budget-document.service';
import { investmentFollowUpOf } from '../budget/investment-budget.service';
import { boardContext } from '../organisation/organisation.service';
import { editConflict } from './follow-up-conflict';
import { lockFollowUpMonth } from './follow-up-saves.repo';
import {
  compareAndSetReportText,
  lockReportText,
  savedReportText,
  type ReportTextKey,
} from './report-texts.repo';
import { commentsOf, hasActualsThrough, monthEvents } from './follow-up.repo';
import { followUpView, isLocked, type BoardRef } from './follow-up.service';

/**
 * The monthly result report (003): its figures from the follow-up view, the units' comments,
 * actions and forecast comments, the investment follow-up and the controller's texts;
 * rendered as HTML, DOCX or PDF, each one made audited. The texts are saved here too.
 */

type MonthKey = { readonly year: number; readonly month: Month };

function findTexts(db: Db, board: BoardRef, key: MonthKey) {
  return (
    db
      .selectFrom('follow_up_text')
      .select(['section', 'body', 'revision', 'updated_by'])
      .where('municipality_id', '=', board.municipalityId)
      .where('board_id', '=', board.boardId)
      .where('year', '=', key.year)
      .where('report_month', '=', key.month)
      // An emptied text is kept as '' (so its revision goes on): it is no text.
      .where('body', '<>', '')
      .orderBy('section')
      .execute()
  );
}

export async function monthlyReportTexts(db: Db, board: BoardRef, key: MonthKey) {
  return {
    texts: (await findTexts(db, board, key)).map((row) => ({
      section: row.section,
      body: row.body,
      revision: row.revision,
      updatedBy: row.updated_by,
    })),
  };
}

export async function saveMonthlyReportText(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  board: BoardRef,
  input: MonthKey & {
    section: MonthlyReportTextSection;
    body: string;
    baseRevision: number | null;
  },
) {
  return database.db.transaction().execute(async (trx) => {
    // A published month's report is what the board read: its texts change only when reopened.
    await lockFollowUpMonth(trx, board, input.year, input.month, 'shared');
    if (isLocked(await monthEvents(trx, { ...board, year: input.year }, input.month))) {
      throw new AppError('conflict', 'The month is published and locked', {
        details: { reason: 'month-locked' },
      });
    }
    const key = { ...board, year: input.year, month: input.month, section: input.section };
    // The text's row locked, then compared with the revision the editor read (an emptied
    // text, kept as '', reads as none): of two saves at once the second sees the first's.
    const stored = await lockReportText(trx, key);
    const storedBody = stored?.body ?? '';
    const matches =
      input.baseRevision === null ? storedBody === '' : stored?.revision === input.baseRevision;
    const body = input.body.trim();
    if (matches && body !== storedBody) {
      const saved = { at: clock.now().toISOString(), by: actor.username };
      if (!(await compareAndSetReportText(trx, key, stored?.revision ?? null, body, saved)))
        throw await textConflict(trx, key);
      await recordAudit(trx, clock, actor, {
        action: 'follow-up-text-update',
        municipalityId: board.municipalityId,
        objectType: 'follow-up-month',
        objectId: `${board.boardId}/${String(input.year)}-${String(input.month).padStart(2, '0')}/${input.section}`,
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
  return editConflict([
    {
      field: key.section,
      revision: now?.revision ?? null,
      value: now?.body ?? null,
      updatedBy: now?.updatedBy ?? null,
      updatedAt: now?.updatedAt ?? null,
    },
  ]);
}

/** The investments' budget and actual to date of the month, or null without entries. */
async function investmentFigures(
  db: Db,
  board: BoardRef,
  key: MonthKey,
): Promise<InvestmentSummaryFigures | null> {
  const followUp = await investmentFollowUpOf(db, board, key.year, key.month);
  if (followUp.lines.length === 0) return null;
  const actuals = followUp.lines.map(
    (line) => line.entries.find((entry) => entry.month === key.month)?.actualYearToDate ?? null,
  );
  return {
    budget: sumOre(followUp.lines.map((line) => line.budget)),
    actualYearToDate: sumOre(actuals.map((actual) => actual ?? ZERO_ORE)),
    adjusted: false,
  };
}

/** While the month is published: the audit chain's head its publication recorded, if any. */
function publicationChainHead(events: Awaited<ReturnType<typeof monthEvents>>) {
  const latest = events.at(-1);
  return isLocked(events) && latest?.audit_chain_seq != null && latest.audit_chain_hash != null
    ? { seq: latest.audit_chain_seq, hash: latest.audit_chain_hash }
    : null;
}

export async function monthlyReportDocumentOf(
  db: Db,
  board: BoardRef,
  key: MonthKey,
  dateIso: string,
): Promise<ReportDocument> {
  // The report is about the year's result to date: without actuals through the month there is
  // nothing to report (no result, no chart), which is said as such, not as a broken document.
  if (!(await hasActualsThrough(db, { ...board, year: key.year }, key.month))) {
    throw new AppError(
      'no-data-for-period',
      `No actuals for ${String(key.year)} through month ${String(key.month)}`,
      { details: { year: key.year, month: key.month } },
    );
  }
  const [context, view, comments, investments, texts, events] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    followUpView(db, board, key),
    commentsOf(db, { ...board, year: key.year }, key.month),
    investmentFigures(db, board, key),
    findTexts(db, board, key),
    monthEvents(db, { ...board, year: key.year }, key.month),
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
    units: view.rows
      .filter((row) => row.orgUnit.kind === 'unit')
      .map((row) => ({
        name: row.orgUnit.name,
        figures: row.figures,
        comment: textOf(row.orgUnit.id, 'variance'),
        action: textOf(row.orgUnit.id, 'action'),
        mentioned: (row.report?.commentRequired ?? false) || (row.report?.commentGiven ?? false),
        forecastComment: textOf(row.orgUnit.id, 'forecast'),
      })),
    investments,
    texts: Object.fromEntries(texts.map((row) => [row.section, row.body])),
    auditChainHead: publicationChainHead(events),
  });
}

const MEDIA_TYPES = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export type MonthlyReportFormat = keyof typeof MEDIA_TYPES;

export async function generateMonthlyReport(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  board: BoardRef,
  key: MonthKey,
  format: MonthlyReportFormat,
): Promise<{ fileName: string; content: string | Buffer; mediaType: string }> {
  const document = await monthlyReportDocumentOf(
    db,
    board,
    key,
    clock.now().toISOString().slice(0, 10),
  );
  const content = await renderDocument(document, format);
  const context = await boardContext(db, board.municipalityId, board.boardId);
  await recordAudit(db, clock, actor, {
    action: 'document-generate',
    municipalityId: board.municipalityId,
    objectType: 'follow-up-month',
    objectId: `${board.boardId}/${String(key.year)}-${String(key.month).padStart(2, '0')}`,
    details: { document: 'monthly-report', format, year: key.year, month: key.month },
  });
  return {
    fileName: `Resultatrapport ${String(key.year)}-${String(key.month).padStart(2, '0')} ${context.board.name}.${format}`,
    content,
    mediaType: MEDIA_TYPES[format],
  };
}
