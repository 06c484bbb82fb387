import { describe, expect, it } from 'vitest';
import type { BudgetDecision } from '../budget/budget-decisions';
import { oreFromTkr } from '../kernel/money';
import { toMonth } from '../kernel/period';
import { plain } from '#test/builders/plain-text';
import {
  budgetDecisionBlocks,
  budgetDecisionSummary,
  decisionSentence,
  revisedAllocationSentence,
} from './monthly-report-decisions';

const KS: BudgetDecision = {
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
const KF: BudgetDecision = {
  ...KS,
  decidedOn: '2025-03-27',
  decidedBy: 'council',
  reference: 'KF 2025-03-27 § 51',
  kind: 'investment',
  amount: oreFromTkr(500),
  reason: 'supplementary-budget',
  reasonText: null,
  investmentLine: { category: 'reinvestment', name: 'Inventarier' },
};
const APRIL = {
  originalAllocation: oreFromTkr(766_803),
  revisedAllocation: oreFromTkr(766_850),
  decisions: [KS, KF],
};

describe('the monthly report’s decisions', () => {
  it('name the original and the revised kommunbidrag (003: +47 tkr)', () => {
    expect(plain(revisedAllocationSentence(APRIL, 2025))).toBe(
      'Kommunbidraget för 2025 uppgår efter beslut under året till 766 850 tkr (budget 766 803 tkr, förändring +47 tkr).',
    );
    expect(
      plain(
        revisedAllocationSentence({ ...APRIL, revisedAllocation: APRIL.originalAllocation }, 2025),
      ),
    ).toBe('Kommunbidraget för 2025 uppgår till 766 803 tkr, oförändrat sedan budgeten.');
  });

  it('list each decision as a row and as a sentence for KS', () => {
    const blocks = budgetDecisionBlocks(APRIL, 2025, toMonth(4));
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'table']);
    const table = blocks[2];
    if (table?.type !== 'table') throw new Error('No table');
    expect(table.caption).toBe('Beslut om ändrad budget t.o.m. april 2025');
    expect(table.rows.map((row) => row.label)).toEqual([
      'KS 2025-02-12 § 34',
      'KF 2025-03-27 § 51',
    ]);
    expect(table.rows[1]?.cells).toEqual([
      { kind: 'text', text: '2025-03-27' },
      { kind: 'text', text: 'KF' },
      { kind: 'text', text: 'Investeringsbudget, Reinvestering: Inventarier' },
      { kind: 'text', text: 'Tilläggsbudget' },
      { kind: 'tkr', value: 500 },
    ]);
    expect(plain(decisionSentence(KS))).toBe(
      'KS 2025-02-12 § 34: kommunbidrag +47 tkr, kapitaltjänst och hyror för färdigställda investeringar.',
    );
    expect(budgetDecisionSummary(APRIL)).toHaveLength(3);
  });

  it('are left out without decisions to the month', () => {
    expect(budgetDecisionBlocks({ ...APRIL, decisions: [] }, 2025, toMonth(1))).toEqual([]);
    expect(budgetDecisionBlocks(null, 2025, toMonth(1))).toEqual([]);
    expect(budgetDecisionSummary(null)).toEqual([]);
  });
});
