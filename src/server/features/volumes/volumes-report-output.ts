import { formatFixed, formatInteger } from '#domain/kernel/format';
import { roundToKronor, type Ore } from '#domain/kernel/money';
import { MONTH_ABBREVIATIONS_SV, MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { roundedQuotient, safeNumber } from '#domain/kernel/ratio';
import { LONG_TERM_MONTHS } from '#domain/volumes/assistance-figures';
import { formatChangeSv } from '#domain/volumes/percent-change';
import { renderTextCsv, type CsvFigure } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import type { AssistanceReport, VolumesReport } from './volumes-report.service';

/** The assistance and volumes reports as a plain-text table, CSV (Swedish Excel) and JSON. */

export const ASSISTANCE_COLUMNS_SV = [
  'Månad',
  'Hushåll',
  'Utbetalt (kr)',
  'Per hushåll (kr)',
  'Hushåll förra året',
  'Förändring %',
] as const;

export const VOLUME_COLUMNS_SV = ['Mått', 'Enhet', 'I år', 'Förra året', 'Förändring %'] as const;

/** The amount per household in whole öre, exact until then; null without households. */
const perHouseholdOre = (amountOre: number, households: number): number | null =>
  households === 0 ? null : safeNumber(roundedQuotient(BigInt(amountOre), BigInt(households)));

/** In whole kronor, rounded once from the exact quotient. */
const perHouseholdKronor = (amountOre: number, households: number): number | null =>
  households === 0
    ? null
    : safeNumber(roundedQuotient(BigInt(amountOre), BigInt(households) * 100n));

const period = (report: { readonly year: number; readonly month: Month }) =>
  report.month === 1
    ? `januari ${String(report.year)}`
    : `januari–${MONTH_NAMES_SV[report.month]} ${String(report.year)}`;

const changeCsv = (tenths: number | null): CsvFigure | null =>
  tenths === null ? null : { figure: formatFixed(tenths, 1).replace(/\u00a0/g, '') };

const changeNumber = (tenths: number | null): number | null =>
  tenths === null ? null : tenths / 10;

const totalLabel = (report: AssistanceReport) =>
  report.month === 1 ? 'Summa jan' : `Summa jan–${MONTH_ABBREVIATIONS_SV[report.month]}`;

function assistanceRows(report: AssistanceReport) {
  const rows = report.months.map((month) => ({
    label: MONTH_NAMES_SV[month.month],
    households: month.households,
    amountOre: month.amountOre,
    householdsLastYear: month.householdsLastYear,
    changeTenths: month.changeTenths,
  }));
  const total = {
    label: totalLabel(report),
    households: report.total.households,
    amountOre: report.total.amountOre,
    householdsLastYear: report.total.householdsLastYear,
    changeTenths: report.total.changeTenths,
  };
  return { rows, total };
}

export function longTermNoteSv(report: AssistanceReport): string {
  const year = String(report.year - 1);
  return report.longTermLastYear === null
    ? `Långvarigt ekonomiskt bistånd ${year}: inga utbetalningar inlästa för ${year}.`
    : `Långvarigt ekonomiskt bistånd ${year} (minst ${String(LONG_TERM_MONTHS)} av årets 12 månader): ${formatInteger(report.longTermLastYear)} hushåll.`;
}

export function assistanceReportTable(report: AssistanceReport): string {
  const { rows, total } = assistanceRows(report);
  const cells = (row: typeof total): string[] => {
    const per = perHouseholdKronor(row.amountOre, row.households);
    return [
      row.label,
      formatInteger(row.households),
      formatInteger(roundToKronor(row.amountOre as Ore)),
      per === null ? '–' : formatInteger(per),
      formatInteger(row.householdsLastYear),
      formatChangeSv(row.changeTenths),
    ];
  };
  return renderWrappedTextTable({
    caption: `Ekonomiskt bistånd ${period(report)}, ${report.context.board.name}, ${report.context.municipality.name}.`,
    notes: [
      'Hushåll: hushåll med utbetalning under månaden; summaraden räknar varje hushåll en gång. Förändring mot samma månader förra året.',
      longTermNoteSv(report),
    ],
    columns: ASSISTANCE_COLUMNS_SV.map((head, index) => ({
      head,
      align: index === 0 ? 'left' : 'right',
      maxWidth: 20,
    })),
    groups: [rows.map(cells), [cells(total)]],
  });
}

export function assistanceReportCsv(report: AssistanceReport): string {
  const { rows, total } = assistanceRows(report);
  return renderTextCsv([
    [...ASSISTANCE_COLUMNS_SV],
    ...[...rows, total].map((row) => [
      row.label,
      row.households,
      roundToKronor(row.amountOre as Ore),
      perHouseholdKronor(row.amountOre, row.households),
      row.householdsLastYear,
      changeCsv(row.changeTenths),
    ]),
  ]);
}

export function assistanceReportJson(report: AssistanceReport): string {
  const { municipality, board } = report.context;
  const { rows, total } = assistanceRows(report);
  const json = (row: typeof total) => ({
    households: row.households,
    amountOre: row.amountOre,
    perHouseholdOre: perHouseholdOre(row.amountOre, row.households),
    householdsLastYear: row.householdsLastYear,
    changePercent: changeNumber(row.changeTenths),
  });
  return `${JSON.stringify(
    {
      municipality: { code: municipality.code, name: municipality.name },
      board: { code: board.code, name: board.name },
      year: report.year,
      month: report.month,
      months: report.months.map((month, index) => ({
        month: month.month,
        ...json(rows[index] ?? total),
      })),
      total: { ...json(total), amountLastYearOre: report.total.amountLastYearOre },
      longTerm: { year: report.year - 1, households: report.longTermLastYear },
    },
    null,
    2,
  )}\n`;
}

const unitLabel = (row: VolumesReport['rows'][number]) =>
  row.unitCode === null ? row.unitName : `${row.unitCode} ${row.unitName}`;

export function volumesReportTable(report: VolumesReport): string {
  return renderWrappedTextTable({
    caption: `Volymer ${period(report)} mot samma period ${String(report.year - 1)}, ${report.context.board.name}, ${report.context.municipality.name}.`,
    notes:
      report.rows.length === 0
        ? [`Inga volymer inlästa för ${String(report.year)} eller ${String(report.year - 1)}.`]
        : [],
    columns: VOLUME_COLUMNS_SV.map((head, index) => ({
      head,
      align: index < 2 ? 'left' : 'right',
      maxWidth: index < 2 ? 32 : 14,
    })),
    groups: [
      report.rows.map((row) => [
        row.measure,
        unitLabel(row),
        formatInteger(row.value),
        formatInteger(row.valueLastYear),
        formatChangeSv(row.changeTenths),
      ]),
    ],
  });
}

export function volumesReportCsv(report: VolumesReport): string {
  return renderTextCsv([
    [...VOLUME_COLUMNS_SV],
    ...report.rows.map((row) => [
      row.measure,
      unitLabel(row),
      row.value,
      row.valueLastYear,
      changeCsv(row.changeTenths),
    ]),
  ]);
}

export function volumesReportJson(report: VolumesReport): string {
  const { municipality, board } = report.context;
  return `${JSON.stringify(
    {
      municipality: { code: municipality.code, name: municipality.name },
      board: { code: board.code, name: board.name },
      year: report.year,
      month: report.month,
      rows: report.rows.map((row) => ({
        measure: row.measure,
        unit: row.unitCode === null ? null : { code: row.unitCode, name: row.unitName },
        value: row.value,
        valueLastYear: row.valueLastYear,
        changePercent: changeNumber(row.changeTenths),
      })),
    },
    null,
    2,
  )}\n`;
}
