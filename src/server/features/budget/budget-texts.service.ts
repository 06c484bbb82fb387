import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import type { BudgetText } from '#contract/budget';
import { BUDGET_TEXT_SECTIONS } from '#domain/budget/budget-document';
import { frameWalkProse } from '#domain/budget/frame-walk-prose';
import { ACCOUNT_GROUPS } from '#domain/ledger/account-group';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { budgetFramesOf } from './budget-frames.service';
import { changeBy, editConflict } from './budget-revision';
import { findTexts, saveText, type TextRow } from './budget-texts.repo';

/** The texts a budget document has: its sections and a comment per account group. */
export const BUDGET_TEXT_KEYS: readonly string[] = [
  ...BUDGET_TEXT_SECTIONS,
  ...ACCOUNT_GROUPS.map((group) => `group:${group}`),
];

const toText = (row: TextRow): BudgetText => ({
  section: row.section,
  body: row.body,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
  revision: row.revision,
});

/** The frame walk in prose as the figures give it, or null without a decided budget. */
async function proposedFrameWalk(db: Db, at: BoardRef, budgetYear: number) {
  try {
    const { frameWalk } = await budgetFramesOf(db, at, budgetYear);
    return frameWalk
      ? frameWalkProse(frameWalk)
          .map((entry) => entry.text)
          .join('\n\n')
      : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return null;
    throw error;
  }
}

export async function budgetTexts(db: Db, at: BoardRef, budgetYear: number) {
  const [texts, proposed] = await Promise.all([
    findTexts(db, at, budgetYear),
    proposedFrameWalk(db, at, budgetYear),
  ]);
  return { texts: texts.map(toText), proposedFrameWalk: proposed };
}

/**
 * Saves a text made on baseRevision (null: the section had none), with its before and after in
 * the audit log. An empty text is kept as empty, so its revision goes on counting.
 */
export async function saveBudgetText(
  ctx: RequestContext,
  input: { year: number; section: string; body: string; baseRevision: number | null },
): Promise<BudgetText> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  if (!BUDGET_TEXT_KEYS.includes(input.section)) {
    throw new AppError('invalid-request', 'Not a section of the budget document', {
      issues: [{ field: 'section', problem: 'unknown', value: input.section }],
    });
  }
  const body = input.body.trim();
  const textOf = async (db: Db) =>
    (await findTexts(db, at, input.year)).find((row) => row.section === input.section);
  return ctx.write(async (trx) => {
    const before = await textOf(trx);
    const change = changeBy(ctx);
    const saved = await saveText(trx, at, input.baseRevision, {
      budgetYear: input.year,
      section: input.section,
      body,
      ...change,
    });
    const after = await textOf(trx);
    if (saved === null || !after) {
      throw editConflict(
        'budget-text',
        after
          ? { revision: after.revision, savedAt: after.updated_at, savedBy: after.updated_by }
          : null,
        { section: input.section, value: after?.body ?? null },
      );
    }
    await recordAudit(trx, clock, actor, {
      action: 'budget-text-update',
      municipalityId: at.municipalityId,
      objectType: 'budget-text',
      objectId: `${at.boardId}/${String(input.year)}/${input.section}`,
      before: before?.body ? { text: before.body } : null,
      after: body === '' ? null : { text: body },
    });
    return toText(after);
  });
}
