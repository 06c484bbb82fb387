import { describe, expect, it } from 'vitest';
import type { InvestmentBudgetDto, InvestmentFollowUpDto } from '#contract/investment-budget';
import { investmentFollowUpTable } from '#domain/budget/investment-follow-up';
import { oreFromTkr } from '#domain/kernel/money';
import { toMonth } from '#domain/kernel/period';
import {
  amountDraft,
  badFollowUpAmount,
  unlabelledAdjustment,
  editorProblems,
  followUpDraftsOf,
  followUpLinesOf,
  lineDraftsOf,
  linesChanged,
  linesOf,
  newLineDraft,
  rebaseFollowUpDrafts,
  yearSums,
} from './investment-editor';

const ID = '00000000-0000-4000-8000-000000000001';
const LABELS = ['Budget 2027', 'Plan 2028', 'Plan 2029', 'Plan 2030', 'Plan 2031'];

const saved: InvestmentBudgetDto = {
  versionId: ID,
  budgetYear: 2027,
  status: 'draft',
  revision: 1,
  updatedAt: null,
  updatedBy: null,
  years: [2027, 2028, 2029, 2030, 2031],
  lines: [
    {
      category: 'reinvestment',
      name: 'Inventarier',
      amounts: [400, 400, 400, 400, 1_200].map(oreFromTkr),
    },
  ],
};

describe('the investment budget as typed', () => {
  it('shows saved amounts in whole tkr, zero as empty, and reads them back unchanged', () => {
    const drafts = lineDraftsOf(saved);
    expect(drafts[0]?.amounts.map((amount) => amount.text)).toEqual([
      '400',
      '400',
      '400',
      '400',
      '1\u00a0200',
    ]);
    expect(linesChanged(drafts, saved)).toBe(false);
    expect(amountDraft('')).toEqual({ text: '', amount: 0 });
    expect(amountDraft('', true)).toEqual({ text: '', amount: null });
    expect(amountDraft('−1\u00a0200')).toEqual({ text: '−1\u00a0200', amount: oreFromTkr(-1_200) });
  });

  it('offers the next standard name of a category, and none where all are taken', () => {
    const drafts = lineDraftsOf(saved);
    expect(newLineDraft(drafts, 'reinvestment', 5, 'new-1').name).toBe('IT-utrustning');
    expect(newLineDraft(drafts, 'adaptation', 5, 'new-1').name).toBe(
      'Lokalanpassning i annans fastighet',
    );
    expect(newLineDraft(drafts, 'expansion', 5, 'new-1')).toMatchObject({
      name: '',
      amounts: Array.from({ length: 5 }, () => ({ text: '', amount: 0 })),
    });
  });

  it('sums each year and names every problem with its line and year', () => {
    const drafts = [
      ...lineDraftsOf(saved),
      {
        id: 'new-1',
        category: 'reinvestment' as const,
        name: ' inventarier',
        amounts: [amountDraft('12,5'), amountDraft('-3'), ...[1, 2, 3].map(() => amountDraft(''))],
      },
      { ...newLineDraft([], 'expansion', 5, 'new-2'), name: '' },
    ];
    expect(yearSums(drafts, 5)).toEqual([400, 397, 400, 400, 1_200].map(oreFromTkr));
    const problems = editorProblems(drafts, LABELS);
    expect(problems.messages).toEqual([
      'inventarier, Budget 2027: ”12,5” är inte ett helt tal i tkr.',
      'inventarier finns två gånger under Reinvestering.',
      'inventarier, Plan 2028: beloppet får inte vara negativt.',
      'En rad under Expansionsinvestering saknar namn.',
    ]);
    expect([...problems.fields].sort()).toEqual(['new-1|0', 'new-1|1', 'new-1|name', 'new-2|name']);
    expect(linesOf(drafts)[1]?.name).toBe('inventarier');
    expect(linesChanged(drafts, saved)).toBe(true);
  });
});

