import { describe, expect, it } from 'vitest';
import seedTables from '../../../test/fixtures/seeds/seed-tables.json';
import { yearToDate } from '../budget/phasing';
import { allocationMeasures } from '../follow-up/allocation';
import { boardOperatingStatement } from '../follow-up/operating-statement';
import {
  forecastTotalSentence,
  investmentSummarySentence,
  resultSummarySentences,
  unitForecastLine,
  unitVarianceLine,
  unitVarianceSentence,
} from '../follow-up/result-summary-prose';
import { groupMeasuresFor, measuresByUnit, type UnitGroupAmount } from '../follow-up/unit-measures';
import { plain } from '../../../test/builders/plain-text';
import {
  addOre,
  negateOre,
  ore,
  roundToTenthsOfMnkr,
  subtractOre,
  sumOre,
  ZERO_ORE,
  type Ore,
} from '../kernel/money';
import { periodOfDate, periodMonth, periodYear, toMonth, type Month } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import { findAccountGroup } from '../ledger/account-mapping';
import { DEMO_MUNICIPALITY } from './demo-organisation';
import { DEMO_USERS, EXEMPELKOMMUN_DEMO_USERS } from './demo-users';
import {
  budgetLineMonths,
  EXEMPELKOMMUN_YEAR,
  generateExempelkommunDataset,
} from './exempelkommun-dataset';
import { EXEMPELKOMMUN_ALLOCATION_2025 } from './exempelkommun-figures';
import { EXEMPELKOMMUN_UNIT_CODES } from './exempelkommun-organisation';
import {
  EXEMPELKOMMUN_COMMENTS_APRIL_2025,
  EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025,
} from './exempelkommun-texts';

const SEED_003 = seedTables['003_monthly_report_april_2025'];
const demo = generateExempelkommunDataset();
const MARCH = toMonth(3);
const APRIL = toMonth(4);

/** mnkr with one decimal as in the seed (13.7) to öre, exactly: tenths x 10 000 000. */
const mnkr = (value: number): Ore => ore(Math.round(value * 10) * 10_000_000);

