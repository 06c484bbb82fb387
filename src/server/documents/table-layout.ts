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

/**
 * A text column (or the labels) is not squeezed below this share of the width, unless its
 * text is shorter: a short text ("I hög grad uppfyllt") stays on one line. The figures are
 * measured against the text columns at this width, so they keep theirs however long the
 * texts are.
 */
const TEXT_COLUMN_SHARE = 0.18;

/** What a wrapping column needs: its longest word, its whole longest text, and its weight. */
export interface WrappingNeed {
  /** What it is given when there is room: its longest word, and its text or 18 % of the width. */
  readonly least: number;
  /** Its longest word alone: below this a word breaks (left out: the least). */
  readonly words?: number;
  readonly whole: number;
  readonly weight: number;
}

/**
 * Shares a width among wrapping columns (the labels and the text columns) by their weight
 * (their longest text, so the longest rows wrap alike), each given at least its least and at most its whole longest text; what one cannot use
 * goes to the others. Where even the least of each does not fit, each gets the same part of it.
 */
export function shareWidth(room: number, needs: readonly WrappingNeed[]): number[] {
  const least = needs.reduce((sum, need) => sum + need.least, 0);
  if (least >= room) {
    // Short columns held at 18 % of the width give up that floor first, down to their longest
    // word, in proportion to what they have above it; only then do words break.
    const words = needs.reduce((sum, need) => sum + (need.words ?? need.least), 0);
    if (words < room) {
      const slack = least - words;
      return needs.map((need) => {
        const word = need.words ?? need.least;
        return word + ((need.least - word) * (room - words)) / slack;
      });
    }
    // Too many columns for the width: each gives up the same part of its least (words break).
    return needs.map((need) => (least === 0 ? 0 : (need.least * room) / least));
  }
  const widths: (number | null)[] = needs.map(() => null);
  for (;;) {
    const open = needs.flatMap((need, index) => (widths[index] === null ? [index] : []));
    if (open.length === 0) break;
    const fixed = widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
    const left = room - fixed;
    const weights = open.reduce((sum, index) => sum + Math.max(needs[index]?.weight ?? 0, 1), 0);
    const proposed = (index: number) => (left * Math.max(needs[index]?.weight ?? 0, 1)) / weights;
    // The columns held at their least first, then those that need less than their share.
    const below = open.filter((index) => proposed(index) < (needs[index]?.least ?? 0));
    const above = open.filter((index) => proposed(index) > (needs[index]?.whole ?? 0));
    if (below.length > 0) for (const index of below) widths[index] = needs[index]?.least ?? 0;
    else if (above.length > 0) for (const index of above) widths[index] = needs[index]?.whole ?? 0;
    else for (const index of open) widths[index] = proposed(index);
  }
  return widths.map((width) => width ?? 0);
}

/**
 * Column widths for a table: figure columns of equal width, wide enough for every figure and,
 * where the labels leave room, for the whole head ("Budget 2025" on one line); else the heads
 * wrap between words or at a soft hyphen. The labels and the text columns (cells of several
 * words) share the rest: each its whole longest text when they all fit, else in proportion to
 * it, none below its longest word or 18 % of the width (a short column: its text).
 * Shared by DOCX and PDF.
 */
export function tableWidths(block: TableBlock, measure: TableMeasure): TableWidths {
  const padded = (text: string, bold: boolean) => measure.width(text, bold) + 2 * measure.padding;
  const widest = (values: readonly number[]) => Math.max(0, ...values);
  const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
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
  const labelTexts = block.rows.map((row) => ({ text: row.label, bold: row.kind !== 'normal' }));
  const labels = widest([
    padded(block.unit, false),
    ...labelTexts.map((label) => padded(label.text, label.bold)),
  ]);

  // Text columns: their longest word, their longest text and their text in all.
  // The longest word and a space: PDFKit measures a word with the space after it, and breaks
  // one that does not fit so inside the word.
  const space = measure.width(' ', true) + 0.5;
  const need = (whole: number, words: number, weight: number): WrappingNeed => ({
    least: Math.max(words + space, Math.min(whole, measure.total * TEXT_COLUMN_SHARE)),
    words: words + space,
    whole,
    weight,
  });
  const textNeeds = block.columns.map((column, index) => {
    if (!textColumns[index]) return null;
    const words = widest([
      ...headWordsOf(column),
      ...cellWidths(index, (text) => text.split(WORD_BREAK)),
    ]);
    const texts = cellWidths(index, (text) => [text]);
    const whole = widest([padded(column, true), ...texts]);
    return need(whole, words, whole);
  });
  // The figures are measured against the text columns' width as it was: up to a share each.
  const textTotal = total(textNeeds.map((one) => one?.least ?? 0));
  const figureCount = Math.max(figureIndexes.length, 1);
  const room = measure.total - textTotal;

  let figure = Math.max(cells, heads);
  if (room - figureCount * figure < labels) {
    figure = Math.max(cells, headWords, (room - labels) / figureCount);
  }
  // Many columns: the labels keep a quarter of the width and the rest wraps, but never inside
  // a figure or a word of a head (the labels give up more of their quarter first).
  figure = Math.min(figure, Math.max(cells, headWords, (room * 0.75) / figureCount));

  // The labels and the text columns share what the figures leave.
  const wrapping = textNeeds.flatMap((one) => (one === null ? [] : [one]));
  const labelWords = widest([
    padded(block.unit, false),
    ...labelTexts.flatMap((label) =>
      label.text.split(WORD_BREAK).map((word) => padded(word, label.bold)),
    ),
  ]);
  const shared = shareWidth(measure.total - figureIndexes.length * figure, [
    need(labels, labelWords, labels),
    ...wrapping,
  ]);
  let next = 1;
  const columns = textColumns.map((text) => (text ? (shared[next++] ?? 0) : figure));
  return { label: measure.total - total(columns), figure, columns, textColumns };
}