describe('the investment follow-up as typed', () => {
  const followUp: InvestmentFollowUpDto = {
    year: 2026,
    month: toMonth(9),
    version: { id: ID, name: 'Budget 2026' },
    monthsEntered: [toMonth(8)],
    revision: null,
    lines: [
      {
        category: 'reinvestment',
        name: 'Inventarier',
        budget: oreFromTkr(250),
        entries: [
          {
            month: toMonth(8),
            actualYearToDate: oreFromTkr(121),
            forecast: oreFromTkr(230),
            comment: null,
            updatedAt: '2026-09-01T00:00:00.000Z',
            updatedBy: 'demo',
          },
        ],
        previousYearActual: null,
        ledgerActual: null,
      },
      {
        category: 'reinvestment',
        name: 'IT-utrustning',
        budget: oreFromTkr(300),
        entries: [],
        previousYearActual: null,
        ledgerActual: null,
      },
    ],
  };
  const standing = (key: string) =>
    investmentFollowUpTable({ month: followUp.month, lines: followUp.lines }).find(
      (row) => row.key === key,
    )?.forecast ?? oreFromTkr(0);

  it('proposes the forecast that stands, with no actual, and shows the typed month live', () => {
    const drafts = followUpDraftsOf(followUp, standing);
    expect(drafts.get('reinvestment/Inventarier')).toEqual({
      actual: { text: '', amount: null },
      forecast: { text: '230', amount: oreFromTkr(230) },
      comment: '',
    });
    expect(drafts.get('reinvestment/IT-utrustning')?.forecast.text).toBe('300');
    drafts.set('reinvestment/Inventarier', {
      actual: amountDraft('160', true),
      forecast: amountDraft('', true),
      comment: 'Stolar',
    });
    const rows = investmentFollowUpTable({
      month: followUp.month,
      lines: followUpLinesOf(followUp, drafts),
    });
    expect(rows.find((row) => row.key === 'reinvestment/Inventarier')).toMatchObject({
      actualYearToDate: oreFromTkr(160),
      forecast: oreFromTkr(230),
      forecastSource: 'earlier',
      comment: 'Stolar',
    });
  });

  it('keeps the lines the user changed over what another saved since, and names those both changed', () => {
    const initial = followUpDraftsOf(followUp, standing);
    const draftOf = (key: string) => {
      const draft = initial.get(key);
      if (!draft) throw new Error(`no line ${key}`);
      return draft;
    };
    const mine = new Map(initial);
    mine.set('reinvestment/Inventarier', {
      ...draftOf('reinvestment/Inventarier'),
      comment: 'Mitt',
    });
    const theirs = new Map(initial);
    theirs.set('reinvestment/Inventarier', {
      ...draftOf('reinvestment/Inventarier'),
      actual: amountDraft('170', true),
    });
    theirs.set('reinvestment/IT-utrustning', {
      ...draftOf('reinvestment/IT-utrustning'),
      forecast: amountDraft('310', true),
    });
    const rebased = rebaseFollowUpDrafts(initial, mine, theirs);
    expect(rebased.drafts.get('reinvestment/Inventarier')?.comment).toBe('Mitt');
    expect(rebased.drafts.get('reinvestment/Inventarier')?.actual.text).toBe('');
    expect(rebased.drafts.get('reinvestment/IT-utrustning')?.forecast.text).toBe('310');
    expect(rebased.bothChanged).toEqual(['reinvestment/Inventarier']);
    // Nothing typed: all of theirs, nothing named.
    expect(rebaseFollowUpDrafts(initial, initial, theirs)).toEqual({
      drafts: theirs,
      bothChanged: [],
    });
  });

  it('marks a figure that is not a whole number or is negative', () => {
    expect(badFollowUpAmount(amountDraft('1,5', true))).toBe(true);
    expect(badFollowUpAmount(amountDraft('-1', true))).toBe(true);
    expect(badFollowUpAmount(amountDraft('', true))).toBe(false);
    expect(badFollowUpAmount(amountDraft('12', true))).toBe(false);
    // An adjustment of a linked line's booked actual may be negative, not a fraction.
    expect(badFollowUpAmount(amountDraft('-1', true), true)).toBe(false);
    expect(badFollowUpAmount(amountDraft('-1,5', true), true)).toBe(true);
  });

  it('asks for a comment on an adjustment of a linked line, not on an actual typed for one linked to nothing', () => {
    const draft = (actual: string, comment: string) => ({
      actual: amountDraft(actual, true),
      forecast: amountDraft('0'),
      comment,
    });
    expect(unlabelledAdjustment(draft('-50', ''), true)).toBe(true);
    expect(unlabelledAdjustment(draft('-50', 'Felbokförd stol'), true)).toBe(false);
    expect(unlabelledAdjustment(draft('', ''), true)).toBe(false);
    expect(unlabelledAdjustment(draft('50', ''), false)).toBe(false);
  });
});