const unitName = (code: string): string => {
  const unit = demo.orgUnits.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit ${code}`);
  return unit.name;
};
const unitCodeOf = (name: string): string => {
  const unit = demo.orgUnits.find((candidate) => candidate.name === name);
  if (!unit) throw new Error(`No unit named ${name}`);
  return unit.code;
};

/** The ledger's actual January up to the month, per unit and group (codes as ids). */
function actualsThrough(month: Month): UnitGroupAmount[] {
  const sums = new Map<string, Ore>();
  for (const transaction of demo.transactions) {
    if (periodMonth(periodOfDate(transaction.date)) > month) continue;
    const group = findAccountGroup(transaction.account, demo.accountRanges);
    if (!group) throw new Error(`Account ${transaction.account} maps to no group`);
    const key = `${transaction.unitCode}/${group}`;
    sums.set(key, addOre(sums.get(key) ?? ZERO_ORE, transaction.amount));
  }
  return [...sums].map(([key, amount]) => {
    const [orgUnitId = '', accountGroup = ''] = key.split('/');
    return { orgUnitId, accountGroup: accountGroup as AccountGroup, amount };
  });
}

/** The phased budget January up to the month, per unit and group. */
function phasedBudgetThrough(month: Month): UnitGroupAmount[] {
  return demo.budget.lines.map((line) => ({
    orgUnitId: line.unitCode,
    accountGroup: line.accountGroup,
    amount: yearToDate(budgetLineMonths(line), month),
  }));
}

const sumFor = (rows: readonly UnitGroupAmount[], unitCode?: string, group?: AccountGroup): Ore =>
  sumOre(
    rows
      .filter((row) => unitCode === undefined || row.orgUnitId === unitCode)
      .filter((row) => group === undefined || row.accountGroup === group)
      .map((row) => row.amount),
  );

/** A unit's (or the board's) year-to-date variance: actual − phased budget. */
const varianceAt = (month: Month, unitCode?: string, group?: AccountGroup): Ore =>
  subtractOre(
    sumFor(actualsThrough(month), unitCode, group),
    sumFor(phasedBudgetThrough(month), unitCode, group),
  );

const annualBudget: UnitGroupAmount[] = demo.budget.lines.map((line) => ({
  orgUnitId: line.unitCode,
  accountGroup: line.accountGroup,
  amount: line.amount,
}));

function forecastAt(month: 3 | 4): UnitGroupAmount[] {
  const forecast = demo.forecasts.find((candidate) => candidate.reportMonth === month);
  if (!forecast) throw new Error(`No forecast at ${String(month)}`);
  return forecast.lines.map((line) => ({
    orgUnitId: line.unitCode,
    accountGroup: line.accountGroup,
    amount: line.amount,
  }));
}

/** The board's operating statement at a month, computed by the domain from the dataset. */
function boardStatement(month: 3 | 4) {
  const byUnit = measuresByUnit({
    budget: annualBudget,
    forecast: forecastAt(month),
    actual: actualsThrough(month),
    actualPreviousYear: [],
  });
  const lines = boardOperatingStatement(
    groupMeasuresFor(byUnit, EXEMPELKOMMUN_UNIT_CODES),
    allocationMeasures(EXEMPELKOMMUN_ALLOCATION_2025, ZERO_ORE, month),
    'absent',
  );
  const result = lines.find((line) => line.key === 'result');
  if (!result) throw new Error('No result line');
  return result.figures;
}

/** The board's phased budget result to date: phased budget + the allocation's twelfths. */
const budgetResultAt = (month: Month): Ore =>
  addOre(
    sumFor(phasedBudgetThrough(month)),
    allocationMeasures(EXEMPELKOMMUN_ALLOCATION_2025, ZERO_ORE, month).actual,
  );

/** 003 section 2's unit headings as the document prints them. */
const UNIT_LINES_003 = [
  'Utredningsenhet vuxen -0,2 mnkr (mars -0,3 mnkr)',
  'Utredningsenheter barn +0,6 mnkr (mars +1,0 mnkr)',
  'Rekryteringsenheten +3,4 mnkr (mars +2,5 mnkr)',
  'Utredningsenhet ungdom +4,0 mnkr (mars +2,3 mnkr)',
  'Familjehemsenheterna stöd och myndighet -3,7 mnkr (mars -2,9 mnkr)',
  'Enheten för våld i nära relation +2,7 mnkr (mars +1,9 mnkr)',
  'Tillståndsenheten -0,3 mnkr (mars -0,3 mnkr)',
  'Boendeenheten +0,8 mnkr (mars +0,3 mnkr)',
  'Förebyggande insatser och aktiviteter +0,2 mnkr (mars -0,2 mnkr)',
  'Öppenvård och stödboende +1 mnkr',
  'Flyktingboende -0,4 mnkr (mars -0,2 mnkr)',
  'Utveckling och stöd -0,8 mnkr (mars -0,8 mnkr)',
  'Övergripande +3,3 mnkr (mars +1,7 mnkr)',
];

/**
 * The report's unit lines from the figures: a unit is listed when its variance to date does
 * not round to 0,0 mnkr, with the previous month's in parentheses when that one did not
 * (a unit at 0,0 had no line in the previous report).
 */
function unitLines(month: Month): string[] {
  const previous = toMonth(month - 1);
  return EXEMPELKOMMUN_UNIT_CODES.flatMap((code) => {
    const variance = varianceAt(month, code);
    if (roundToTenthsOfMnkr(variance) === 0) return [];
    const before = varianceAt(previous, code);
    return [
      plain(
        unitVarianceLine(
          {
            unitName: unitName(code),
            variance,
            previousVariance: roundToTenthsOfMnkr(before) === 0 ? null : before,
          },
          month,
        ),
      ),
    ];
  });
}

describe('Exempelkommun, the second demo municipality (003’s socialnämnd)', () => {
  it('is the same on every run', () => {
    expect(generateExempelkommunDataset()).toEqual(demo);
  });

  it('sorts after Alingsås (demo) by code and by name, and has users of its own', () => {
    const codes: readonly string[] = [demo.municipality.code, DEMO_MUNICIPALITY.code];
    expect([...codes].sort()).toEqual([DEMO_MUNICIPALITY.code, demo.municipality.code]);
    expect(demo.municipality.name.localeCompare(DEMO_MUNICIPALITY.name, 'sv-SE')).toBe(1);
    expect(demo.municipality.code).toMatch(/^[0-9]{4}$/u);
    const names = new Set(DEMO_USERS.map((user) => user.username));
    for (const user of EXEMPELKOMMUN_DEMO_USERS) expect(names.has(user.username)).toBe(false);
  });

  it('has 003’s units by 003’s names, every unit under a department', () => {
    const units = demo.orgUnits.filter((unit) => unit.kind === 'unit');
    expect(units.map((unit) => unit.name).sort()).toEqual(
      SEED_003.units.map((unit) => unit.unit).sort(),
    );
    expect(units.every((unit) => unit.parentCode !== null)).toBe(true);
  });

  it('has a balanced Budget 2025 in whole tkr, phased by calendar days but rents and Tillståndsenheten’s revenue', () => {
    expect(sumOre(demo.budget.lines.map((line) => line.amount))).toBe(
      negateOre(EXEMPELKOMMUN_ALLOCATION_2025),
    );
    for (const line of demo.budget.lines) {
      expect(Math.abs(line.amount) % 100_000).toBe(0);
      expect(sumOre(budgetLineMonths(line))).toBe(line.amount);
      const straight =
        line.accountGroup === 'premises_rent' ||
        (line.unitCode === unitCodeOf('Tillståndsenheten') &&
          line.accountGroup === 'operating_revenue');
      expect(line.phasing.kind).toBe(straight ? 'straight' : 'calendar-days');
    }
  });

  it('has a small ledger, January-April 2025, every amount on a unit, an account with a group, in its direction', () => {
    expect(demo.transactions.length).toBeGreaterThan(500);
    expect(demo.transactions.length).toBeLessThan(2000);
    const unitCodes = new Set(EXEMPELKOMMUN_UNIT_CODES);
    const perUnitGroupMonth = new Map<string, Ore>();
    for (const transaction of demo.transactions) {
      const period = periodOfDate(transaction.date);
      expect(periodYear(period)).toBe(EXEMPELKOMMUN_YEAR);
      expect(periodMonth(period)).toBeLessThanOrEqual(4);
      expect(unitCodes.has(transaction.unitCode)).toBe(true);
      expect(transaction.amount).not.toBe(0);
      const group = findAccountGroup(transaction.account, demo.accountRanges);
      expect(group).toBeDefined();
      expect(demo.accounts.some((account) => account.number === transaction.account)).toBe(true);
      const key = `${transaction.unitCode}/${String(group)}/${String(periodMonth(period))}`;
      perUnitGroupMonth.set(
        key,
        addOre(perUnitGroupMonth.get(key) ?? ZERO_ORE, transaction.amount),
      );
    }
    // Revenue is revenue and a cost a cost, every month.
    for (const [key, amount] of perUnitGroupMonth) {
      expect(key.includes('/operating_revenue/') ? amount > 0 : amount < 0, key).toBe(true);
    }
    expect(new Set(demo.transactions.map((transaction) => transaction.verification)).size).toBe(
      demo.transactions.length,
    );
  });
});

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
      expect(variance, unit.unit).toBe(mnkr(unit.forecast_mnkr));
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
      'Övergripande +13,0 mnkr',
    ]);
    expect(demo.comments.filter((comment) => comment.kind === 'forecast')).toHaveLength(
      lines.length,
    );
    // The forecast result for the year: forecast nettokostnader + the allocation.
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
    const budget = sumOre(demo.budget.investments.map((line) => line.amount));
    const actual = sumOre(
      demo.investmentFollowUp
        .filter((entry) => entry.month === 4)
        .map((entry) => entry.actualYearToDate),
    );
    expect(
      plain(
        investmentSummarySentence({
          budget,
          actualYearToDate: actual,
          adjusted: true,
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
