import { formatFixed, formatInteger, GROUP_SEPARATOR } from '../kernel/format';
import { isIsoDate } from '../kernel/period';
import type { StatementColumn } from '../follow-up/measures';
import type { TkrTable } from './operating-statement-report';

/**
 * A report as a data model: what the document says, not how a format draws it. Built by pure
 * code from the figures; the renderers in server/documents turn it into HTML, DOCX, PDF and
 * XLSX, so every format shows the same headings, figures and charts.
 */
export interface ReportDocument {
  readonly title: string;
  readonly subtitle?: string;
  readonly municipalityName: string;
  readonly boardName: string;
  /** The document's date, YYYY-MM-DD, given by the caller (the domain has no clock). */
  readonly dateIso: string;
  /**
   * Not final yet: 'Utkast' (a report of a month not published), 'Förslag' (a budget not
   * decided). Every renderer writes it in the title and on every page; null or left out: final.
   */
  readonly status?: DocumentStatus | null;
  readonly blocks: readonly Block[];
}

export type DocumentStatus = 'Utkast' | 'Förslag';

/**
 * Where a long word may be hyphenated (U+00AD), as in a table head "Prognos\u00adavvikelse":
 * the PDF and DOCX break there with a hyphen when the column is narrow, HTML lets the browser,
 * and formats that do not lay out text drop it (withoutSoftHyphens).
 */
export const SOFT_HYPHEN = '\u00ad';

export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock;

export type HeadingLevel = 1 | 2 | 3;

export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: HeadingLevel;
  readonly text: string;
  /** Numbered headings get "1", "1.1", "1.1.1" before the text (see headingNumbers). */
  readonly numbered: boolean;
}

export interface TextRun {
  readonly text: string;
  readonly emphasis?: 'bold' | 'italic';
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly runs: readonly TextRun[];
}

/**
 * A table cell: a figure with its kind, or text.
 * - tkr: whole tkr, written -137 901 (the caller rounds from öre, as roundToTkr does).
 * - percent: a percentage (3.7 for 3,7 %), written with one decimal.
 * - absent: no data (a year before the ledger or the budget starts), written "–", never 0.
 * - text: written as given ("–" for a figure that does not apply).
 */
export type TableCell =
  | { readonly kind: 'tkr'; readonly value: number }
  | { readonly kind: 'percent'; readonly value: number }
  | { readonly kind: 'absent' }
  | { readonly kind: 'text'; readonly text: string };

/** How every format writes a figure there is no data for. */
export const NO_DATA = '–';

/** normal rows are plain; subtotal and total rows are bold with a rule above. */
export type TableRowKind = 'normal' | 'subtotal' | 'total';

export interface TableRow {
  readonly label: string;
  readonly kind: TableRowKind;
  /** One cell per column. */
  readonly cells: readonly TableCell[];
}

export interface TableBlock {
  readonly type: 'table';
  readonly caption: string;
  /** What the figures are, shown at the head of the label column: "Belopp i tkr". */
  readonly unit: string;
  /** The heads of the figure columns (the label column's head is the unit). */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
  /**
   * Which columns hold text rather than figures (a source, "82,2 (Hela kommunen 80,5)"), by
   * index: every format wraps them between words and aligns them left. Left out: figures only.
   */
  readonly textColumns?: readonly boolean[];
}

export type ChartKind = 'bar' | 'line';

export interface ChartSeries {
  readonly name: string;
  /** One value per category. */
  readonly values: readonly number[];
}

export interface ChartBlock {
  readonly type: 'chart';
  readonly kind: ChartKind;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The unit of the values, written above the value axis: "tkr", "mnkr", "%". */
  readonly unit: string;
  /** Decimals of the value axis labels: 0 for tkr, 1 for mnkr and percentages. */
  readonly decimals: 0 | 1;
}

// Builders ------------------------------------------------------------------------------------

