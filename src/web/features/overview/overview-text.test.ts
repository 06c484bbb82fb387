import { describe, expect, it } from 'vitest';
import type { OverviewUnit } from '#contract/overview';
import { ore } from '#domain/kernel/money';
import { submissionSentenceSv, unitTodoSv } from './overview-text';

const figures = {
  budgetYearToDate: ore(0),
  actualYearToDate: ore(0),
  variance: ore(0),
  previousVariance: null,
  budget: ore(0),
  forecast: ore(0),
  forecastVariance: ore(0),
  forecastChange: ore(0),
};

const unit = (changes: Partial<OverviewUnit>): OverviewUnit => ({
  id: '00000000-0000-4000-8000-000000000001',
  code: '8113',
  name: 'Utredning ungdom',
  status: 'not-started',
  figures,
  forecastGiven: false,
  commentRequired: false,
  commentGiven: false,
  actionRequired: false,
  actionGiven: false,
  ...changes,
});

describe('unitTodoSv', () => {
  it('names what the report still owes, then handing it in', () => {
    expect(unitTodoSv(unit({}), false)).toBe('Ge en prognos och lämna in.');
    expect(
      unitTodoSv(unit({ status: 'draft', commentRequired: true, actionRequired: true }), false),
    ).toBe('Ge en prognos, skriv kommentar till avvikelsen, skriv åtgärd och lämna in.');
    expect(
      unitTodoSv(
        unit({
          status: 'draft',
          forecastGiven: true,
          commentRequired: true,
          commentGiven: true,
          actionRequired: true,
        }),
        false,
      ),
    ).toBe('Skriv åtgärd och lämna in.');
    expect(unitTodoSv(unit({ forecastGiven: true }), false)).toBe('Lämna in.');
  });

  it('says where a handed-in report stands, and that a published month is locked', () => {
    expect(unitTodoSv(unit({ status: 'submitted' }), false)).toBe(
      'Inlämnad: väntar på controllerns granskning.',
    );
    expect(unitTodoSv(unit({ status: 'approved' }), false)).toBe('Klar: godkänd av controllern.');
    expect(unitTodoSv(unit({ status: 'returned' }), false)).toMatch(/^Återskickad/);
    expect(unitTodoSv(unit({}), true)).toBe('Månaden är publicerad och låst.');
  });
});

describe('submissionSentenceSv', () => {
  it('counts in Swedish, singular and plural', () => {
    expect(submissionSentenceSv({ total: 11, submitted: 3, approved: 1 })).toBe(
      '3 av 11 enheter har lämnat in, 1 är godkänd.',
    );
    expect(submissionSentenceSv({ total: 1, submitted: 0, approved: 0 })).toBe(
      '0 av 1 enhet har lämnat in, 0 är godkända.',
    );
  });
});
