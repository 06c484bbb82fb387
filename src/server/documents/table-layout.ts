import {
  formatCell,
  SOFT_HYPHEN,
  withoutSoftHyphens,
  type TableBlock,
} from '#domain/reports/document';

export interface TableWidths {
  readonly label: number;
  /** The width of a figure column (every column's in a table without text columns). */
  readonly figure: number;
  /** Each column's width after the label's, in order. */
  readonly columns: readonly number[];
  /**
   * Which columns hold text of several words (a source, "82,2 (Hela kommunen 80,5)"): they
   * wrap between words and are written left-aligned; figures never wrap.
   */
  readonly textColumns: readonly boolean[];
}

export interface TableMeasure {
  /** The table's whole width. */
  readonly total: number;
  /** Space between a cell's text and its edges, on each side. */
  readonly padding: number;
  /** A text's width in the table's font, in the same unit as total. */
  readonly width: (text: string, bold: boolean) => number;
}

/** Ordinary spaces: a text cell wraps there (a no-break space, as in "85 / 81", holds). */
const WORD_BREAK = /[ \t\n]+/;

/** Which of a table's columns (after the label's) hold text (TableBlock.textColumns). */
export function textColumnsOf(block: TableBlock): boolean[] {
  return block.columns.map((_, index) => block.textColumns?.[index] ?? false);
}

/** The most of the width a text column takes before it wraps. */
const TEXT_COLUMN_SHARE = 0.18;

/**
 * Column widths for a table: figure columns of equal width, wide enough for every figure and,
 * where the labels leave room, for the whole head ("Budget 2025" on one line); else the heads
 * wrap between words or at a soft hyphen. Text columns (cells of several words) get what
 * their longest text needs up to a share of the width and wrap beyond it. The label column
 * takes the rest. Shared by DOCX and PDF.
 */
export function tableWidths(block: TableBlock, measure: TableMeasure): TableWidths {
  const padded = (text: string, bold: boolean) => measure.width(text, bold) + 2 * measure.padding;
  const widest = (values: readonly number[]) => Math.max(0, ...values);
  const textColumns = textColumnsOf(block);
  const figureIndexes = block.columns.map((_, index) => index).filter((i) => !textColumns[i]);
  const cellWidths = (index: number, text: (value: string) => readonly string[]) =>
    block.rows.flatMap((row) => {
      const cell = row.cells[index];
      if (!cell) return [];
      return text(formatCell(cell)).map((part) => padded(part, row.kind !== 'normal'));
    });
  const cells = widest(figureIndexes.flatMap((index) => cellWidths(index, (text) => [text])));
  const heads = widest(
    figureIndexes.map((index) => padded(withoutSoftHyphens(block.columns[index] ?? ''), true)),
  );
  // A head wraps between words and at its soft hyphens ("Prognos-" over "avvikelse").
  const headWordsOf = (column: string) =>
    column
      .split(/\s+/)
      .flatMap((word) =>
        word
          .split(SOFT_HYPHEN)
          .map((part, index, parts) => padded(index < parts.length - 1 ? `${part}-` : part, true)),
      );
  const headWords = widest(
    figureIndexes.flatMap((index) => headWordsOf(block.columns[index] ?? '')),
  );
  const labels = widest([
    padded(block.unit, false),
    ...block.rows.map((row) => padded(row.label, row.kind !== 'normal')),
  ]);

  // Text columns: their longest text, at most their share, at least their longest word.
  const textWidths = block.columns.map((column, index) => {
    if (!textColumns[index]) return 0;
    const words = widest([
      ...headWordsOf(column),
      ...cellWidths(index, (text) => text.split(WORD_BREAK)),
    ]);
    const whole = widest([padded(column, true), ...cellWidths(index, (text) => [text])]);
    return Math.max(words, Math.min(whole, measure.total * TEXT_COLUMN_SHARE));
  });
  const textTotal = textWidths.reduce((sum, width) => sum + width, 0);
  const figureCount = Math.max(figureIndexes.length, 1);
  const room = measure.total - textTotal;

  let figure = Math.max(cells, heads);
  if (room - figureCount * figure < labels) {
    figure = Math.max(cells, headWords, (room - labels) / figureCount);
  }
  // Many columns: the labels keep a quarter of the width and the rest wraps, but never inside
  // a figure or a word of a head (the labels give up more of their quarter first).
  figure = Math.min(figure, Math.max(cells, headWords, (room * 0.75) / figureCount));
  const columns = textColumns.map((text, index) => (text ? (textWidths[index] ?? 0) : figure));
  const used = columns.reduce((sum, width) => sum + width, 0);
  return { label: measure.total - used, figure, columns, textColumns };
}
