import PDFDocument from 'pdfkit';
import { layoutChart, type ChartShape } from '../../domain/reports/chart-layout';
import {
  assertRenderable,
  formatCell,
  headingNumbers,
  headingText,
  type ChartBlock,
  type HeadingBlock,
  type ParagraphBlock,
  type ReportDocument,
  type TableBlock,
} from '../../domain/reports/document';
import { tableWidths } from './table-layout';

type Pdf = PDFKit.PDFDocument;

// A4 in points, with room for the running head and foot in the margins.
const MARGINS = { top: 72, bottom: 72, left: 57, right: 57 };
const TEXT_COLOUR = '#222222';
const MUTED_COLOUR = '#555555';
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const HEADING_SIZES = { 1: 16, 2: 13, 3: 11 } as const;
const BODY_SIZE = 10.5;
const TABLE_SIZE = 9;

/** The characters of WinAnsiEncoding beyond Latin-1, which the standard fonts have. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Stand-ins for characters Swedish text uses that WinAnsi lacks. */
const STAND_INS: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus sign
  '\u2009': ' ', // thin space
  '\u202f': '\u00a0', // narrow no-break space
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
};

/**
 * Text for PDF's standard fonts (Helvetica), which have the WinAnsi characters only: å ä ö
 * Å Ä Ö é – … and the no-break space are there; a few others get a stand-in and the rest a
 * question mark (rather than the wrong letters pdfkit would write).
 */
export function pdfText(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const winAnsi =
      character === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(character);
    result += winAnsi ? character : (STAND_INS[character] ?? '?');
  }
  return result;
}

interface Frame {
  readonly left: number;
  readonly width: number;
}

function frame(pdf: Pdf): Frame {
  return { left: MARGINS.left, width: pdf.page.width - MARGINS.left - MARGINS.right };
}

function bottom(pdf: Pdf): number {
  return pdf.page.height - MARGINS.bottom;
}

/** Starts a new page unless `height` points fit below the current position. */
function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function drawHeading(
  pdf: Pdf,
  block: HeadingBlock,
  number: string | undefined,
  outline: Map<number, PDFKit.PDFOutline>,
): void {
  const { left, width } = frame(pdf);
  const size = HEADING_SIZES[block.level];
  const text = pdfText(headingText(block, number));
  pdf.y += size * 0.8;
  // Keep the heading with about three lines of what follows.
  ensureSpace(pdf, size * 1.4 + BODY_SIZE * 4);
  pdf.font(BOLD).fontSize(size).fillColor(TEXT_COLOUR).text(text, left, pdf.y, { width });
  pdf.y += size * 0.3;
  const parent = block.level === 1 ? pdf.outline : (outline.get(block.level - 1) ?? pdf.outline);
  outline.set(block.level, parent.addItem(text));
  for (let deeper = block.level + 1; deeper <= 3; deeper += 1) outline.delete(deeper);
}

function drawParagraph(pdf: Pdf, block: ParagraphBlock): void {
  const { left, width } = frame(pdf);
  pdf.fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);
  pdf.x = left;
  block.runs.forEach((run, index) => {
    const font = run.emphasis === 'bold' ? BOLD : run.emphasis === 'italic' ? ITALIC : REGULAR;
    pdf.font(font).text(pdfText(run.text), {
      width,
      continued: index < block.runs.length - 1,
      lineGap: 2,
    });
  });
  pdf.y += BODY_SIZE * 0.6;
}

/**
 * A table drawn cell by cell: labels left, figures right-aligned in columns of equal width,
 * the head repeated after a page break, subtotal and total rows bold with a rule above.
 */
