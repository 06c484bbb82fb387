import type { InvestmentFollowUpRow } from '../budget/investment-follow-up';
import { INVESTMENT_CATEGORIES, INVESTMENT_CATEGORY_NAMES_SV } from '../budget/investments';
import { ore, roundToTkr, subtractOre, ZERO_ORE, type Ore } from '../kernel/money';
import { MONTH_NAMES_SV, type Month } from '../kernel/period';

/**
 * The investment table of the interim and annual reports (001, "Investeringar"): per category,
 * its lines ("Reinvestering/Inventarier") and their sums, and Totala utgifter, in tkr. Budget
 * and forecast are the year's; Delårsbokslut the actual from January to the report month this
 * year and last (the ledger's through the lines' links plus the adjustments entered); Diff.
 * utfall this year's minus last year's. A row without an actual has spent nothing: 0, as 001
 * prints it. Each figure is rounded from its exact öre sum (sums before rounding).
 */

export const INVESTMENT_REPORT_COLUMNS = [
  'budget',
  'forecast',
  'variance',
  'actual',
  'actualPreviousYear',
  'actualChange',
] as const;
export type InvestmentReportColumn = (typeof INVESTMENT_REPORT_COLUMNS)[number];

export function investmentReportColumnLabelsSv(
  year: number,
): Readonly<Record<InvestmentReportColumn, string>> {
  const last = String(year - 1);
  const now = String(year);
  return {
    budget: `Budget ${now}`,
    forecast: `Prognos helår ${now}`,
    variance: `Avv. prognos/budget ${now}`,
    actual: `Delårsbokslut ${now}`,
    actualPreviousYear: `Delårsbokslut ${last}`,
    actualChange: `Diff. utfall ${last}/${now}`,
  };
}

export interface InvestmentReportRow {
  /** "reinvestment", "reinvestment/Inventarier" or "total". */
  readonly key: string;
  /** "Reinvestering", "Reinvestering/Inventarier", "Totala utgifter". */
  readonly label: string;
  readonly kind: 'category' | 'line' | 'total';
  readonly ore: Readonly<Record<InvestmentReportColumn, Ore>>;
  readonly tkr: Readonly<Record<InvestmentReportColumn, number>>;
}

export interface InvestmentReport {
  readonly caption: string;
  readonly columns: readonly { readonly key: InvestmentReportColumn; readonly label: string }[];
  readonly rows: readonly InvestmentReportRow[];
}

function rowLabel(row: InvestmentFollowUpRow): string {
  if (row.kind !== 'line') return row.label;
  const category = INVESTMENT_CATEGORIES.find((candidate) => row.key.startsWith(`${candidate}/`));
  return category ? `${INVESTMENT_CATEGORY_NAMES_SV[category]}/${row.label}` : row.label;
}

/** The report's table from the follow-up's rows at the report month (investmentFollowUpTable). */
export function investmentReport(input: {
  readonly boardName: string;
  readonly municipalityName: string;
  readonly year: number;
  readonly month: Month;
  readonly rows: readonly InvestmentFollowUpRow[];
}): InvestmentReport {
  const labels = investmentReportColumnLabelsSv(input.year);
  return {
    caption: `Investeringar ${input.boardName}, ${input.municipalityName}, januari–${MONTH_NAMES_SV[input.month]} ${String(input.year)}. Belopp i tkr.`,
    columns: INVESTMENT_REPORT_COLUMNS.map((key) => ({ key, label: labels[key] })),
    rows: input.rows.map((row) => {
      const actual = row.actualYearToDate ?? ZERO_ORE;
      const previous = row.previousYearActual ?? ZERO_ORE;
      const figures: Record<InvestmentReportColumn, Ore> = {
        budget: row.budget,
        forecast: row.forecast,
        variance: ore(row.variance),
        actual,
        actualPreviousYear: previous,
        actualChange: subtractOre(actual, previous),
      };
      const tkr = Object.fromEntries(
        INVESTMENT_REPORT_COLUMNS.map((column) => [column, roundToTkr(figures[column])]),
      ) as Record<InvestmentReportColumn, number>;
      return { key: row.key, label: rowLabel(row), kind: row.kind, ore: figures, tkr };
    }),
  };
}
