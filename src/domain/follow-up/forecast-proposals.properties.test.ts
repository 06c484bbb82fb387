import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr, roundToTkr, sumOre, type Ore } from '../kernel/money';
import { toMonth } from '../kernel/period';
import { roundedQuotient } from '../kernel/ratio';
import {
  BASE_FORECAST_METHODS,
  forecastProposals,
  type ForecastProposalInput,
} from './forecast-proposals';
import { amountOf, exactOf, proposal } from './forecast-proposals.test-helpers';

const ZERO = ore(0);

// Properties of the forecast proposals over any input.

const amount = fc.integer({ min: -(10 ** 11), max: 10 ** 11 }).map((value) => ore(value));
const twelve = fc.array(amount, { minLength: 12, maxLength: 12 });
const month = fc.integer({ min: 1, max: 12 }).map((value) => toMonth(value));
const inputs = fc
  .record({ reportMonth: month, budgetMonths: twelve, actual: twelve, lastYear: twelve })
  .map(({ reportMonth, budgetMonths, actual, lastYear }): ForecastProposalInput => ({
    reportMonth,
    budgetMonths,
    actualMonths: actual.slice(0, reportMonth),
    lastYearMonths: lastYear,
  }));

const wholeTkr = (value: Ore): Ore => oreFromTkr(roundToTkr(value));

describe('properties', () => {
  it('at month 12 every method but the budget is the year’s actual', () => {
    fc.assert(
      fc.property(twelve, twelve, twelve, (budgetMonths, actualMonths, lastYearMonths) => {
        const yearActual = sumOre(actualMonths);
        const proposals = forecastProposals({
          reportMonth: 12,
          budgetMonths,
          actualMonths,
          lastYearMonths,
        });
        for (const candidate of proposals) {
          if (candidate.method === 'budget') continue;
          if (candidate.method === 'last-year-pattern' && sumOre(lastYearMonths) === 0) {
            expect(candidate.amount).toBeNull();
            continue;
          }
          expect(candidate.exactAmount).toBe(yearActual);
          expect(candidate.amount).toBe(wholeTkr(yearActual));
        }
      }),
    );
  });

  it('actual + remaining budget is the budget when the actual follows the phased budget', () => {
    fc.assert(
      fc.property(twelve, month, (budgetMonths, reportMonth) => {
        const input = {
          reportMonth,
          budgetMonths,
          actualMonths: budgetMonths.slice(0, reportMonth),
          lastYearMonths: null,
        };
        expect(exactOf(input, 'actual-plus-remaining-budget')).toBe(sumOre(budgetMonths));
        expect(amountOf(input, 'actual-plus-remaining-budget')).toBe(amountOf(input, 'budget'));
      }),
    );
  });

  it('last year’s pattern gives last year’s total when this year repeats last year', () => {
    fc.assert(
      fc.property(twelve, month, (lastYearMonths, reportMonth) => {
        const lastYearToDate = sumOre(lastYearMonths.slice(0, reportMonth));
        const total = sumOre(lastYearMonths);
        fc.pre(lastYearToDate !== 0 && total !== 0 && lastYearToDate > 0 === total > 0);
        const input = {
          reportMonth,
          budgetMonths: Array<Ore>(12).fill(ZERO),
          actualMonths: lastYearMonths.slice(0, reportMonth),
          lastYearMonths,
        };
        expect(exactOf(input, 'last-year-pattern')).toBe(total);
      }),
    );
  });

  it('gives whole öre and whole tkr, within half a tkr of each other, never a float', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const proposals = forecastProposals(input);
        expect(proposals.map((candidate) => candidate.method)).toEqual([...BASE_FORECAST_METHODS]);
        for (const candidate of proposals) {
          if (candidate.amount === null) continue;
          expect(Number.isSafeInteger(candidate.exactAmount)).toBe(true);
          expect(Number.isSafeInteger(candidate.amount)).toBe(true);
          expect(Math.abs(candidate.amount) % 100_000).toBe(0);
          expect(Math.abs(candidate.amount - candidate.exactAmount)).toBeLessThanOrEqual(50_000);
        }
      }),
    );
  });

  it('rounds the run rate as an exact reference does (half away from zero)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const ytd = BigInt(sumOre(input.actualMonths.slice(0, input.reportMonth)));
        const reference = (unit: bigint): bigint => {
          const twice = (2n * ytd * 12n) / (BigInt(input.reportMonth) * unit); // truncated
          const half = twice + (twice < 0n ? -1n : 1n);
          return half / 2n; // away from zero on .5, else the nearest
        };
        const candidate = proposal(input, 'run-rate');
        expect(BigInt(candidate.exactAmount ?? Number.NaN)).toBe(reference(1n));
        expect(BigInt(candidate.amount ?? Number.NaN)).toBe(reference(100_000n) * 100_000n);
      }),
    );
  });

  it('proposes last year’s pattern exactly when last year has a positive share that fits', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const lastYear = input.lastYearMonths ?? [];
        const toDate = sumOre(lastYear.slice(0, input.reportMonth));
        const total = sumOre(lastYear);
        const hasShare = toDate !== 0 && total !== 0 && toDate > 0 === total > 0;
        const ytd = BigInt(sumOre(input.actualMonths.slice(0, input.reportMonth)));
        const max = BigInt(Number.MAX_SAFE_INTEGER);
        const numerator = ytd * BigInt(total);
        const inRange = (value: bigint): boolean => value <= max && value >= -max;
        const fits =
          hasShare &&
          inRange(roundedQuotient(numerator, BigInt(toDate))) &&
          inRange(roundedQuotient(numerator, BigInt(toDate) * 100_000n) * 100_000n);
        expect(amountOf(input, 'last-year-pattern') !== null).toBe(fits);
      }),
    );
  });
});
