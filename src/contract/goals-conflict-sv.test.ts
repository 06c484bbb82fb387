import { describe, expect, it } from 'vitest';
import { errorMessageSv } from './error-messages-sv';

const conflict = (details: Record<string, string | number>) =>
  errorMessageSv({ code: 'conflict', message: '', details, issues: [] });

describe('the Swedish text of a goals change refused by what the goals hold', () => {
  it('names the year that has goals already, or has none to carry over', () => {
    expect(conflict({ reason: 'goals-exist', year: 2025 })).toBe(
      'Nämnden har redan mål för 2025. Inget fördes över: ändra målen för 2025 där de är, eller läs in dem med goals import.',
    );
    expect(conflict({ reason: 'no-goals-to-carry', year: 2030 })).toBe(
      'Nämnden har inga mål för 2030 att föra över.',
    );
  });

  it('names what someone else changed during an import', () => {
    expect(conflict({ reason: 'goals-changed', name: 'Nöjd med bemötandet' })).toBe(
      'Någon annan ändrade ”Nöjd med bemötandet” under inläsningen. Inget lästes in: läs in filen igen.',
    );
  });

  it('leaves other conflicts to their own text', () => {
    expect(conflict({ reason: 'budget-decided' })).toBe(
      'Budgetversionen är beslutad och ändras inte. Gör en ny version för att ändra.',
    );
  });
});
