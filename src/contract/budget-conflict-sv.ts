import type { ErrorDetails } from './errors';
import { swedishTimeOf } from './swedish-time';

/**
 * A budget save refused because someone else saved the same thing after it was read
 * (details.reason 'edit-conflict'): what it was, and the winner's name and time, in Swedish.
 */

/** What a budget save changes, each with its own revision. */
export const BUDGET_EDITED_OBJECTS = [
  /** A version's figures: cells, lines per account, phasing, planned result and frames. */
  'budget-version',
  'investment-budget',
  /** A board's frame walk (all its years). */
  'frame-walk',
  'budget-text',
  /** A version's investment follow-up at a report month. */
  'investment-follow-up',
  /** A board's links of its investment lines to the ledger (all its lines). */
  'investment-links',
  /** A kommunbidrag decision's distribution to units. */
  'budget-distribution',
] as const;
export type BudgetEditedObject = (typeof BUDGET_EDITED_OBJECTS)[number];

const SUBJECTS_SV: Readonly<Record<BudgetEditedObject, string>> = {
  'budget-version': 'Budgetversionen',
  'investment-budget': 'Investeringsbudgeten',
  'frame-walk': 'Ramförändringen',
  'budget-text': 'Texten',
  'investment-follow-up': 'Investeringarnas utfall och prognos för månaden',
  'investment-links': 'Investeringsradernas koppling till bokföringen',
  'budget-distribution': 'Fördelningen av beslutet på enheter',
};

export const isBudgetEditedObject = (value: unknown): value is BudgetEditedObject =>
  typeof value === 'string' && (BUDGET_EDITED_OBJECTS as readonly string[]).includes(value);

/** "kl 14:05 den 2026-03-01", Swedish time; empty for no time. */
function whenSv(iso: unknown): string {
  const time = typeof iso === 'string' ? swedishTimeOf(iso) : null;
  return time === null ? '' : ` kl ${time.minutes} den ${time.date}`;
}

/**
 * "Budgetversionen ändrades av Karin Ek kl 14:05 den 2026-03-01 sedan du öppnade den. …" (or,
 * for a workbook read back, since the file was downloaded), or null when the details are not of
 * a budget save's edit conflict.
 */
export function budgetEditConflictSv(details: ErrorDetails): string | null {
  if (details.reason !== 'edit-conflict' || !isBudgetEditedObject(details.object)) return null;
  const who = typeof details.savedBy === 'string' ? ` av ${details.savedBy}` : ' av någon annan';
  if (typeof details.fileRevision === 'number')
    return `${SUBJECTS_SV[details.object]} ändrades${who}${whenSv(details.savedAt)}, efter att filen laddades ned (filen har revision ${String(details.fileRevision)}, budgeten nu ${String(details.revision)}). Inget ur filen lästes in: ladda ned budgeten på nytt och för över dina ändringar dit.`;
  return `${SUBJECTS_SV[details.object]} ändrades${who}${whenSv(details.savedAt)} sedan du öppnade den. Inget av det du ändrade sparades, men dina ändringar finns kvar: jämför med det som sparades och spara igen.`;
}
