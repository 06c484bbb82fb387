import { daysInMonth, MONTH_NAMES_SV, toMonth } from '../kernel/period';
import {
  paragraph,
  table,
  textCell,
  type Block,
  type ParagraphBlock,
  type TableRow,
} from '../reports/document';
import {
  sectionHeading,
  tenthsProseSv,
  yearToDateSv,
  type SectionHeading,
} from '../reports/section-blocks';
import {
  formatTenthsSv,
  SMALL_GROUP_LIMIT,
  SMALL_GROUP_NOTE_SV,
  type SickLeaveRow,
  type SickLeaveTable,
} from './sick-leave';

/**
 * Sick leave as report blocks (001's "Personal", its table "Sjukfrånvaro* (%)"): the sentence
 * on the total's change, the table of the nine rows for the year, the year before and the
 * difference, and the note of the period and of the small groups ("–"). The board's table only:
 * a unit's figures are closer to the person and stay with the controller and HR.
 */

export interface SickLeaveBlocksInput extends SectionHeading {
  /** The board's table (sickLeaveTable), its month the last month with HR data. */
  readonly table: SickLeaveTable;
}

const rowOf = (table: SickLeaveTable, key: SickLeaveRow['key']) =>
  table.rows.find((row) => row.key === key);

/** Whether every category shown moved the way the total did (001: "genomgående i samtliga"). */
function allCategoriesAlike(table: SickLeaveTable, sign: number): boolean {
  const shown = table.rows.filter((row) => row.key !== 'total' && row.differenceTenths !== null);
  return shown.length > 0 && shown.every((row) => Math.sign(row.differenceTenths ?? 0) === sign);
}

/** 001's "Den totala sjukfrånvaron har minskat jämfört med år 2022 genomgående i …". */
export function sickLeaveSentences(table: SickLeaveTable): string[] {
  const total = rowOf(table, 'total');
  const period = yearToDateSv(table.year, table.month);
  const lastYear = String(table.year - 1);
  if (total?.current.tenths == null)
    return [
      `Sjukfrånvaron ${period} visas inte: gruppen har färre än ${String(SMALL_GROUP_LIMIT)} anställda eller ingen schemalagd tid.`,
    ];
  const sentences: string[] = [];
  const previous = total.previous.tenths;
  sentences.push(
    `Den totala sjukfrånvaron ${period} är ${formatTenthsSv(total.current.tenths)} procent` +
      (previous === null ? '.' : ` (${formatTenthsSv(previous)} procent ${lastYear}).`),
  );
  const difference = total.differenceTenths;
  if (difference !== null) {
    const sign = Math.sign(difference);
    const throughout = allCategoriesAlike(table, sign)
      ? ' genomgående i samtliga kategorier som följs upp'
      : '';
    sentences.push(
      sign === 0
        ? `Den är oförändrad jämfört med år ${lastYear}.`
        : `Den har ${sign < 0 ? 'minskat' : 'ökat'} med ${tenthsProseSv(difference)} procentenheter jämfört med år ${lastYear}${throughout}.`,
    );
  }
  const women = rowOf(table, 'women');
  const men = rowOf(table, 'men');
  const womenNow = women?.current.tenths ?? null;
  const menNow = men?.current.tenths ?? null;
  if (womenNow !== null && menNow !== null && womenNow !== menNow) {
    const higher = womenNow > menNow ? 'kvinnor' : 'män';
    const lower = womenNow > menNow ? 'män' : 'kvinnor';
    const womenBefore = women?.previous.tenths ?? null;
    const menBefore = men?.previous.tenths ?? null;
    const asBefore =
      womenBefore !== null &&
      menBefore !== null &&
      Math.sign(womenBefore - menBefore) === Math.sign(womenNow - menNow);
    const figures = `${formatTenthsSv(Math.max(womenNow, menNow))} mot ${formatTenthsSv(Math.min(womenNow, menNow))} procent`;
    sentences.push(
      asBefore
        ? `Precis som föregående år har ${higher} högre sjukfrånvaro än ${lower} (${figures}).`
        : `${higher === 'kvinnor' ? 'Kvinnor' : 'Män'} har högre sjukfrånvaro än ${lower} (${figures}).`,
    );
  }
  return sentences;
}

/** "Avser perioden 1 januari–31 juli 2023 och samma period 2022." */
export function sickLeavePeriodNote(table: SickLeaveTable): string {
  const month = toMonth(table.month);
  return `Avser perioden 1 januari–${String(daysInMonth(table.year, month))} ${MONTH_NAMES_SV[month]} ${String(table.year)} och samma period ${String(table.year - 1)}. Sjukfrånvaro i procent av schemalagd tid; dagbanden räknas mot all schemalagd tid och summerar till totalen.`;
}

export function sickLeaveBlocks(input: SickLeaveBlocksInput): Block[] {
  const { table: figures } = input;
  const rows = figures.rows.map((row): TableRow => ({
    label: row.label,
    kind: 'normal',
    cells: [
      textCell(formatTenthsSv(row.current.tenths)),
      textCell(formatTenthsSv(row.previous.tenths)),
      textCell(formatTenthsSv(row.differenceTenths)),
    ],
  }));
  const notes: ParagraphBlock[] = [
    paragraph(sickLeavePeriodNote(figures)),
    ...(figures.smallGroups ? [paragraph(SMALL_GROUP_NOTE_SV)] : []),
  ];
  return [
    ...sectionHeading('Sjukfrånvaro', input),
    paragraph(sickLeaveSentences(figures).join(' ')),
    table(
      `Sjukfrånvaro ${yearToDateSv(figures.year, figures.month)}`,
      [String(figures.year), String(figures.year - 1), 'Differens'],
      rows,
      'Sjukfrånvaro (%)',
    ),
    ...notes,
  ];
}