function drawTable(pdf: Pdf, block: TableBlock): void {
  const { left, width } = frame(pdf);
  const padding = 4;
  const widths = tableWidths(block, {
    total: width,
    padding,
    width: (text, bold) =>
      pdf
        .font(bold ? BOLD : REGULAR)
        .fontSize(TABLE_SIZE)
        .widthOfString(pdfText(text)),
  });
  const figureWidth = widths.figure;
  const labelWidth = widths.label;
  const columnX = (index: number): number =>
    index === 0 ? left : left + labelWidth + figureWidth * (index - 1);
  const columnWidth = (index: number): number => (index === 0 ? labelWidth : figureWidth);

  const rowHeight = (texts: readonly string[], font: string): number => {
    pdf.font(font).fontSize(TABLE_SIZE);
    return (
      Math.max(
        ...texts.map((text, index) =>
          pdf.heightOfString(text, { width: columnWidth(index) - 2 * padding }),
        ),
      ) +
      2 * padding
    );
  };
  const drawRow = (texts: readonly string[], font: string, italicFirst = false): number => {
    const height = rowHeight(texts, font);
    const top = pdf.y;
    texts.forEach((text, index) => {
      pdf
        .font(index === 0 && italicFirst ? ITALIC : font)
        .fontSize(TABLE_SIZE)
        .fillColor(TEXT_COLOUR)
        .text(text, columnX(index) + padding, top + padding, {
          width: columnWidth(index) - 2 * padding,
          align: index === 0 ? 'left' : 'right',
        });
    });
    pdf.y = top + height;
    return height;
  };
  const rule = (y: number, lineWidth: number): void => {
    pdf
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(lineWidth)
      .strokeColor(TEXT_COLOUR)
      .stroke();
  };
  const headTexts = [block.unit, ...block.columns].map(pdfText);
  const drawHead = (): void => {
    drawRow(headTexts, BOLD, true);
    rule(pdf.y, 0.8);
  };

  const caption = pdfText(block.caption);
  pdf.font(BOLD).fontSize(BODY_SIZE);
  const captionHeight = pdf.heightOfString(caption, { width }) + 4;
  const rowTexts = block.rows.map((row) =>
    [row.label, ...row.cells.map((cell) => formatCell(cell))].map(pdfText),
  );
  const rowHeights = block.rows.map((row, index) =>
    rowHeight(rowTexts[index] ?? [], row.kind === 'normal' ? REGULAR : BOLD),
  );
  const sum = (heights: readonly number[]) => heights.reduce((total, one) => total + one, 0);
  const start = captionHeight + rowHeight(headTexts, BOLD);
  // A table that fits on a page is kept on one; a longer one starts with at least two rows.
  const whole = start + sum(rowHeights);
  const pageRoom = bottom(pdf) - MARGINS.top;
  ensureSpace(pdf, whole <= pageRoom ? whole : start + sum(rowHeights.slice(0, 2)));
  pdf.font(BOLD).fontSize(BODY_SIZE).fillColor(TEXT_COLOUR).text(caption, left, pdf.y, { width });
  pdf.y += 4;
  drawHead();
  block.rows.forEach((row, index) => {
    const emphasised = row.kind !== 'normal';
    const font = emphasised ? BOLD : REGULAR;
    const texts = rowTexts[index] ?? [];
    if (pdf.y + (rowHeights[index] ?? 0) > bottom(pdf)) {
      pdf.addPage();
      drawHead();
    }
    if (emphasised) rule(pdf.y, 0.6);
    drawRow(texts, font);
    if (row.kind === 'total') rule(pdf.y, 1.2);
  });
  pdf.x = left;
  pdf.y += BODY_SIZE;
}

/** Draws the shapes of the chart's layout, the same the SVG is written from, scaled to fit. */
function drawChart(pdf: Pdf, block: ChartBlock): void {
  const { left, width } = frame(pdf);
  const scene = layoutChart(block);
  const scale = Math.min(1, width / scene.width);
  const height = scene.height * scale;
  ensureSpace(pdf, height + BODY_SIZE);
  const top = pdf.y;
  pdf.save();
  pdf.translate(left, top).scale(scale);
  for (const shape of scene.shapes) drawShape(pdf, shape);
  pdf.restore();
  pdf.fillColor(TEXT_COLOUR);
  pdf.x = left;
  pdf.y = top + height + BODY_SIZE;
}

