import { formatInteger, formatMnkr } from '../kernel/format';
import { ore, roundToTkr } from '../kernel/money';
import { MONTH_ABBREVIATIONS_SV, MONTH_NAMES_SV, toMonth } from '../kernel/period';
import { roundedQuotient, safeNumber } from '../kernel/ratio';
import {
  paragraph,
  table,
  textCell,
  tkrCell,
  type Block,
  type TableRow,
} from '../reports/document';
import {
  capitalised,
  changeCellSv,
  monthsToDateProseSv,
  sectionHeading,
  tenthsProseSv,
  yearToDateSv,
  type SectionHeading,
} from '../reports/section-blocks';
import { LONG_TERM_MONTHS, type AssistanceReportFigures } from './assistance-figures';
import type { VolumeReportRow } from './volume-figures';

/**
 * Financial assistance and the other volumes as report blocks, in 001's words: "Under perioden
 * januari till augusti har det skett en ökning i antal hushåll som uppbär försörjningsstöd med
 * 5,6 procent jämfört med motsvarande period föregående år", the amount paid, the long-term
 * recipients of last year; and per measure (orosanmälningar) January to the month against the
 * same months last year ("+41,0 %").
 */

export interface AssistanceBlocksInput extends SectionHeading {
  readonly figures: AssistanceReportFigures;
}

/** The amount per household in whole kronor, rounded once from the exact quotient. */
export const perHouseholdKronor = (amountOre: number, households: number): number | null =>
  households === 0
    ? null
    : safeNumber(roundedQuotient(BigInt(amountOre), BigInt(households) * 100n));

export function assistanceSentences(figures: AssistanceReportFigures): string[] {
  const { total } = figures;
  const months = monthsToDateProseSv(figures.month);
  const during = figures.month === 1 ? 'Under januari' : `Under perioden ${months}`;
  const change = total.changeTenths;
  const households =
    change === null
      ? `${during} har ${formatInteger(total.households)} hushåll uppburit försörjningsstöd.`
      : change === 0
        ? `${during} är antalet hushåll som uppbär försörjningsstöd detsamma som motsvarande period föregående år (${formatInteger(total.households)}).`
        : `${during} har det skett en ${change > 0 ? 'ökning' : 'minskning'} i antal hushåll som uppbär försörjningsstöd med ${tenthsProseSv(change)} procent jämfört med motsvarande period föregående år (${formatInteger(total.households)} hushåll mot ${formatInteger(total.householdsLastYear)}).`;
  const amount =
    `Utbetalt ekonomiskt bistånd ${yearToDateSv(figures.year, figures.month)} uppgår till ${formatMnkr(ore(total.amountOre))} mnkr` +
    (total.amountLastYearOre === 0
      ? '.'
      : `, mot ${formatMnkr(ore(total.amountLastYearOre))} mnkr motsvarande period föregående år.`);
  const longTerm =
    figures.longTermLastYear === null
      ? []
      : [
          `Antal hushåll med långvarigt ekonomiskt bistånd (minst ${String(LONG_TERM_MONTHS)} av årets 12 månader) var ${formatInteger(figures.longTermLastYear)} under ${String(figures.year - 1)}.`,
        ];
  return [households, amount, ...longTerm];
}

function assistanceRow(
  label: string,
  row: {
    households: number;
    householdsLastYear: number;
    changeTenths: number | null;
    amountOre: number;
  },
  kind: TableRow['kind'],
): TableRow {
  const per = perHouseholdKronor(row.amountOre, row.households);
  return {
    label,
    kind,
    cells: [
      textCell(formatInteger(row.households)),
      textCell(formatInteger(row.householdsLastYear)),
      textCell(changeCellSv(row.changeTenths)),
      tkrCell(roundToTkr(ore(row.amountOre))),
      textCell(per === null ? '–' : formatInteger(per)),
    ],
  };
}

export function assistanceBlocks(input: AssistanceBlocksInput): Block[] {
  const { figures } = input;
  const totalLabel =
    figures.month === 1
      ? 'Summa jan'
      : `Summa jan–${MONTH_ABBREVIATIONS_SV[toMonth(figures.month)]}`;
  return [
    ...sectionHeading('Ekonomiskt bistånd', input),
    paragraph(assistanceSentences(figures).join(' ')),
    table(
      `Ekonomiskt bistånd ${yearToDateSv(figures.year, figures.month)}`,
      [
        'Hushåll',
        `Hushåll ${String(figures.year - 1)}`,
        'Förändring',
        'Utbetalt',
        'Per hushåll (kr)',
      ],
      [
        ...figures.months.map((month) =>
          assistanceRow(capitalised(MONTH_NAMES_SV[month.month]), month, 'normal'),
        ),
        assistanceRow(totalLabel, figures.total, 'total'),
      ],
    ),
    paragraph(
      'Hushåll: hushåll med utbetalning under månaden; summaraden räknar varje hushåll en gång. Förändring mot samma månader föregående år.',
    ),
  ];
}

export interface VolumeBlocksInput extends SectionHeading {
  readonly year: number;
  readonly month: number;
  /** volumeReport's rows: per measure its units, and a row of them all when more than one. */
  readonly rows: readonly VolumeReportRow[];
}

/** The row a measure's sentence is of: all its units, or its only unit. */
const measureRows = (rows: readonly VolumeReportRow[]): VolumeReportRow[] =>
  [...new Set(rows.map((row) => row.measure))].flatMap((measure) => {
    const own = rows.filter((row) => row.measure === measure);
    const all = own.find((row) => row.unitCode === null) ?? (own.length === 1 ? own[0] : undefined);
    return all ? [all] : [];
  });

/** "Antalet orosanmälningar januari–augusti 2023 är 846, en ökning med 41,0 procent …". */
export function volumeSentence(row: VolumeReportRow, year: number, month: number): string {
  const opening = `Antalet ${row.measure} ${yearToDateSv(year, month)} är ${formatInteger(row.value)}`;
  const change = row.changeTenths;
  if (change === null) return `${opening}.`;
  if (change === 0) return `${opening}, lika många som motsvarande period föregående år.`;
  return `${opening}, en ${change > 0 ? 'ökning' : 'minskning'} med ${tenthsProseSv(change)} procent jämfört med motsvarande period föregående år (${formatInteger(row.valueLastYear)}).`;
}

export function volumeBlocks(input: VolumeBlocksInput): Block[] {
  const rows = input.rows.map((row): TableRow => ({
    label: `${capitalised(row.measure)}, ${row.unitName}`,
    kind: row.unitCode === null ? 'subtotal' : 'normal',
    cells: [
      textCell(formatInteger(row.value)),
      textCell(formatInteger(row.valueLastYear)),
      textCell(changeCellSv(row.changeTenths)),
    ],
  }));
  const measures = [...new Set(input.rows.map((row) => row.measure))];
  const title = measures.length === 1 ? capitalised(measures[0] ?? '') : 'Övriga volymer';
  return [
    ...sectionHeading(title, input),
    ...measureRows(input.rows).map((row) =>
      paragraph(volumeSentence(row, input.year, input.month)),
    ),
    table(
      `${title} ${yearToDateSv(input.year, input.month)}`,
      [String(input.year), String(input.year - 1), 'Förändring'],
      rows,
      'Antal',
    ),
  ];
}
