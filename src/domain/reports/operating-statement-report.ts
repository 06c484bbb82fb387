import { roundToTkr } from '../kernel/money';
import { MONTH_ABBREVIATIONS_SV, type Month } from '../kernel/period';
import { ACCOUNT_GROUP_NAMES_SV } from '../ledger/account-group';
import { STATEMENT_COLUMNS, type StatementColumn } from '../follow-up/measures';
import type {
  StatementLine,
  StatementLineKey,
  StatementLineKind,
} from '../follow-up/operating-statement';

export const STATEMENT_LINE_LABELS_SV: Readonly<Record<StatementLineKey, string>> = {
  ...ACCOUNT_GROUP_NAMES_SV,
  operating_costs: 'Verksamhetens kostnader',
  net_operating_cost: 'Verksamhetens nettokostnader',
  allocation: 'Kommunbidrag',
  result: 'Årets resultat',
};

/** "jan–aug 2023", "jan 2023", or the whole year "2023". */
export function yearToDateLabelSv(year: number, throughMonth: Month): string {
  if (throughMonth === 12) return String(year);
  if (throughMonth === 1) return `jan ${year}`;
  return `jan–${MONTH_ABBREVIATIONS_SV[throughMonth]} ${year}`;
}

export function statementColumnLabelsSv(
  year: number,
  throughMonth: Month,
): Readonly<Record<StatementColumn, string>> {
  return {
    budget: `Budget ${year}`,
    forecast: `Prognos helår ${year}`,
    forecastVariance: `Avv. prognos/budget ${year}`,
    actual: `Utfall ${yearToDateLabelSv(year, throughMonth)}`,
    actualPreviousYear: `Utfall ${yearToDateLabelSv(year - 1, throughMonth)}`,
    actualDifference: `Diff. utfall ${year - 1}/${year}`,
  };
}

/** A table as the documents print it: Swedish labels and whole tkr. */
export interface TkrTable {
  readonly caption: string;
  readonly columns: readonly { readonly key: StatementColumn; readonly label: string }[];
  readonly rows: readonly TkrTableRow[];
}

export interface TkrTableRow {
  readonly key: StatementLineKey;
  readonly label: string;
  readonly kind: StatementLineKind;
  /** Whole tkr per column, each rounded from the unrounded öre figure; null: no data. */
  readonly values: Readonly<Record<StatementColumn, number | null>>;
}

export function operatingStatementTkrTable(
  caption: string,
  lines: readonly StatementLine[],
  year: number,
  throughMonth: Month,
): TkrTable {
  const labels = statementColumnLabelsSv(year, throughMonth);
  return {
    caption,
    columns: STATEMENT_COLUMNS.map((key) => ({ key, label: labels[key] })),
    rows: lines.map((line) => ({
      key: line.key,
      label: STATEMENT_LINE_LABELS_SV[line.key],
      kind: line.kind,
      values: Object.fromEntries(
        STATEMENT_COLUMNS.map((column) => {
          const amount = line.figures[column];
          return [column, amount === null ? null : roundToTkr(amount)];
        }),
      ) as Record<StatementColumn, number | null>,
    })),
  };
}