function drawShape(pdf: Pdf, shape: ChartShape): void {
  switch (shape.shape) {
    case 'rect':
      pdf.rect(shape.x, shape.y, shape.width, shape.height).fill(shape.fill);
      break;
    case 'line':
      pdf
        .moveTo(shape.x1, shape.y1)
        .lineTo(shape.x2, shape.y2)
        .lineWidth(shape.strokeWidth)
        .stroke(shape.stroke);
      break;
    case 'polyline': {
      const [first, ...rest] = shape.points;
      if (!first) break;
      pdf.moveTo(first[0], first[1]);
      for (const [x, y] of rest) pdf.lineTo(x, y);
      pdf.lineWidth(shape.strokeWidth).lineJoin('round').stroke(shape.stroke);
      break;
    }
    case 'circle':
      pdf.circle(shape.cx, shape.cy, shape.r).fill(shape.fill);
      break;
    case 'text': {
      const text = pdfText(shape.text);
      pdf
        .font(shape.bold ? BOLD : REGULAR)
        .fontSize(shape.size)
        .fillColor(shape.fill);
      const textWidth = pdf.widthOfString(text);
      const x =
        shape.anchor === 'start'
          ? shape.x
          : shape.anchor === 'middle'
            ? shape.x - textWidth / 2
            : shape.x - textWidth;
      pdf.text(text, x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
      break;
    }
  }
}

/** The running head (municipality, board) and foot (date, "Sida X av Y") on every page. */
function drawRunningHeadAndFoot(pdf: Pdf, document: ReportDocument): void {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const { left, width } = frame(pdf);
    const right = left + width;
    // Writing in the margins would otherwise start a new page.
    const savedBottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font(REGULAR).fontSize(8.5).fillColor(MUTED_COLOUR);
    const headY = 36;
    const footY = pdf.page.height - 46;
    const municipality = pdfText(document.municipalityName);
    const board = pdfText(document.boardName);
    const pageText = `Sida ${index - range.start + 1} av ${range.count}`;
    pdf.text(municipality, left, headY, { lineBreak: false });
    pdf.text(board, right - pdf.widthOfString(board), headY, { lineBreak: false });
    pdf
      .moveTo(left, headY + 14)
      .lineTo(right, headY + 14)
      .lineWidth(0.5)
      .stroke('#bbbbbb');
    pdf
      .moveTo(left, footY - 6)
      .lineTo(right, footY - 6)
      .lineWidth(0.5)
      .stroke('#bbbbbb');
    pdf.text(document.dateIso, left, footY, { lineBreak: false });
    pdf.text(pageText, right - pdf.widthOfString(pageText), footY, { lineBreak: false });
    pdf.page.margins.bottom = savedBottom;
  }
}

/**
 * The report as a PDF (A4) drawn with pdfkit and its built-in Helvetica: headings (also as
 * bookmarks), prose, tables and the charts' shapes, with the running head and foot.
 */
export function renderPdf(document: ReportDocument): Promise<Buffer> {
  assertRenderable(document);
  const date = new Date(`${document.dateIso}T00:00:00Z`);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    font: REGULAR,
    info: {
      Title: document.title,
      Subject: document.subtitle ?? document.title,
      Author: `${document.municipalityName}, ${document.boardName}`,
      Creator: 'Nämndkoll',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    pdf.on('error', reject);
  });

  const { left, width } = frame(pdf);
  pdf
    .font(BOLD)
    .fontSize(22)
    .fillColor(TEXT_COLOUR)
    .text(pdfText(document.title), left, MARGINS.top, { width });
  if (document.subtitle !== undefined) {
    pdf.moveDown(0.2).font(REGULAR).fontSize(14).text(pdfText(document.subtitle), { width });
  }
  pdf
    .moveDown(0.3)
    .font(REGULAR)
    .fontSize(BODY_SIZE)
    .fillColor(MUTED_COLOUR)
    .text(pdfText(`${document.boardName}, ${document.dateIso}`), { width });
  pdf.fillColor(TEXT_COLOUR).moveDown(1);

  const numbers = headingNumbers(document.blocks);
  const outline = new Map<number, PDFKit.PDFOutline>();
  document.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        drawHeading(pdf, block, numbers[index], outline);
        break;
      case 'paragraph':
        drawParagraph(pdf, block);
        break;
      case 'table':
        drawTable(pdf, block);
        break;
      case 'chart':
        drawChart(pdf, block);
        break;
    }
  });
  drawRunningHeadAndFoot(pdf, document);
  pdf.end();
  return done;
}
