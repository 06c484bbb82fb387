import { formatCell, type TableBlock } from '../../domain/reports/document';

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
 * wrap between words. The label column takes the rest. Shared by DOCX and PDF.
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
  const heads = widest(block.columns.map((column) => padded(column, true)));
  const headWords = widest(
    block.columns.flatMap((column) => column.split(/\s+/).map((word) => padded(word, true))),
  );
  const labels = widest([
    padded(block.unit, false),
    ...block.rows.map((row) => padded(row.label, row.kind !== 'normal')),
  ]);
  let figure = Math.max(cells, heads);
  if (measure.total - count * figure < labels) {
    figure = Math.max(cells, headWords, (measure.total - labels) / count);
  }
  // Many columns: the labels keep a quarter of the width and the rest wraps.
  figure = Math.min(figure, (measure.total * 0.75) / count);
  return { label: measure.total - count * figure, figure };
}
