import {
  formatCell,
  SOFT_HYPHEN,
  withoutSoftHyphens,
  type TableBlock,
} from '#domain/reports/document';

export interface TableWidths {
  readonly label: number;
  /** Every figure column has this width. */
  readonly figure: number;
}

export interface TableMeasure {
  /** The table's whole width. */
  readonly total: number;
  /** Space between a cell's text and its edges, on each side. */
  readonly padding: number;
  /** A text's width in the table's font, in the same unit as total. */
  readonly width: (text: string, bold: boolean) => number;
}

/**
 * Column widths for a table: figure columns of equal width, wide enough for every figure and,
 * where the labels leave room, for the whole head ("Budget 2025" on one line); else the heads
 * wrap between words or at a soft hyphen. The label column takes the rest. Shared by DOCX and PDF.
 */
export function tableWidths(block: TableBlock, measure: TableMeasure): TableWidths {
  const count = Math.max(block.columns.length, 1);
  const padded = (text: string, bold: boolean) => measure.width(text, bold) + 2 * measure.padding;
  const widest = (values: readonly number[]) => Math.max(0, ...values);
  const cells = widest(
    block.rows.flatMap((row) =>
      row.cells.map((cell) => padded(formatCell(cell), row.kind !== 'normal')),
    ),
  );
  const heads = widest(block.columns.map((column) => padded(withoutSoftHyphens(column), true)));
  // A head wraps between words and at its soft hyphens ("Prognos-" over "avvikelse").
  const headWords = widest(
    block.columns.flatMap((column) =>
      column
        .split(/\s+/)
        .flatMap((word) =>
          word
            .split(SOFT_HYPHEN)
            .map((part, index, parts) =>
              padded(index < parts.length - 1 ? `${part}-` : part, true),
            ),
        ),
    ),
  );
  const labels = widest([
    padded(block.unit, false),
    ...block.rows.map((row) => padded(row.label, row.kind !== 'normal')),
  ]);
  let figure = Math.max(cells, heads);
  if (measure.total - count * figure < labels) {
    figure = Math.max(cells, headWords, (measure.total - labels) / count);
  }
  // Many columns: the labels keep a quarter of the width and the rest wraps, but never inside
  // a figure or a word of a head (the labels give up more of their quarter first).
  figure = Math.min(figure, Math.max(cells, headWords, (measure.total * 0.75) / count));
  return { label: measure.total - count * figure, figure };
}
