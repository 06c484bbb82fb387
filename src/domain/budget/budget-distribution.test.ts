import { describe, expect, it } from 'vitest';
import { formatKronor } from '../kernel/format';
import { oreFromTkr, sumOre, type Ore } from '../kernel/money';
import type { BudgetDecision } from './budget-decisions';
import {
  adjustmentsThrough,
  distributionIssues,
  undistributed,
  type DistributionRow,
} from './budget-distribution';

const KS: BudgetDecision = {
  year: 2025,
  decidedOn: '2025-02-12',
  decidedBy: 'executive-board',
  reference: 'KS 2025-02-12 § 34',
  kind: 'allocation',
  amount: oreFromTkr(47),
  reason: 'capital-costs',
  reasonText: null,
  phasing: 'from-decision-month',
  investmentLine: null,
};
const setting = {
  units: new Map([
    ['u1', 'Övergripande'],
    ['u2', 'Hemtjänst'],
  ]),
  publishedMonths: new Set<never>(),
};
const row = (orgUnitId: string, amount: Ore): DistributionRow => ({
  orgUnitId,
  accountGroup: 'premises_rent',
  amount,
});

describe('a kommunbidrag decision distributed to units', () => {
  it('leaves the rest "Ej fördelat" and accepts a distribution up to the decision', () => {
    const rows = [row('u1', oreFromTkr(40))];
    expect(undistributed(KS, rows)).toBe(oreFromTkr(7));
    expect(undistributed(KS, [])).toBe(oreFromTkr(47));
    expect(distributionIssues(KS, rows, setting)).toEqual([]);
    expect(distributionIssues(KS, [row('u1', oreFromTkr(47))], setting)).toEqual([]);
    // A reduction is distributed in its own sign.
    const cut = { ...KS, amount: oreFromTkr(-600) };
    expect(distributionIssues(cut, [row('u2', oreFromTkr(-600))], setting)).toEqual([]);
    expect(distributionIssues(cut, [row('u2', oreFromTkr(600))], setting)).toEqual([
      {
        field: 'amount',
        problem: 'beyond-decision',
        value: `600\u00a0000,00 kr, beslutet ${formatKronor(oreFromTkr(-600))} kr`,
      },
    ]);
  });

  it('refuses more than the decision, an unknown unit, a unit twice, zero and a closed month', () => {
    expect(
      distributionIssues(KS, [row('u1', oreFromTkr(30)), row('u2', oreFromTkr(18))], setting),
    ).toMatchObject([{ field: 'amount', problem: 'beyond-decision' }]);
    expect(distributionIssues(KS, [row('x', oreFromTkr(1))], setting)).toEqual([
      { field: 'orgUnitId', problem: 'not-in-board', value: 'x', accountGroup: 'premises_rent' },
    ]);
    expect(
      distributionIssues(KS, [row('u1', oreFromTkr(1)), row('u1', oreFromTkr(1))], setting),
    ).toEqual([
      {
        field: 'orgUnitId',
        problem: 'duplicate-unit',
        value: 'Övergripande',
        accountGroup: 'premises_rent',
      },
    ]);
    expect(distributionIssues(KS, [row('u1', oreFromTkr(0))], setting)).toEqual([
      { field: 'amount', problem: 'zero', accountGroup: 'premises_rent' },
    ]);
    // A published month from the decision's month on: its budget would change.
    const april = { ...setting, publishedMonths: new Set([1 as const, 4 as const]) };
    expect(distributionIssues(KS, [], april)).toEqual([
      { field: 'decision', problem: 'changes-published-month', value: 'april' },
    ]);
    // Over the whole year, January too; from May, none.
    expect(distributionIssues({ ...KS, phasing: 'whole-year' }, [], april)).toEqual([
      { field: 'decision', problem: 'changes-published-month', value: 'januari, april' },
    ]);
    expect(distributionIssues({ ...KS, decidedOn: '2025-05-14' }, [], april)).toEqual([]);
    expect(
      distributionIssues({ ...KS, kind: 'investment' }, [row('u1', oreFromTkr(1))], setting),
    ).toEqual([{ field: 'decision', problem: 'not-allocation', value: 'KS 2025-02-12 § 34' }]);
  });

  it('adds minus the share to the unit’s budget, phased as the decision, from its month on', () => {
    const distributions = [
      { decision: KS, rows: [row('u1', oreFromTkr(44)), row('u2', oreFromTkr(3))] },
      {
        decision: { ...KS, decidedOn: '2025-06-01', phasing: 'whole-year' as const },
        rows: [row('u1', oreFromTkr(12))],
      },
    ];
    expect(adjustmentsThrough(distributions, 1)).toEqual([]);
    const [u1, u2] = adjustmentsThrough(distributions, 2);
    // 44 tkr over February to December (11 months): 4 tkr a month, as cost (result sign).
    expect(u1?.months).toEqual([0, ...Array<number>(11).fill(oreFromTkr(-4))]);
    expect(sumOre(u2?.months ?? [])).toBe(oreFromTkr(-3));
    // June's decision over the whole year: 1 tkr more every month.
    const june = adjustmentsThrough(distributions, 6)[0];
    expect(june?.months).toEqual([oreFromTkr(-1), ...Array<number>(11).fill(oreFromTkr(-5))]);
  });
});
