import { describe, expect, it } from 'vitest';
import { budgetEditConflictSv } from './budget-conflict-sv';
import { errorMessageSv } from './error-messages-sv';

describe('the Swedish text of a budget save refused as an edit conflict', () => {
  const details = {
    reason: 'edit-conflict',
    object: 'budget-version',
    revision: 8,
    savedBy: 'Karin Ek',
    savedAt: '2026-03-01T13:05:00.000Z',
  };

  it('says what, who and when (Swedish time), and that the user’s edits are kept', () => {
    expect(budgetEditConflictSv(details)).toBe(
      'Budgetversionen ändrades av Karin Ek kl 14:05 den 2026-03-01 sedan du öppnade den. Inget av det du ändrade sparades, men dina ändringar finns kvar: jämför med det som sparades och spara igen.',
    );
    expect(
      errorMessageSv({
        code: 'conflict',
        message: '',
        details: { ...details, object: 'frame-walk' },
        issues: [],
      }),
    ).toMatch(/^Ramförändringen ändrades av Karin Ek kl 14:05 den 2026-03-01 sedan/);
  });

  it('tells a workbook older than the version to be downloaded again', () => {
    expect(budgetEditConflictSv({ ...details, fileRevision: 6 })).toBe(
      'Budgetversionen ändrades av Karin Ek kl 14:05 den 2026-03-01, efter att filen laddades ned (filen har revision 6, budgeten nu 8). Inget ur filen lästes in: ladda ned budgeten på nytt och för över dina ändringar dit.',
    );
  });

  it('does without a name or a time, and leaves other conflicts to their own texts', () => {
    expect(budgetEditConflictSv({ ...details, savedBy: null, savedAt: null })).toMatch(
      /^Budgetversionen ändrades av någon annan sedan du öppnade den\./,
    );
    expect(budgetEditConflictSv({ reason: 'edit-conflict', fields: 'comment' })).toBeNull();
    expect(budgetEditConflictSv({ reason: 'budget-decided' })).toBeNull();
  });
});
