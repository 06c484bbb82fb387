import { ore, sumOre, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_CATEGORY_NAMES_SV,
  type InvestmentCategory,
} from './investments';

/**
 * The follow-up of the investment budget during a year (001, "Investeringar"): per line of the
 * budget the follow-up uses, the year's budget, the actual year to date and the full-year
 * forecast as entered at a report month, and the variance.
 *
 * Signs: as investments.ts, expenditure is positive in every column (budget, actual, forecast).
 * Variance (Avv. prognos/budget) = budget - forecast: positive when the board expects to spend
 * less than its budget, which is favourable, as every variance in RULES.md (in result sign the
 * expenditure would be negative and forecast - budget gives the same figure). The difference
 * between years (Diff. utfall) = this year's actual - last year's for the same months, as 001
 * writes it (372 - 246 = 126): positive when more is spent this year.
 */

/** What was entered for a line at one report month; null where nothing was entered. */
export interface InvestmentFollowUpEntry {
  readonly month: Month;
  /**
   * Expenditure from January to the report month entered by hand: for a line with ledger
   * actuals, an adjustment ("Justering") added to them; else the actual itself.
   */
  readonly actualYearToDate: Ore | null;
  /** Expected expenditure for the whole year. */
  readonly forecast: Ore | null;
  readonly comment: string | null;
}

export interface InvestmentFollowUpLineInput {
  readonly category: InvestmentCategory;
  readonly name: string;
  /** The year's budget of the line. */
  readonly budget: Ore;
  /** The line's entries of the year, any months, any order. */
  readonly entries: readonly InvestmentFollowUpEntry[];
  /** Last year's actual to the same report month, where it is known. */
  readonly previousYearActual?: Ore | null;
  /**
   * The ledger's actual from January to the report month (the transactions on the line's
   * project codes and asset accounts); null when the line is linked to nothing.
   */
  readonly ledgerActual?: Ore | null;
}

/**
 * Where a row's forecast comes from: entered at the report month; carried from the latest
 * earlier report month with a forecast (forecastMonth); or, without any, the budget (as the
 * operating statement forecasts a group without a forecast at its budget).
 */
export type InvestmentForecastSource = 'entered' | 'earlier' | 'budget';

export interface InvestmentFollowUpRow {
  /** "reinvestment", "reinvestment/Inventarier" or "total", as investmentTable's keys. */
  readonly key: string;
  readonly label: string;
  readonly kind: 'category' | 'line' | 'total';
  readonly budget: Ore;
  /** The ledger's actual plus the adjustment; null when the row has neither. */
  readonly actualYearToDate: Ore | null;
  /** The ledger's actual to the report month; null when no line of the row is linked. */
  readonly ledgerActual: Ore | null;
  /** The hand-entered adjustment ("Justering") at the report month; null when none. */
  readonly adjustment: Ore | null;
  readonly forecast: Ore;
  /** For a line; null for a category or the total (a sum of lines' forecasts). */
  readonly forecastSource: InvestmentForecastSource | null;
  /** The report month the forecast was entered at; null when it is the budget or a sum. */
  readonly forecastMonth: Month | null;
  /** budget - forecast: positive is spending less than the budget. */
  readonly variance: Ore;
  /** The report month's comment (lines only). */
  readonly comment: string | null;
  readonly previousYearActual: Ore | null;
  /** actualYearToDate - previousYearActual, when both are known. */
  readonly actualChange: Ore | null;
}

/** The sum of the figures that are there; null when none is. */
function sumKnown(values: readonly (Ore | null)[]): Ore | null {
  const known = values.filter((value): value is Ore => value !== null);
  return known.length === 0 ? null : sumOre(known);
}

function lineRow(line: InvestmentFollowUpLineInput, month: Month): InvestmentFollowUpRow {
  const atMonth = line.entries.find((entry) => entry.month === month);
  const earlier = line.entries
    .filter((entry) => entry.month < month && entry.forecast !== null)
    .sort((a, b) => b.month - a.month)[0];
  const enteredForecast = atMonth?.forecast ?? null;
  const [forecast, forecastSource, forecastMonth]: [Ore, InvestmentForecastSource, Month | null] =
    enteredForecast !== null
      ? [enteredForecast, 'entered', month]
      : earlier?.forecast != null
        ? [earlier.forecast, 'earlier', earlier.month]
        : [line.budget, 'budget', null];
  const ledgerActual = line.ledgerActual ?? null;
  const adjustment = atMonth?.actualYearToDate ?? null;
  const actualYearToDate = sumKnown([ledgerActual, adjustment]);
  const previousYearActual = line.previousYearActual ?? null;
  return {
    key: `${line.category}/${line.name}`,
    label: line.name,
    kind: 'line',
    budget: line.budget,
    actualYearToDate,
    ledgerActual,
    adjustment,
    forecast,
    forecastSource,
    forecastMonth,
    variance: ore(line.budget - forecast),
    comment: atMonth?.comment ?? null,
    previousYearActual,
    actualChange:
      actualYearToDate === null || previousYearActual === null
        ? null
        : ore(actualYearToDate - previousYearActual),
  };
}

function sumRow(
  key: string,
  label: string,
  kind: 'category' | 'total',
  rows: readonly InvestmentFollowUpRow[],
): InvestmentFollowUpRow {
  const actualYearToDate = sumKnown(rows.map((row) => row.actualYearToDate));
  const previousYearActual = sumKnown(rows.map((row) => row.previousYearActual));
  return {
    key,
    label,
    kind,
    budget: sumOre(rows.map((row) => row.budget)),
    actualYearToDate,
    ledgerActual: sumKnown(rows.map((row) => row.ledgerActual)),
    adjustment: sumKnown(rows.map((row) => row.adjustment)),
    forecast: sumOre(rows.map((row) => row.forecast)),
    forecastSource: null,
    forecastMonth: null,
    variance: sumOre(rows.map((row) => row.variance)),
    comment: null,
    previousYearActual,
    actualChange: sumKnown(rows.map((row) => row.actualChange)),
  };
}

/**
 * The follow-up table at a report month: each category's sums (zero without lines) followed
 * by its lines in the order given, and Totala utgifter. A category's or the total's actual is
 * the sum of its lines' actuals (null when none has one); its forecast the sum of the lines'
 * forecasts, each entered or carried as lineRow says.
 */
export function investmentFollowUpTable(input: {
  readonly month: Month;
  readonly lines: readonly InvestmentFollowUpLineInput[];
}): InvestmentFollowUpRow[] {
  const keys = new Set<string>();
  for (const line of input.lines) {
    const key = `${line.category}/${line.name}`;
    if (keys.has(key)) throw new RangeError(`The investment line ${key} is given twice`);
    keys.add(key);
  }
  const rows: InvestmentFollowUpRow[] = [];
  const categoryRows: InvestmentFollowUpRow[] = [];
  for (const category of INVESTMENT_CATEGORIES) {
    const lines = input.lines
      .filter((line) => line.category === category)
      .map((line) => lineRow(line, input.month));
    const categoryRow = sumRow(category, INVESTMENT_CATEGORY_NAMES_SV[category], 'category', lines);
    categoryRows.push(categoryRow);
    rows.push(categoryRow, ...lines);
  }
  rows.push(sumRow('total', 'Totala utgifter', 'total', categoryRows));
  return rows;
}
