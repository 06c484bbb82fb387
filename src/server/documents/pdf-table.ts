import { formatCell, type TableBlock } from '#domain/reports/document';
import { PDF_FONTS, PDF_PAGE, pdfBottom, pdfFrame, type Pdf } from './pdf-page';
import { tableWidths } from './table-layout';

const TABLE_SIZE = 8.5;
const CAPTION_SIZE = 10;
const PADDING = 4;

/** A table measured for its page: column widths, the rows' texts and heights. */
export interface PdfTableLayout {
  readonly columnX: (index: number) => number;
  readonly columnWidth: (index: number) => number;
  /** Whether a column's text is left-aligned (the labels and text columns) or right. */
  readonly leftAligned: (index: number) => boolean;
  readonly caption: string;
  readonly captionHeight: number;
  readonly headTexts: readonly string[];
  readonly headHeight: number;
  readonly rowTexts: readonly (readonly string[])[];
  readonly rowHeights: readonly number[];
}

const sum = (heights: readonly number[]) => heights.reduce((total, one) => total + one, 0);

/**
 * Measures a table: figure columns of equal width (table-layout.ts), the heads wrapping
 * between words or at their soft hyphens ("Prognos-/avvikelse"), never inside a word.
 */
export function layoutPdfTable(pdf: Pdf, block: TableBlock): PdfTableLayout {
  const { left, width } = pdfFrame(pdf);
  const widths = tableWidths(block, {
    total: width,
    padding: PADDING,
    width: (text, bold) =>
      pdf
        .font(bold ? PDF_FONTS.bold : PDF_FONTS.regular)
        .fontSize(TABLE_SIZE)
        .widthOfString(text),
  });
  const columnWidth = (index: number): number =>
    index === 0 ? widths.label : (widths.columns[index - 1] ?? widths.figure);
  const columnX = (index: number): number =>
    left +
    Array.from({ length: index }, (_, before) => columnWidth(before)).reduce((a, b) => a + b, 0);
  const rowHeight = (texts: readonly string[], font: string): number => {
    pdf.font(font).fontSize(TABLE_SIZE);
    const heights = texts.map((text, index) =>
      pdf.heightOfString(text, { width: columnWidth(index) - 2 * PADDING }),
    );
    return Math.max(...heights) + 2 * PADDING;
  };
  const headTexts = [block.unit, ...block.columns];
  const rowTexts = block.rows.map((row) => [
    row.label,
    ...row.cells.map((cell) => formatCell(cell)),
  ]);
  pdf.font(PDF_FONTS.bold).fontSize(CAPTION_SIZE);
  return {
    columnX,
    columnWidth,
    leftAligned: (index) => index === 0 || (widths.textColumns[index - 1] ?? false),
    caption: block.caption,
    captionHeight: pdf.heightOfString(block.caption, { width }) + 4,
    headTexts,
    headHeight: rowHeight(headTexts, PDF_FONTS.bold),
    rowTexts,
    rowHeights: block.rows.map((row, index) =>
      rowHeight(rowTexts[index] ?? [], row.kind === 'normal' ? PDF_FONTS.regular : PDF_FONTS.bold),
    ),
  };
}

/**
 * The height a table needs unbroken where it starts: the whole table when it fits on a page
 * (it is kept on one), else its caption, head and first two rows.
 */
export function pdfTableStartHeight(pdf: Pdf, layout: PdfTableLayout): number {
  const start = layout.captionHeight + layout.headHeight;
  const whole = start + sum(layout.rowHeights);
  const pageRoom = pdfBottom(pdf) - PDF_PAGE.margins.top;
  return whole <= pageRoom ? whole : start + sum(layout.rowHeights.slice(0, 2));
}

/**
 * A table drawn cell by cell: labels left, figures right-aligned, the head repeated after a
 * page break, subtotal and total rows bold with a rule above. Starts a new page first unless
 * its start (pdfTableStartHeight) fits.
 */
export function drawPdfTable(pdf: Pdf, block: TableBlock): void {
  const { left, width } = pdfFrame(pdf);
  const layout = layoutPdfTable(pdf, block);
  const { columnX, columnWidth, leftAligned } = layout;
  const drawRow = (texts: readonly string[], font: string, height: number, head = false) => {
    const top = pdf.y;
    texts.forEach((text, index) => {
      pdf
        .font(head && index === 0 ? PDF_FONTS.italic : font)
        .fontSize(TABLE_SIZE)
        .fillColor(PDF_PAGE.textColour)
        .text(text, columnX(index) + PADDING, top + PADDING, {
          width: columnWidth(index) - 2 * PADDING,
          align: leftAligned(index) ? 'left' : 'right',
        });
    });
    pdf.y = top + height;
  };
  const rule = (y: number, lineWidth: number): void => {
    pdf
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(lineWidth)
      .strokeColor(PDF_PAGE.textColour)
      .stroke();
  };
  const drawHead = (): void => {
    drawRow(layout.headTexts, PDF_FONTS.bold, layout.headHeight, true);
    rule(pdf.y, 0.8);
  };

  if (pdf.y + pdfTableStartHeight(pdf, layout) > pdfBottom(pdf)) pdf.addPage();
  pdf
    .font(PDF_FONTS.bold)
    .fontSize(CAPTION_SIZE)
    .fillColor(PDF_PAGE.textColour)
    .text(layout.caption, left, pdf.y, { width });
  pdf.y += 4;
  drawHead();
  block.rows.forEach((row, index) => {
    const emphasised = row.kind !== 'normal';
    const height = layout.rowHeights[index] ?? 0;
    if (pdf.y + height > pdfBottom(pdf)) {
      pdf.addPage();
      drawHead();
    }
    if (emphasised) rule(pdf.y, 0.6);
    drawRow(layout.rowTexts[index] ?? [], emphasised ? PDF_FONTS.bold : PDF_FONTS.regular, height);
    if (row.kind === 'total') rule(pdf.y, 1.2);
  });
  pdf.x = left;
  pdf.y += PDF_PAGE.bodySize;
}
