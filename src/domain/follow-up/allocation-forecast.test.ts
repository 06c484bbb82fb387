import { describe, expect, it } from 'vitest';
import { plain } from '#test/builders/plain-text';
import { oreFromTkr, ZERO_ORE } from '../kernel/money';
import { toMonth } from '../kernel/period';
import {
  allocationForecastAt,
  allocationForecastIssues,
  expectedAllocationChangeSentence,
  expectedChangeNoteSv,
  forecastAllocation,
  statementAllocationNotesSv,
  type AllocationForecastEntry,
} from './allocation-forecast';
import { revisedAllocationMeasures } from './allocation';
import { phaseStraight } from '../budget/phasing';

const entry = (month: number, tkr: number, text = 'PO-påslag'): AllocationForecastEntry => ({
  reportMonth: toMonth(month),
  amount: oreFromTkr(tkr),
  text,
});

describe('the expected change to the kommunbidrag', () => {
  it('applies the latest entry made at or before the report month', () => {
    const entries = [entry(4, -1_600), entry(2, -2_200), entry(9, -1_000)];
    expect(allocationForecastAt(entries, toMonth(1))).toBeNull();
    expect(allocationForecastAt(entries, toMonth(2))?.amount).toBe(oreFromTkr(-2_200));
    expect(allocationForecastAt(entries, toMonth(3))?.amount).toBe(oreFromTkr(-2_200));
    expect(allocationForecastAt(entries, toMonth(4))?.amount).toBe(oreFromTkr(-1_600));
    expect(allocationForecastAt(entries, toMonth(8))?.amount).toBe(oreFromTkr(-1_600));
    expect(allocationForecastAt(entries, toMonth(12))?.amount).toBe(oreFromTkr(-1_000));
  });

  it('is withdrawn by a later zero', () => {
    const entries = [entry(4, -1_600), entry(6, 0, '')];
    expect(allocationForecastAt(entries, toMonth(5))?.amount).toBe(oreFromTkr(-1_600));
    expect(allocationForecastAt(entries, toMonth(6))).toBeNull();
  });

  it('is added to the revised kommunbidrag as the line’s forecast, not to its budget or actual', () => {
    const revised = oreFromTkr(766_850);
    const change = entry(4, -1_600);
    expect(forecastAllocation(revised, change)).toBe(oreFromTkr(765_250));
    expect(forecastAllocation(revised, null)).toBe(revised);
    const allocation = { revised, months: phaseStraight(revised) };
    const measures = revisedAllocationMeasures(allocation, allocation, toMonth(4), change);
    expect(measures).toEqual({
      ...revisedAllocationMeasures(allocation, allocation, toMonth(4)),
      forecast: oreFromTkr(765_250),
    });
    expect(measures.budget).toBe(revised);
  });

  it('needs its text unless it is zero', () => {
    expect(allocationForecastIssues({ amount: oreFromTkr(-1_600), text: '  ' })).toEqual([
      { field: 'expectedChangeText', problem: 'required' },
    ]);
    expect(allocationForecastIssues({ amount: oreFromTkr(-1_600), text: 'PO' })).toEqual([]);
    expect(allocationForecastIssues({ amount: ZERO_ORE, text: '' })).toEqual([]);
  });

  it('is said with its text in the report', () => {
    expect(
      plain(
        expectedAllocationChangeSentence(
          entry(4, -1_600, 'Nämnden har fått 1,6 mnkr för mycket i kommunbidrag'),
        ),
      ),
    ).toBe(
      'Förväntad ändring av kommunbidrag: -1,6 mnkr, nämnden har fått 1,6 mnkr för mycket i kommunbidrag.',
    );
    expect(plain(expectedAllocationChangeSentence(entry(4, 500, 'PO-påslag, löneöversyn.')))).toBe(
      'Förväntad ändring av kommunbidrag: +0,5 mnkr, PO-påslag, löneöversyn.',
    );
  });

  it('notes the kommunbidrag under the statement: budgeted beside revised, and the change', () => {
    const april = toMonth(4);
    const original = oreFromTkr(766_803);
    const change = { month: april, amount: oreFromTkr(-1_600), text: 'PO-påslag' };
    expect(
      plain(
        statementAllocationNotesSv({ original, revised: original, expectedChange: null }, april),
      ),
    ).toEqual([]);
    expect(
      plain(
        statementAllocationNotesSv(
          { original, revised: oreFromTkr(766_850), expectedChange: change },
          april,
        ),
      ),
    ).toEqual([
      'Kommunbidraget är ändrat genom beslut under året: 766 803 tkr i budget, 766 850 tkr efter besluten till och med april.',
      'Prognosen för kommunbidraget räknar med en förväntad ändring på -1 600 tkr (inlagd april): PO-påslag.',
    ]);
    expect(expectedChangeNoteSv(null)).toBe(
      'Prognosen för kommunbidraget räknar inte med någon förväntad ändring utöver besluten.',
    );
  });
});
