import { swedishDate } from '../../../contract/swedish-time';
import {
  BUDGET_TEXT_SECTIONS,
  budgetDocument,
  type BudgetTextSection,
} from '../../../domain/budget/budget-document';
import { isAccountGroup, type AccountGroup } from '../../../domain/ledger/account-group';
import type { ReportDocument } from '../../../domain/reports/document';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { renderDocx } from '../../documents/docx';
import { renderHtml } from '../../documents/html';
import { renderPdf } from '../../documents/pdf';
import { renderXlsx } from '../../documents/xlsx';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { boardContext } from '../organisation/organisation.service';
import { budgetFramesOf, investmentBudgetOf } from './budget-frames.service';
import { findTexts } from './budget-texts.repo';
import type { BoardRef } from './budget-versions.service';

export const DOCUMENT_FORMATS = ['html', 'docx', 'pdf', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const isSection = (value: string): value is BudgetTextSection =>
  (BUDGET_TEXT_SECTIONS as readonly string[]).includes(value);

/** The board's texts for the budget year: the document's sections and the groups' comments. */
async function budgetTexts(db: Db, at: BoardRef, budgetYear: number) {
  // An emptied text is kept (for its revision) but is no text.
  const rows = (await findTexts(db, at, budgetYear)).filter((row) => row.body !== '');
  const texts: Partial<Record<BudgetTextSection, string>> = {};
  const groupComments: Partial<Record<AccountGroup, string>> = {};
  for (const row of rows) {
    if (isSection(row.section)) texts[row.section] = row.body;
    const group = row.section.replace(/^group:/, '');
    if (row.section.startsWith('group:') && isAccountGroup(group)) groupComments[group] = row.body;
  }
  return { texts, groupComments };
}

/** The budget document of a budget year, built from the database's figures and texts. */
export async function budgetDocumentOf(
  db: Db,
  at: BoardRef,
  budgetYear: number,
  dateIso: string,
): Promise<ReportDocument> {
  const [context, frames, investments, texts] = await Promise.all([
    boardContext(db, at.municipalityId, at.boardId),
    budgetFramesOf(db, at, budgetYear),
    investmentBudgetOf(db, at, budgetYear),
    budgetTexts(db, at, budgetYear),
  ]);
  return budgetDocument({
    municipalityName: context.municipality.name,
    boardName: context.board.name,
    budgetYear,
    dateIso,
    frames: frames.frames,
    walk: frames.frameWalk,
    investments,
    ...texts,
  });
}

export async function renderDocument(
  document: ReportDocument,
  format: DocumentFormat,
): Promise<string | Buffer> {
  switch (format) {
    case 'html':
      return renderHtml(document);
    case 'docx':
      return renderDocx(document);
    case 'pdf':
      return renderPdf(document);
    case 'xlsx':
      return renderXlsx(document);
  }
}

/**
 * Makes the budget document in a format and writes that it was made to the audit log: who,
 * which board and year, which format.
 */
export async function generateBudgetDocument(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  at: BoardRef,
  budgetYear: number,
  format: DocumentFormat,
): Promise<{ fileName: string; content: string | Buffer; mediaType: string }> {
  const now = clock.now();
  const document = await budgetDocumentOf(db, at, budgetYear, swedishDate(now.toISOString()));
  const content = await renderDocument(document, format);
  const board = await boardContext(db, at.municipalityId, at.boardId);
  const fileName = `Budget ${String(budgetYear)} ${board.board.name}.${format}`;
  await recordAudit(db, clock, actor, {
    action: 'document-generate',
    municipalityId: at.municipalityId,
    objectType: 'budget-document',
    objectId: `${at.boardId}/${String(budgetYear)}`,
    details: { document: 'budget', format, year: budgetYear, boardCode: board.board.code },
  });
  return { fileName, content, mediaType: MEDIA_TYPES[format] };
}
