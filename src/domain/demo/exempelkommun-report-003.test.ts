import { describe, expect, it } from 'vitest';
import {
  forecastTotalSentence,
  investmentSummarySentence,
  resultSummarySentences,
  unitForecastLine,
  unitVarianceSentence,
} from '../follow-up/result-summary-prose';
import { plain } from '#test/builders/plain-text';
import { investmentLineBudgetAt } from '../budget/budget-decisions';
import { oreFromTkr, roundToTenthsOfMnkr, subtractOre, sumOre } from '../kernel/money';
import { toMonth } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import { EXEMPELKOMMUN_UNIT_CODES } from './exempelkommun-organisation';
import {
  EXEMPELKOMMUN_COMMENTS_APRIL_2025,
  EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025,
} from './exempelkommun-texts';

import {
  SEED_003,
  demo,
  MARCH,
  APRIL,
  mnkr,
  unitName,
  unitCodeOf,
  actualsThrough,
  sumFor,
  varianceAt,
  annualBudget,
  forecastAt,
  boardStatement,
  budgetResultAt,
  UNIT_LINES_003,
  unitLines,
} from './exempelkommun-dataset.test-helpers';

describe('Exempelkommun’s April 2025 report reproduces 003', () => {
  it('section 1: +13,7 mnkr accumulated result, 10,5 mnkr from the phased budget', () => {
    const result = boardStatement(4);
    const budget = budgetResultAt(APRIL);
    // Årets resultat to date: actual January-April + 4/12 of the allocation.
    expect(subtractOre(result.actual, budget)).toBe(varianceAt(APRIL));
    expect(plain(resultSummarySentences({ actual: result.actual, budget }))).toEqual([
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
      'Utfallet avviker mot budget med 10,5 mnkr.',
    ]);
    expect(roundToTenthsOfMnkr(result.actual)).toBe(SEED_003.board_result_ytd_mnkr * 10);
    expect(roundToTenthsOfMnkr(varianceAt(APRIL))).toBe(SEED_003.board_variance_ytd_mnkr * 10);
    // The 3,2 mnkr between them: the budget is phased by calendar days (120 of 365 days to
    // April), the allocation straight (4/12).
    expect(roundToTenthsOfMnkr(budget)).toBe(32);
  });

  it('section 2: every unit line of 003 with March in parentheses', () => {
    const lines = unitLines(APRIL);
    // 003 writes Öppenvård och stödboende's "+1 mnkr" without the decimal it gives every
    // other line; the prose always writes one decimal.
    expect(lines).toEqual(
      UNIT_LINES_003.map((line) =>
        line === 'Öppenvård och stödboende +1 mnkr' ? 'Öppenvård och stödboende +1,0 mnkr' : line,
      ),
    );
    // The same figures as the seed's table.
    for (const unit of SEED_003.units) {
      const code = unitCodeOf(unit.unit);
      if (unit.variance_ytd_mnkr !== null) {
        expect(roundToTenthsOfMnkr(varianceAt(APRIL, code)), unit.unit).toBe(
          Math.round(unit.variance_ytd_mnkr * 10),
        );
      }
      if (unit.variance_march_mnkr !== null) {
        expect(roundToTenthsOfMnkr(varianceAt(MARCH, code)), unit.unit).toBe(
          Math.round(unit.variance_march_mnkr * 10),
        );
      }
    }
  });

  it('rounds each line as 003 does: the lines sum to +10,6, the board is 10,5', () => {
    const rounded = EXEMPELKOMMUN_UNIT_CODES.map((code) =>
      roundToTenthsOfMnkr(varianceAt(APRIL, code)),
    );
    expect(rounded.reduce((sum, tenths) => sum + tenths, 0)).toBe(106);
    expect(sumOre(EXEMPELKOMMUN_UNIT_CODES.map((code) => varianceAt(APRIL, code)))).toBe(
      varianceAt(APRIL),
    );
    expect(roundToTenthsOfMnkr(varianceAt(APRIL))).toBe(105);
  });

  it('section 2’s comments: the first sentence is the proposed one, and the groups are as the comments say', () => {
    const vuxen = unitCodeOf('Utredningsenhet vuxen');
    const sentence = plain(unitVarianceSentence(unitName(vuxen), varianceAt(APRIL, vuxen)));
    expect(EXEMPELKOMMUN_COMMENTS_APRIL_2025[vuxen]?.variance.startsWith(sentence)).toBe(true);
    const tenths = (name: string, group: AccountGroup): number =>
      roundToTenthsOfMnkr(varianceAt(APRIL, unitCodeOf(name), group));
    // "Köpen avviker med +1 mnkr. Personalkostnader avviker negativt med -0,2 mnkr"
    expect(tenths('Utredningsenheter barn', 'purchased_services')).toBe(10);
    expect(tenths('Utredningsenheter barn', 'personnel_costs')).toBe(-2);
    // "positiv avvikelse på 2,3 mnkr. Personalkostnader avviker med 1 mnkr"
    expect(tenths('Rekryteringsenheten', 'purchased_services')).toBe(23);
    expect(tenths('Rekryteringsenheten', 'personnel_costs')).toBe(10);
    // "avviker mot budget med –2,5 mnkr"
    expect(tenths('Familjehemsenheterna stöd och myndighet', 'purchased_services')).toBe(-25);
    // Tillståndsenheten's fees are invoiced after the summer: no revenue yet.
    const tillstand = unitCodeOf('Tillståndsenheten');
    expect(sumFor(actualsThrough(APRIL), tillstand, 'operating_revenue')).toBe(0);
  });

  it('stores the comments of the units 003 comments on, the action where 003 has one', () => {
    const variance = demo.comments.filter((comment) => comment.kind === 'variance');
    const action = demo.comments.filter((comment) => comment.kind === 'action');
    const listed = SEED_003.units
      .filter((unit) => unit.variance_ytd_mnkr !== null)
      .map((unit) => unitCodeOf(unit.unit));
    expect(variance.map((comment) => comment.unitCode).sort()).toEqual([...listed].sort());
    expect(action.map((comment) => unitName(comment.unitCode))).toEqual([
      'Utredningsenhet vuxen',
      'Utredningsenheter barn',
      'Rekryteringsenheten',
      'Utredningsenhet ungdom',
      'Familjehemsenheterna stöd och myndighet',
      'Enheten för våld i nära relation',
      'Förebyggande insatser och aktiviteter',
    ]);
    for (const comment of demo.comments) {
      expect(comment).toMatchObject({ year: 2025, reportMonth: 4 });
      expect(comment.body).not.toMatch(/ {2}|\n{3}|^\s|\s$/u);
    }
    // The controller's texts of the April report, by section.
    expect(demo.reportTexts.map((text) => [text.section, text.reportMonth])).toEqual([
      ['result', 4],
      ['forecast', 4],
      ['investments', 4],
      ['summary', 4],
    ]);
    for (const text of demo.reportTexts) expect(text.body).not.toMatch(/ {2}|\n{3}|^\s|\s$/u);
    expect(demo.reportTexts[0]?.body).toMatch(/^Den positiva avvikelsen beror på effekter/u);
    expect(demo.reportTexts[1]?.body).toContain('2,2 - 0,6 = 1,6 mnkr för mycket');
  });

  it('section 3: the unit forecasts and the total, +22,0 mnkr (003: +22 mnkr)', () => {
    const forecast = forecastAt(4);
    /** 003 section 3 names some units more briefly than section 2. */
    const shortNames: Readonly<Record<string, string>> = {
      'Utredningsenhet vuxen': 'Utredning vuxen',
      'Utredningsenheter barn': 'Utredning barn',
      'Utredningsenhet ungdom': 'Utredning ungdom',
      'Familjehemsenheterna stöd och myndighet': 'Familjeenheterna',
      'Enheten för våld i nära relation': 'Våld i nära relation',
    };
    const lines = SEED_003.units.flatMap((unit) => {
      const code = unitCodeOf(unit.unit);
      const variance = subtractOre(sumFor(forecast, code), sumFor(annualBudget, code));
      if (unit.forecast_mnkr === null) {
        expect(variance, unit.unit).toBe(0);
        return [];
      }
      // Övergripande's PO difference (1,6 mnkr) is the kommunbidrag's expected change, not a cost.
      const moved = unit.unit === 'Övergripande' ? mnkr(1.6) : 0;
      expect(variance, unit.unit).toBe(mnkr(unit.forecast_mnkr) + moved);
      expect(EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025[code], unit.unit).toBeDefined();
      // Stored as the unit's April comment on its forecast.
      expect(
        demo.comments.filter((comment) => comment.unitCode === code && comment.kind === 'forecast'),
        unit.unit,
      ).toEqual([
        {
          unitCode: code,
          year: 2025,
          reportMonth: 4,
          kind: 'forecast',
          body: EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025[code],
        },
      ]);
      return [plain(unitForecastLine(shortNames[unit.unit] ?? unit.unit, variance))];
    });
    expect(lines).toEqual([
      'Utredning vuxen -0,3 mnkr',
      'Utredning barn -0,2 mnkr',
      'Rekryteringsenheten +5,0 mnkr',
      'Utredning ungdom +7,4 mnkr',
      'Familjeenheterna -6,1 mnkr',
      'Våld i nära relation +5,0 mnkr',
      'Boendeenheten +1,7 mnkr',
      'Öppenvård och stödboende +1,2 mnkr',
      'Flyktingboende -0,6 mnkr',
      'Familjerättsenheten -0,4 mnkr',
      'Utveckling och stöd -3,7 mnkr',
      // 003 prints +13: the demo moves the PO difference to the kommunbidrag's forecast.
      'Övergripande +14,6 mnkr',
    ]);
    expect(demo.comments.filter((comment) => comment.kind === 'forecast')).toHaveLength(
      lines.length,
    );
    // The forecast result for the year: forecast nettokostnader + the allocation + its
    // expected change (-1,6 mnkr, entered in April).
    expect(demo.allocationForecasts.map((entry) => [entry.reportMonth, entry.amount])).toEqual([
      [4, mnkr(-1.6)],
    ]);
    const result = boardStatement(4);
    expect(result.budget).toBe(0);
    expect(result.forecast).toBe(mnkr(SEED_003.board_forecast_mnkr));
    expect(plain(forecastTotalSentence(result.forecast))).toBe(
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
    );
  });

  it('has the March report’s figures before it (the demo’s own: +17,5 mnkr forecast)', () => {
    expect(plain(forecastTotalSentence(boardStatement(3).forecast))).toBe(
      'Total prognos för nämnden uppgår till +17,5 mnkr.',
    );
    expect(unitLines(MARCH)).toContain('Övergripande +1,7 mnkr (februari +1,1 mnkr)');
    expect(unitLines(MARCH).some((line) => line.startsWith('Öppenvård och stödboende'))).toBe(
      false,
    );
  });

  it('section 4: the investment budget after the adjustment and the furniture bought', () => {
    // The lines as adopted (1,2 mnkr) with KF's March decision (+0,5 mnkr) at April.
    const budget = sumOre(
      demo.budget.investments.map((line) =>
        investmentLineBudgetAt({ ...line, budget: line.amount }, demo.decisions, toMonth(4)),
      ),
    );
    expect(sumOre(demo.budget.investments.map((line) => line.amount))).toBe(oreFromTkr(1_200));
    // The ledger's purchases on the furniture project to April, the only linked line.
    const actual = sumOre(
      demo.assetTransactions
        .filter((purchase) => purchase.date <= '2025-04-30')
        .map((purchase) => purchase.amount),
    );
    expect(demo.investmentLinks.flatMap((link) => link.projectCodes)).toEqual([
      ...new Set(demo.assetTransactions.map((purchase) => purchase.projectCode)),
    ]);
    expect(
      plain(
        investmentSummarySentence({
          budget,
          actualYearToDate: actual,
          adjusted: demo.decisions.some((decision) => decision.kind === 'investment'),
          actualRemark: 'avser möbler',
        }),
      ),
    ).toBe(
      'Investeringsbudget för året uppgår efter justering till 1,7 mnkr, utfall för ackumulerad period uppgår till 0,2 mnkr och avser möbler.',
    );
  });

  it('covers every account group it budgets with a forecast at both report months', () => {
    for (const month of [3, 4] as const) {
      const forecast = forecastAt(month);
      for (const line of demo.budget.lines) {
        expect(
          forecast.some(
            (row) => row.orgUnitId === line.unitCode && row.accountGroup === line.accountGroup,
          ),
        ).toBe(true);
      }
      for (const row of forecast) expect(Math.abs(row.amount) % 100_000).toBe(0);
    }
  });
});
