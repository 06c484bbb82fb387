// The dataset and the figures of report 003 shared by Exempelkommun's tests.
import seedTables from '../../../test/fixtures/seeds/seed-tables.json';
import { phaseStraight, yearToDate } from '../budget/phasing';
import { allocationAtMonth } from '../budget/budget-decisions';
import { revisedAllocationMeasures } from '../follow-up/allocation';
import { allocationForecastAt } from '../follow-up/allocation-forecast';
import { boardOperatingStatement } from '../follow-up/operating-statement';
import { unitVarianceLine } from '../follow-up/result-summary-prose';
import { groupMeasuresFor, measuresByUnit, type UnitGroupAmount } from '../follow-up/unit-measures';
import { plain } from '#test/builders/plain-text';
import {
  addOre,
  ore,
  roundToTenthsOfMnkr,
  subtractOre,
  sumOre,
  ZERO_ORE,
  type Ore,
} from '../kernel/money';
import { periodOfDate, periodMonth, toMonth, type Month } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import { findAccountGroup } from '../ledger/account-mapping';
import { budgetLineMonths, generateExempelkommunDataset } from './exempelkommun-dataset';
import {
  EXEMPELKOMMUN_DECISIONS_2025,
  EXEMPELKOMMUN_ORIGINAL_ALLOCATION_2025,
} from './exempelkommun-decisions';
import { EXEMPELKOMMUN_UNIT_CODES } from './exempelkommun-organisation';

export const SEED_003 = seedTables['003_monthly_report_april_2025'];
export const demo = generateExempelkommunDataset();
export const MARCH = toMonth(3);
export const APRIL = toMonth(4);

/** mnkr with one decimal as in the seed (13.7) to öre, exactly: tenths x 10 000 000. */
export const mnkr = (value: number): Ore => ore(Math.round(value * 10) * 10_000_000);

export const unitName = (code: string): string => {
  const unit = demo.orgUnits.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit ${code}`);
  return unit.name;
};
export const unitCodeOf = (name: string): string => {
  const unit = demo.orgUnits.find((candidate) => candidate.name === name);
  if (!unit) throw new Error(`No unit named ${name}`);
  return unit.code;
};

/** The ledger's actual January up to the month, per unit and group (codes as ids). */
export function actualsThrough(month: Month): UnitGroupAmount[] {
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
export function phasedBudgetThrough(month: Month): UnitGroupAmount[] {
  return demo.budget.lines.map((line) => ({
    orgUnitId: line.unitCode,
    accountGroup: line.accountGroup,
    amount: yearToDate(budgetLineMonths(line), month),
  }));
}

export const sumFor = (
  rows: readonly UnitGroupAmount[],
  unitCode?: string,
  group?: AccountGroup,
): Ore =>
  sumOre(
    rows
      .filter((row) => unitCode === undefined || row.orgUnitId === unitCode)
      .filter((row) => group === undefined || row.accountGroup === group)
      .map((row) => row.amount),
  );

/** A unit's (or the board's) year-to-date variance: actual − phased budget. */
export const varianceAt = (month: Month, unitCode?: string, group?: AccountGroup): Ore =>
  subtractOre(
    sumFor(actualsThrough(month), unitCode, group),
    sumFor(phasedBudgetThrough(month), unitCode, group),
  );

export const annualBudget: UnitGroupAmount[] = demo.budget.lines.map((line) => ({
  orgUnitId: line.unitCode,
  accountGroup: line.accountGroup,
  amount: line.amount,
}));

export function forecastAt(month: 3 | 4): UnitGroupAmount[] {
  const forecast = demo.forecasts.find((candidate) => candidate.reportMonth === month);
  if (!forecast) throw new Error(`No forecast at ${String(month)}`);
  return forecast.lines.map((line) => ({
    orgUnitId: line.unitCode,
    accountGroup: line.accountGroup,
    amount: line.amount,
  }));
}

/**
 * The kommunbidrag as measures at a month: the original allocation and KS's February decision
 * (+47 tkr over the whole year), its forecast with the expected change in force (April's
 * -1,6 mnkr PO-påslag), as the figures read them.
 */
const allocationAt = (month: Month) =>
  revisedAllocationMeasures(
    allocationAtMonth(EXEMPELKOMMUN_ORIGINAL_ALLOCATION_2025, EXEMPELKOMMUN_DECISIONS_2025, month),
    { revised: ZERO_ORE, months: phaseStraight(ZERO_ORE) },
    month,
    allocationForecastAt(demo.allocationForecasts, month),
  );

/** The board's operating statement at a month, computed by the domain from the dataset. */
export function boardStatement(month: 3 | 4) {
  const byUnit = measuresByUnit({
    budget: annualBudget,
    forecast: forecastAt(month),
    actual: actualsThrough(month),
    actualPreviousYear: [],
  });
  const lines = boardOperatingStatement(
    groupMeasuresFor(byUnit, EXEMPELKOMMUN_UNIT_CODES),
    allocationAt(month),
    'absent',
  );
  const result = lines.find((line) => line.key === 'result');
  if (!result) throw new Error('No result line');
  return result.figures;
}

/** The board's phased budget result to date: phased budget + the allocation's twelfths. */
export const budgetResultAt = (month: Month): Ore =>
  addOre(sumFor(phasedBudgetThrough(month)), allocationAt(month).actual);

/** 003 section 2's unit headings as the document prints them. */
export const UNIT_LINES_003 = [
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
export function unitLines(month: Month): string[] {
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
