import { formatInteger, formatMnkr } from '../kernel/format';
import { roundToTkr } from '../kernel/money';
import {
  paragraph,
  table,
  textCell,
  tkrCell,
  type Block,
  type TableRow,
  type TableRowKind,
} from '../reports/document';
import { sectionHeading, yearToDateSv, type SectionHeading } from '../reports/section-blocks';
import { PLACEMENT_TOTAL_LABEL, totalFigures, type PlacementFigures } from './placement-report';

/**
 * Placements as report blocks (köpt vård, 001's "Verksamhet" and "Ekonomi"): a sentence on the
 * care days, the cost to date and the forecast, and the report placements table per unit with
 * its Summa, the costs in tkr as every document table.
 */

export interface PlacementBlocksInput extends SectionHeading {
  readonly year: number;
  readonly month: number;
  /** The units with placements, in the order shown (code order), and their figures. */
  readonly units: readonly { readonly name: string; readonly figures: PlacementFigures }[];
}

const PLACEMENT_BLOCK_COLUMNS = [
  'Placeringar',
  'Vårddygn hittills',
  'Kostnad hittills',
  'Prognos resten av året',
  'Prognos helår',
] as const;

const mnkr = (amount: PlacementFigures['costToDate']) => `${formatMnkr(amount)} mnkr`;

function rowOf(label: string, figures: PlacementFigures, kind: TableRowKind): TableRow {
  return {
    label,
    kind,
    cells: [
      textCell(formatInteger(figures.placements)),
      textCell(formatInteger(figures.careDays)),
      tkrCell(roundToTkr(figures.costToDate)),
      tkrCell(roundToTkr(figures.forecastRest)),
      tkrCell(roundToTkr(figures.fullYear)),
    ],
  };
}

/** "Januari–augusti 2023 har nämnden haft 42 placeringar med 5 432 vårddygn …". */
export function placementSentences(input: PlacementBlocksInput, total: PlacementFigures): string[] {
  const period = yearToDateSv(input.year, input.month);
  const count =
    total.placements === 1 ? 'en placering' : `${formatInteger(total.placements)} placeringar`;
  return [
    `Under ${period} har nämnden haft ${count} i köpt vård med sammanlagt ${formatInteger(total.careDays)} vårddygn, till en kostnad av ${mnkr(total.costToDate)}.`,
    `Prognosen för resten av året är ${mnkr(total.forecastRest)} för de placeringar som pågår, vilket ger ${mnkr(total.fullYear)} för helåret.`,
  ];
}

export function placementBlocks(input: PlacementBlocksInput): Block[] {
  const total = totalFigures(input.units.map((unit) => unit.figures));
  return [
    ...sectionHeading('Placeringar', input),
    paragraph(placementSentences(input, total).join(' ')),
    table(`Placeringar ${yearToDateSv(input.year, input.month)}`, PLACEMENT_BLOCK_COLUMNS, [
      ...input.units.map((unit) => rowOf(unit.name, unit.figures, 'normal')),
      rowOf(PLACEMENT_TOTAL_LABEL, total, 'total'),
    ]),
    paragraph(
      'Placeringar: de som pågått någon gång under perioden. Kostnad: dygnskostnad × dagar placerad (start- och slutdag medräknade). Prognos: dygnskostnad × dagarna från månadens slut till planerat slut eller årets slut.',
    ),
  ];
}
