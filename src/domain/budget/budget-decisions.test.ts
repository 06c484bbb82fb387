import { describe, expect, it } from 'vitest';
import { allocate } from '../kernel/allocate';
import { oreFromTkr, sumOre, ZERO_ORE } from '../kernel/money';
import { toMonth } from '../kernel/period';
import { phaseStraight, yearToDate } from './phasing';
import {
  allocationAtMonth,
  decisionIssues,
  decisionMonths,
  investmentLineBudgetAt,
  lineMadeNegativeByRemoving,
  type BudgetDecision,
  type DecisionSetting,
} from './budget-decisions';

/** 003: KS in February, +47 tkr for kapitaltjänst and rents of finished investments. */
const KS_FEBRUARY: BudgetDecision = {
  year: 2025,
  decidedOn: '2025-02-12',
  decidedBy: 'executive-board',
  reference: 'KS 2025-02-12 § 34',
  kind: 'allocation',
  amount: oreFromTkr(47),
  reason: 'capital-costs',
  reasonText: 'Kapitaltjänst och hyror för färdigställda investeringar',
  phasing: 'whole-year',
  investmentLine: null,
};

/** 003: KF at the end of March, +0,5 mnkr on the investment budget (1,2 -> 1,7 mnkr). */
const KF_MARCH: BudgetDecision = {
  year: 2025,
  decidedOn: '2025-03-27',
  decidedBy: 'council',
  reference: 'KF 2025-03-27 § 51',
  kind: 'investment',
  amount: oreFromTkr(500),
  reason: 'supplementary-budget',
  reasonText: null,
  phasing: 'whole-year',
  investmentLine: { category: 'reinvestment', name: 'Inventarier' },
};

const ORIGINAL = oreFromTkr(766_803);
const INVENTARIER = {
  category: 'reinvestment' as const,
  name: 'Inventarier',
  budget: oreFromTkr(400),
};
const LINES = [
  INVENTARIER,
  { category: 'reinvestment' as const, name: 'IT-utrustning', budget: oreFromTkr(300) },
  { category: 'adaptation' as const, name: 'Lokalanpassning', budget: oreFromTkr(500) },
];
const setting = (over: Partial<DecisionSetting> = {}): DecisionSetting => ({
  publishedMonths: new Set(),
  investmentLines: LINES,
  decisions: [],
  ...over,
});

describe('the revised kommunbidrag at a report month', () => {
  it('is the original in January and the original + 47 tkr from February (003)', () => {
    expect(allocationAtMonth(ORIGINAL, [KS_FEBRUARY], toMonth(1)).revised).toBe(ORIGINAL);
    const april = allocationAtMonth(ORIGINAL, [KS_FEBRUARY], toMonth(4));
    expect(april.original).toBe(ORIGINAL);
    expect(april.revised).toBe(oreFromTkr(766_850));
    expect(april.decisions).toEqual([KS_FEBRUARY]);
  });

  it('counts a decision dated on the last day of the month in that month', () => {
    const lastDay = { ...KS_FEBRUARY, decidedOn: '2025-02-28' };
    expect(allocationAtMonth(ORIGINAL, [lastDay], toMonth(2)).revised).toBe(oreFromTkr(766_850));
  });

  it('leaves out investment decisions', () => {
    expect(allocationAtMonth(ORIGINAL, [KF_MARCH], toMonth(12)).revised).toBe(ORIGINAL);
  });

  it('has the months of the original phased straight when there are no decisions', () => {
    expect(allocationAtMonth(ORIGINAL, [], toMonth(4)).months).toEqual(phaseStraight(ORIGINAL));
  });

  it('adds each decision as it is phased, so the months sum to the revised amount', () => {
    const april = allocationAtMonth(ORIGINAL, [KS_FEBRUARY], toMonth(4));
    expect(sumOre(april.months)).toBe(april.revised);
    expect(yearToDate(april.months, toMonth(4))).toBe(
      yearToDate(phaseStraight(ORIGINAL), toMonth(4)) +
        yearToDate(decisionMonths(KS_FEBRUARY), toMonth(4)),
    );
  });
});

describe("a decision's months", () => {
  it('over the whole year are twelve parts by allocate(), summing exactly', () => {
    const months = decisionMonths(KS_FEBRUARY);
    expect(months).toEqual(allocate(oreFromTkr(47), Array<number>(12).fill(1)));
    expect(sumOre(months)).toBe(oreFromTkr(47));
  });

  it("from the decision's month are nothing before it and the amount over the rest", () => {
    const months = decisionMonths({ ...KS_FEBRUARY, phasing: 'from-decision-month' });
    expect(months[0]).toBe(ZERO_ORE);
    expect(months.slice(1)).toEqual(allocate(oreFromTkr(47), Array<number>(11).fill(1)));
    expect(sumOre(months)).toBe(oreFromTkr(47));
  });

  it('keeps the sign of a reduction', () => {
    const cut = { ...KS_FEBRUARY, amount: oreFromTkr(-1_600), decidedOn: '2025-11-10' };
    const months = decisionMonths({ ...cut, phasing: 'from-decision-month' });
    expect(months.slice(0, 10).every((amount) => amount === 0)).toBe(true);
    expect(months[10]).toBe(oreFromTkr(-800));
    expect(months[11]).toBe(oreFromTkr(-800));
  });
});

