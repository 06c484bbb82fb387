import { isOre, oreFromTkr, roundToTkr, type Ore } from '../kernel/money';
import { parseWholeNumberSv } from '../kernel/parse';
import { ACCOUNT_GROUP_NAMES_SV, isAccountGroup, type AccountGroup } from '../ledger/account-group';

/**
 * Forecasts gathered by mail: a sheet (XLSX or CSV) with a row per unit and account group,
 * the figures to go by and a column for the full-year forecast in whole tkr, which the
 * controller sends out, gets back filled in and imports. Empty forecast cells are left as
 * they are; everything else is checked and named by its place (file and line, or sheet and
 * cell) before anything is saved.
 */

export const FORECAST_SHEET_HEADER = [
  'Ansvar',
  'Enhet',
  'Kontogrupp',
  'Kontogruppens namn',
  'Budget helår (tkr)',
  'Utfall ack. (tkr)',
  'Prognos helår (tkr)',
] as const;

/** The columns read back: the unit's code, the group's key and the forecast. */
const UNIT = 0;
const GROUP = 2;
const FORECAST = 6;

export interface ForecastSheetLine {
  readonly unitCode: string;
  readonly unitName: string;
  readonly accountGroup: AccountGroup;
  readonly budget: Ore;
  readonly actualYearToDate: Ore;
  /** The forecast made at the month, if any: the cell starts with it. */
  readonly forecast: Ore | null;
}

/** The sheet's rows as text and whole tkr (numbers stay numbers for XLSX). */
export function forecastSheetRows(
  lines: readonly ForecastSheetLine[],
): (readonly (string | number | null)[])[] {
  return [
    [...FORECAST_SHEET_HEADER],
    ...lines.map((line) => [
      line.unitCode,
      line.unitName,
      line.accountGroup,
      ACCOUNT_GROUP_NAMES_SV[line.accountGroup],
      roundToTkr(line.budget),
      roundToTkr(line.actualYearToDate),
      line.forecast === null ? null : roundToTkr(line.forecast),
    ]),
  ];
}

/** A row as read: where it is ("prognoser.csv rad 4", "Prognoser!G4") and its cells. */
export interface ReadRow {
  readonly place: string;
  /** The forecast cell's own place, for XLSX ("Prognoser!G4"); the row's place otherwise. */
  readonly forecastPlace?: string;
  readonly cells: readonly (string | number | null)[];
}

export interface ForecastSheetIssue {
  readonly place: string;
  readonly field: 'header' | 'unit' | 'accountGroup' | 'forecast';
  readonly value: string;
  readonly problem:
    'not-the-template' | 'unknown-unit' | 'unknown-group' | 'not-whole-tkr' | 'twice';
}

export interface ReadForecastSheet {
  readonly forecasts: readonly { unitCode: string; accountGroup: AccountGroup; amount: Ore }[];
  readonly issues: readonly ForecastSheetIssue[];
}

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

const ORE_PER_TKR: number = oreFromTkr(1);

/**
 * A forecast cell's whole tkr in öre: Swedish text ("-1 234") or an XLSX number as its text
 * ("12.5" is not whole); null when it is not whole tkr or too large for öre to hold.
 */
function forecastOre(forecastText: string): Ore | null {
  const parsed = parseWholeNumberSv(forecastText);
  // Stryker disable next-line ConditionalExpression: without the check an invalid parse's missing value makes NaN, which is no öre either
  if (parsed.kind !== 'number') return null;
  const amount = parsed.value * ORE_PER_TKR;
  return isOre(amount) ? amount : null;
}

/**
 * Reads a filled-in sheet: the header must be the template's; each row with a forecast must
 * name a unit of the board (by its code) and an account group (by its key), once; the
 * forecast is whole tkr (a number, or Swedish text such as "-1 234"). Rows without a
 * forecast are skipped.
 */
export function readForecastSheet(
  header: ReadRow,
  rows: readonly ReadRow[],
  unitCodes: ReadonlySet<string>,
): ReadForecastSheet {
  const issues: ForecastSheetIssue[] = [];
  const heads = header.cells.map(text);
  if (FORECAST_SHEET_HEADER.some((head, index) => heads[index] !== head)) {
    return {
      forecasts: [],
      issues: [
        {
          place: header.place,
          field: 'header',
          value: heads.join(';'),
          problem: 'not-the-template',
        },
      ],
    };
  }
  const forecasts: { unitCode: string; accountGroup: AccountGroup; amount: Ore }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const unitCode = text(row.cells[UNIT]);
    const group = text(row.cells[GROUP]);
    const forecastText = text(row.cells[FORECAST]);
    if (forecastText === '') continue;
    if (!unitCodes.has(unitCode)) {
      issues.push({ place: row.place, field: 'unit', value: unitCode, problem: 'unknown-unit' });
      continue;
    }
    if (!isAccountGroup(group)) {
      issues.push({
        place: row.place,
        field: 'accountGroup',
        value: group,
        problem: 'unknown-group',
      });
      continue;
    }
    const amount = forecastOre(forecastText);
    if (amount === null) {
      const place = row.forecastPlace ?? row.place;
      issues.push({ place, field: 'forecast', value: forecastText, problem: 'not-whole-tkr' });
      continue;
    }
    const key = `${unitCode}|${group}`;
    if (seen.has(key)) {
      issues.push({
        place: row.place,
        field: 'unit',
        value: `${unitCode} ${group}`,
        problem: 'twice',
      });
      continue;
    }
    seen.add(key);
    forecasts.push({ unitCode, accountGroup: group, amount });
  }
  return { forecasts: issues.length > 0 ? [] : forecasts, issues };
}

const PROBLEMS_SV: Readonly<Record<ForecastSheetIssue['problem'], string>> = {
  'not-the-template':
    'Rubrikraden är inte prognosmallens: ta fram en ny mall med forecast export och fyll i den.',
  'unknown-unit': 'Ansvaret finns inte i nämnden',
  'unknown-group': 'Kontogruppen är okänd',
  'not-whole-tkr': 'Prognosen ska vara ett helt antal tkr',
  twice: 'Enheten och kontogruppen finns på flera rader',
};

/** "prognoser.csv rad 4, Prognos helår: Prognosen ska vara ett helt antal tkr (”12,5”)". */
export function forecastSheetIssueSv(issue: ForecastSheetIssue): string {
  const column =
    issue.field === 'forecast'
      ? FORECAST_SHEET_HEADER[FORECAST]
      : issue.field === 'unit'
        ? FORECAST_SHEET_HEADER[UNIT]
        : issue.field === 'accountGroup'
          ? FORECAST_SHEET_HEADER[GROUP]
          : 'rubrikraden';
  return `${issue.place}, ${column}: ${PROBLEMS_SV[issue.problem]} (”${issue.value}”).`;
}