export function heading(level: HeadingLevel, text: string, numbered = false): HeadingBlock {
  return { type: 'heading', level, text, numbered };
}

export function bold(text: string): TextRun {
  return { text, emphasis: 'bold' };
}

export function italic(text: string): TextRun {
  return { text, emphasis: 'italic' };
}

/** A paragraph from plain strings and emphasised runs, in order. */
export function paragraph(...parts: readonly (string | TextRun)[]): ParagraphBlock {
  return {
    type: 'paragraph',
    runs: parts.map((part) => (typeof part === 'string' ? { text: part } : part)),
  };
}

/** Whole tkr, or no data (null). */
export function tkrCell(value: number | null): TableCell {
  return value === null ? { kind: 'absent' } : { kind: 'tkr', value };
}

export function percentCell(value: number): TableCell {
  return { kind: 'percent', value };
}

export function textCell(text: string): TableCell {
  return { kind: 'text', text };
}

/** A row of whole tkr (null: no data). */
export function tkrRow(
  label: string,
  values: readonly (number | null)[],
  kind: TableRowKind = 'normal',
): TableRow {
  return { label, kind, cells: values.map(tkrCell) };
}

export function table(
  caption: string,
  columns: readonly string[],
  rows: readonly TableRow[],
  unit = 'Belopp i tkr',
): TableBlock {
  return { type: 'table', caption, unit, columns, rows };
}

/**
 * A statement cell as the documents, the CLI and the web write it: whole tkr, or, without data
 * for the comparison period, "–" for last year's actual and nothing for the difference (there
 * is no difference to show, RULES.md).
 */
export function statementCell(column: StatementColumn, value: number | null): TableCell {
  if (value !== null) return tkrCell(value);
  return column === 'actualDifference' ? { kind: 'text', text: '' } : tkrCell(null);
}

/** The operating statement's tkr table (operatingStatementTkrTable) as a document table. */
export function tableFromTkrTable(source: TkrTable, unit = 'Belopp i tkr'): TableBlock {
  return table(
    source.caption,
    source.columns.map((column) => column.label),
    source.rows.map((row) => ({
      label: row.label,
      kind: row.kind === 'group' ? 'normal' : row.kind,
      cells: source.columns.map((column) => statementCell(column.key, row.values[column.key])),
    })),
    unit,
  );
}

export function chart(
  kind: ChartKind,
  title: string,
  categories: readonly string[],
  series: readonly ChartSeries[],
  unit = 'tkr',
  decimals: 0 | 1 = 0,
): ChartBlock {
  return { type: 'chart', kind, title, categories, series, unit, decimals };
}

// Validation ----------------------------------------------------------------------------------