describe("an investment line's budget after adjustment", () => {
  it('is 1,7 mnkr in all from March after KF:s +0,5 mnkr (003)', () => {
    const total = (month: number) =>
      sumOre(LINES.map((line) => investmentLineBudgetAt(line, [KF_MARCH], toMonth(month))));
    expect(total(2)).toBe(oreFromTkr(1_200));
    expect(total(3)).toBe(oreFromTkr(1_700));
    expect(investmentLineBudgetAt(INVENTARIER, [KF_MARCH], toMonth(4))).toBe(oreFromTkr(900));
  });

  it('reads the line name as the budget does (case and spaces aside)', () => {
    const typed = {
      ...KF_MARCH,
      investmentLine: { category: 'reinvestment' as const, name: ' inventarier ' },
    };
    expect(investmentLineBudgetAt(INVENTARIER, [typed], toMonth(12))).toBe(oreFromTkr(900));
  });
});

describe('a decision is refused', () => {
  it('without a reference or a date', () => {
    expect(decisionIssues({ ...KS_FEBRUARY, reference: ' ', decidedOn: '' }, setting())).toEqual([
      { field: 'reference', problem: 'required' },
      { field: 'decidedOn', problem: 'required' },
    ]);
  });

  it('dated outside the budget year, or on no real day', () => {
    expect(decisionIssues({ ...KS_FEBRUARY, decidedOn: '2024-12-31' }, setting())).toEqual([
      { field: 'decidedOn', problem: 'outside-budget-year', value: '2024-12-31, budgetår 2025' },
    ]);
    expect(decisionIssues({ ...KS_FEBRUARY, decidedOn: '2025-02-30' }, setting())).toEqual([
      { field: 'decidedOn', problem: 'not-a-date', value: '2025-02-30' },
    ]);
  });

  it('in a month whose monthly report is published', () => {
    const closed = setting({ publishedMonths: new Set([toMonth(2)]) });
    expect(decisionIssues(KS_FEBRUARY, closed)).toEqual([
      { field: 'decidedOn', problem: 'month-published', value: '2025-02-12' },
    ]);
  });

  it('with a zero amount, or reason "other" without its text', () => {
    expect(
      decisionIssues(
        { ...KS_FEBRUARY, amount: ZERO_ORE, reason: 'other', reasonText: '' },
        setting(),
      ),
    ).toEqual([
      { field: 'amount', problem: 'zero' },
      { field: 'reasonText', problem: 'required' },
    ]);
  });

  it('on an investment line that is not in the budget, or with none', () => {
    const unknown = { ...KF_MARCH, investmentLine: { category: 'image' as const, name: 'Konst' } };
    expect(decisionIssues(unknown, setting())).toEqual([
      { field: 'investmentLine', problem: 'not-in-budget', value: 'Imageinvestering: Konst' },
    ]);
    expect(decisionIssues({ ...KF_MARCH, investmentLine: null }, setting())).toEqual([
      { field: 'investmentLine', problem: 'required' },
    ]);
  });

  it('when it makes an investment line negative at any month', () => {
    const cut = { ...KF_MARCH, amount: oreFromTkr(-401) };
    expect(decisionIssues(cut, setting())).toEqual([
      { field: 'investmentLine', problem: 'line-negative', value: 'Reinvestering: Inventarier' },
    ]);
    // After KF:s +500 in March, a cut of 401 in April leaves 499.
    const april = { ...cut, decidedOn: '2025-04-10' };
    expect(decisionIssues(april, setting({ decisions: [KF_MARCH] }))).toEqual([]);
    // The same cut in February, before the increase, would leave the line at -1 tkr then.
    const february = { ...cut, decidedOn: '2025-02-10' };
    expect(decisionIssues(february, setting({ decisions: [KF_MARCH] }))).toHaveLength(1);
  });

  it('and an increase cannot be removed when a later cut relies on it', () => {
    const april = { ...KF_MARCH, amount: oreFromTkr(-700), decidedOn: '2025-04-10' };
    const all = setting({ decisions: [KF_MARCH, april] });
    expect(lineMadeNegativeByRemoving(KF_MARCH, all)).toMatchObject({ name: 'Inventarier' });
    expect(lineMadeNegativeByRemoving(april, all)).toBeNull();
    expect(lineMadeNegativeByRemoving(KS_FEBRUARY, all)).toBeNull();
  });
});

it('accepts 003:s two decisions', () => {
  expect(decisionIssues(KS_FEBRUARY, setting())).toEqual([]);
  expect(decisionIssues(KF_MARCH, setting({ decisions: [KS_FEBRUARY] }))).toEqual([]);
});
