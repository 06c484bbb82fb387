import type { BoardRef } from '#server/board-ref';
import { swedishDate } from '#contract/swedish-time';
import {
  BUDGET_TEXT_SECTIONS,
  budgetDocument,
  type BudgetTextSection,
} from '#domain/budget/budget-document';
import { isAccountGroup, type AccountGroup } from '#domain/ledger/account-group';
import type { ReportDocument } from '#domain/reports/document';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import {
  DOCUMENT_MEDIA_TYPES,
  renderDocument,
  type DocumentFormat,
} from '#server/documents/render-document';
import { recordAudit } from '../audit/audit.service';
import { boardContext } from '../organisation/organisation.service';
import { budgetDecisionsOfYear } from './budget-decisions.service';
import { budgetFramesOf, investmentBudgetOf } from './budget-frames.service';
import { findTexts } from './budget-texts.repo';
import { findVersion, findVersions } from './budget.repo';
import { risksOf } from '../internal-control/risks.service';
import { controlPlanOf } from '../internal-control/control-plan.service';

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

/**
 * The version a budget document shows: the one asked for (of that budget year), else the one
 * the follow-up uses, else the newest proposal (Förslag) of the year, so a budget can be read
 * by the board before it is decided.
 */
async function documentVersion(db: Db, at: BoardRef, budgetYear: number, versionId?: string) {
  if (versionId !== undefined) {
    const version = await findVersion(db, at.municipalityId, at.boardId, versionId);
    if (version?.budget_year !== budgetYear) throw notFound('budget-version', versionId);
    return version;
  }
  const versions = await findVersions(db, at.municipalityId, at.boardId, budgetYear);
  const version =
    versions.find((one) => one.in_follow_up) ?? versions.find((one) => one.status === 'draft');
  if (!version) throw notFound('budget-version', String(budgetYear));
  return version;
}

/**
 * The budget document of a budget year (of a version of it), built from the database's figures
 * and texts; a proposal's is marked Förslag.
 */
export async function budgetDocumentOf(
  ctx: RequestContext,
  request: {
    readonly budgetYear: number;
    readonly dateIso: string;
    /** The version to make it of; absent: the year's version in force. */
    readonly versionId?: string | undefined;
  },
): Promise<ReportDocument> {
  const { db, board: at } = ctx;
  const { budgetYear, dateIso, versionId } = request;
  const version = await documentVersion(db, at, budgetYear, versionId);
  const [context, frames, investments, texts] = await Promise.all([
    boardContext(db, at.municipalityId, at.boardId),
    budgetFramesOf(db, at, budgetYear, version.id),
    investmentBudgetOf(db, at, budgetYear, version.id),
    budgetTexts(db, at, budgetYear),
  ]);
  const [risks, controls, decided] = await Promise.all([
    risksOf(db, at, budgetYear),
    controlPlanOf(ctx, { year: budgetYear }),
    budgetDecisionsOfYear(db, at, budgetYear),
  ]);
  const distributionOf = new Map(decided.distributions.map((entry) => [entry.decisionId, entry]));
  return budgetDocument({
    municipalityName: context.municipality.name,
    boardName: context.board.name,
    budgetYear,
    dateIso,
    frames: frames.frames,
    walk: frames.frameWalk,
    investments,
    proposal: version.status === 'draft',
    ...texts,
    risks,
    controls,
    decisions: {
      originalAllocation: decided.originalAllocation,
      revisedAllocation: decided.revisedAllocation,
      decisions: decided.decisions.map((decision) => ({
        decision,
        distributed: distributionOf.get(decision.id)?.distributed ?? null,
        undistributed: distributionOf.get(decision.id)?.undistributed ?? null,
      })),
    },
  });
}

/**
 * Makes the budget document in a format and writes that it was made to the audit log: who,
 * which board and year, which format.
 */
export async function generateBudgetDocument(
  ctx: RequestContext,
  request: {
    readonly budgetYear: number;
    readonly format: DocumentFormat;
    /** The version to make it of; absent: the year's version in force. */
    readonly versionId?: string | undefined;
  },
): Promise<{ fileName: string; content: string | Buffer; mediaType: string }> {
  const { db, clock, actor, board: at } = ctx;
  const { budgetYear, format, versionId } = request;
  const now = clock.now();
  const document = await budgetDocumentOf(ctx, {
    budgetYear,
    dateIso: swedishDate(now.toISOString()),
    versionId,
  });
  const content = await renderDocument(document, format);
  const board = await boardContext(db, at.municipalityId, at.boardId);
  const proposal = document.status === 'Förslag' ? ' förslag' : '';
  const fileName = `Budget ${String(budgetYear)}${proposal} ${board.board.name}.${format}`;
  await recordAudit(db, clock, actor, {
    action: 'document-generate',
    municipalityId: at.municipalityId,
    objectType: 'budget-document',
    objectId: `${at.boardId}/${String(budgetYear)}`,
    details: {
      document: 'budget',
      format,
      year: budgetYear,
      boardCode: board.board.code,
      ...(document.status ? { status: document.status } : {}),
    },
  });
  return { fileName, content, mediaType: DOCUMENT_MEDIA_TYPES[format] };
}
