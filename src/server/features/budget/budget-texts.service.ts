import type { BudgetText } from '../../../contract/budget';
import { BUDGET_TEXT_SECTIONS } from '../../../domain/budget/budget-document';
import { frameWalkProse } from '../../../domain/budget/frame-walk-prose';
import { ACCOUNT_GROUPS } from '../../../domain/ledger/account-group';
import { AppError } from '../../app-error';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { budgetFramesOf } from './budget-frames.service';
import type { BoardRef } from './budget-versions.service';

/** The texts a budget document has: its sections and a comment per account group. */
export const BUDGET_TEXT_KEYS: readonly string[] = [
  ...BUDGET_TEXT_SECTIONS,
  ...ACCOUNT_GROUPS.map((group) => `group:${group}`),
];

function findTexts(db: Db, at: BoardRef, budgetYear: number) {
  return db
    .selectFrom('budget_text')
    .select(['section', 'body', 'updated_at', 'updated_by'])
    .where('municipality_id', '=', at.municipalityId)
    .where('board_id', '=', at.boardId)
    .where('budget_year', '=', budgetYear)
    .orderBy('section')
    .execute();
}

const toText = (row: Awaited<ReturnType<typeof findTexts>>[number]): BudgetText => ({
  section: row.section,
  body: row.body,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
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

/** Saves a text (an empty one is removed) with its before and after in the audit log. */
export async function saveBudgetText(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  at: BoardRef,
  input: { year: number; section: string; body: string },
): Promise<BudgetText> {
  if (!BUDGET_TEXT_KEYS.includes(input.section)) {
    throw new AppError('invalid-request', 'Not a section of the budget document', {
      issues: [{ field: 'section', problem: 'unknown', value: input.section }],
    });
  }
  const body = input.body.trim();
  const now = clock.now().toISOString();
  return database.db.transaction().execute(async (trx) => {
    const before = (await findTexts(trx, at, input.year)).find(
      (row) => row.section === input.section,
    );
    await trx
      .deleteFrom('budget_text')
      .where('municipality_id', '=', at.municipalityId)
      .where('board_id', '=', at.boardId)
      .where('budget_year', '=', input.year)
      .where('section', '=', input.section)
      .execute();
    if (body !== '') {
      await trx
        .insertInto('budget_text')
        .values({
          municipality_id: at.municipalityId,
          board_id: at.boardId,
          budget_year: input.year,
          section: input.section,
          body,
          updated_at: now,
          updated_by: actor.username,
        })
        .execute();
    }
    await recordAudit(trx, clock, actor, {
      action: 'budget-text-update',
      municipalityId: at.municipalityId,
      objectType: 'budget-text',
      objectId: `${at.boardId}/${String(input.year)}/${input.section}`,
      before: before ? { text: before.body } : null,
      after: body === '' ? null : { text: body },
    });
    return { section: input.section, body, updatedAt: now, updatedBy: actor.username };
  });
}