/** What is wrong with a document, in English for developers; empty when it can be rendered. */
export function reportDocumentProblems(document: ReportDocument): string[] {
  const problems: string[] = [];
  if (document.title.trim() === '') problems.push('The title is empty');
  if (!isIsoDate(document.dateIso)) problems.push(`dateIso is not a date: ${document.dateIso}`);
  if (document.status != null && !['Utkast', 'Förslag'].includes(document.status)) {
    problems.push(`status is not Utkast or Förslag: ${document.status}`);
  }
  document.blocks.forEach((block, index) => {
    const where = `Block ${index} (${block.type})`;
    switch (block.type) {
      case 'heading': {
        if (![1, 2, 3].includes(block.level)) problems.push(`${where}: level ${block.level}`);
        // A numbered section says something: content or a deeper heading follows. (An
        // unnumbered heading may be a line alone, as 003's "Rekryteringsenheten +5 mnkr".)
        const next = document.blocks[index + 1];
        const empty = !next || (next.type === 'heading' && next.level <= block.level);
        if (block.numbered && empty) {
          problems.push(`${where} "${block.text}": a section without content`);
        }
        break;
      }
      case 'paragraph':
        break;
      case 'table':
        if (block.textColumns && block.textColumns.length !== block.columns.length) {
          problems.push(
            `${where}: ${block.textColumns.length} text column marks for ${block.columns.length} columns`,
          );
        }
        block.rows.forEach((row, rowIndex) => {
          if (row.cells.length !== block.columns.length) {
            problems.push(
              `${where}, row ${rowIndex} "${row.label}": ${row.cells.length} cells for ${block.columns.length} columns`,
            );
          }
          row.cells.forEach((cell, cellIndex) => {
            if (cell.kind === 'tkr' && !Number.isSafeInteger(cell.value)) {
              problems.push(`${where}, row ${rowIndex}, cell ${cellIndex}: not whole tkr`);
            }
            if (cell.kind === 'percent' && !Number.isFinite(cell.value)) {
              problems.push(`${where}, row ${rowIndex}, cell ${cellIndex}: not a number`);
            }
          });
        });
        break;
      case 'chart':
        if (block.categories.length === 0) problems.push(`${where}: no categories`);
        if (block.series.length === 0) problems.push(`${where}: no series`);
        block.series.forEach((series) => {
          if (series.values.length !== block.categories.length) {
            problems.push(
              `${where}, series "${series.name}": ${series.values.length} values for ${block.categories.length} categories`,
            );
          }
          if (!series.values.every(Number.isFinite)) {
            problems.push(`${where}, series "${series.name}": a value is not a number`);
          }
        });
        break;
    }
  });
  return problems;
}

/** Throws a RangeError listing the problems, so a renderer never writes half a document. */
export function assertRenderable(document: ReportDocument): void {
  const problems = reportDocumentProblems(document);
  if (problems.length > 0) {
    throw new RangeError(`The report document cannot be rendered:\n${problems.join('\n')}`);
  }
}

// What every renderer writes the same way ------------------------------------------------------

/**
 * The numbers of the numbered headings ("1", "1.1", "2.3.1"), by block index; undefined for
 * other blocks and unnumbered headings. A numbered heading restarts the levels below it.
 */
export function headingNumbers(blocks: readonly Block[]): readonly (string | undefined)[] {
  const counters = [0, 0, 0];
  return blocks.map((block) => {
    if (block.type !== 'heading' || !block.numbered) return undefined;
    const index = block.level - 1;
    counters[index] = (counters[index] ?? 0) + 1;
    for (let deeper = index + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
    return counters.slice(0, block.level).join('.');
  });
}

/** The title as written: "Resultatrapport april 2025 – Utkast" while the document is not final. */
export function titleText(document: ReportDocument): string {
  return document.status ? `${document.title} – ${document.status}` : document.title;
}

/** A heading's text as written: "1.2 Ekonomiska ramar", or the text alone. */
export function headingText(block: HeadingBlock, number: string | undefined): string {
  return number === undefined ? block.text : `${number} ${block.text}`;
}

/**
 * A number rounded half away from zero to the given decimals, as tenths or units. The
 * toPrecision step removes binary noise (3.65 * 10 = 36.49999...) before rounding.
 */
export function roundHalfAwayFromZero(value: number, decimals: 0 | 1): number {
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(12));
  const rounded = Math.round(scaled);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A number with 0 or 1 decimals the Swedish way: -1 234,5. */
export function formatDecimal(value: number, decimals: 0 | 1): string {
  return formatFixed(roundHalfAwayFromZero(value, decimals), decimals);
}

/** A percentage with one decimal, a no-break space before the sign: 3,7 %. */
export function formatPercent(value: number): string {
  return `${formatDecimal(value, 1)}${GROUP_SEPARATOR}%`;
}

/** A cell as text: tkr -137 901, percent 3,7 %, text as given. */
export function formatCell(cell: TableCell): string {
  switch (cell.kind) {
    case 'tkr':
      return formatInteger(cell.value);
    case 'percent':
      return formatPercent(cell.value);
    case 'absent':
      return NO_DATA;
    case 'text':
      return cell.text;
  }
}
