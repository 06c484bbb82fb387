import PDFDocument from 'pdfkit';
import {
  assertRenderable,
  headingNumbers,
  headingText,
  titleText,
  type Block,
  type HeadingBlock,
  type ParagraphBlock,
  type ReportDocument,
} from '#domain/reports/document';
import { drawPdfChart, pdfChartHeight } from './pdf-chart';
import { ensureSpace, PDF_FONTS, PDF_PAGE, pdfFrame, type Pdf } from './pdf-page';
import { drawPdfTable, layoutPdfTable, pdfTableStartHeight } from './pdf-table';

const LINE_GAP = 2;
/** A paragraph at a page's foot keeps at least this many lines together. */
const KEPT_LINES = 3;

function headingSize(block: HeadingBlock): number {
  return PDF_PAGE.headingSizes[block.level];
}

/** The space above a heading, and the space it and its text take. */
function headingHeight(pdf: Pdf, block: HeadingBlock, text: string): number {
  const size = headingSize(block);
  pdf.font(PDF_FONTS.bold).fontSize(size);
  return size * 0.8 + pdf.heightOfString(text, { width: pdfFrame(pdf).width }) + size * 0.3;
}

function paragraphText(block: ParagraphBlock): string {
  return block.runs.map((run) => run.text).join('');
}

/**
 * What a block needs unbroken at the top of its page: a heading itself and what it keeps with
 * it; a paragraph its first lines; a table its start (pdfTableStartHeight); a chart all of it.
 */
function startHeight(
  pdf: Pdf,
  blocks: readonly Block[],
  index: number,
  texts: HeadingTexts,
): number {
  const block = blocks[index];
  if (!block) return 0;
  switch (block.type) {
    case 'heading':
      return (
        headingHeight(pdf, block, texts.get(index) ?? block.text) +
        startHeight(pdf, blocks, index + 1, texts)
      );
    case 'paragraph': {
      pdf.font(PDF_FONTS.regular).fontSize(PDF_PAGE.bodySize);
      const options = { width: pdfFrame(pdf).width, lineGap: LINE_GAP };
      const whole = pdf.heightOfString(paragraphText(block), options);
      const lines = pdf.heightOfString('X\n'.repeat(KEPT_LINES).trimEnd(), options);
      return Math.min(whole, lines);
    }
    case 'table':
      return pdfTableStartHeight(pdf, layoutPdfTable(pdf, block));
    case 'chart':
      return pdfChartHeight(pdf, block);
  }
}

type HeadingTexts = ReadonlyMap<number, string>;

/**
 * A heading, never the last thing on a page: when it and the start of what follows (the next
 * heading's too, down to the first text, table or chart) do not fit, it goes to the next page.
 */
function drawHeading(
  pdf: Pdf,
  blocks: readonly Block[],
  index: number,
  texts: HeadingTexts,
  outline: Map<number, PDFKit.PDFOutline>,
): void {
  const block = blocks[index];
  if (block?.type !== 'heading') return;
  const { left, width } = pdfFrame(pdf);
  const size = headingSize(block);
  const text = texts.get(index) ?? block.text;
  ensureSpace(pdf, startHeight(pdf, blocks, index, texts));
  pdf.y += size * 0.8;
  pdf
    .font(PDF_FONTS.bold)
    .fontSize(size)
    .fillColor(PDF_PAGE.textColour)
    .text(text, left, pdf.y, { width });
  pdf.y += size * 0.3;
  const parent = block.level === 1 ? pdf.outline : (outline.get(block.level - 1) ?? pdf.outline);
  outline.set(block.level, parent.addItem(text));
  for (let deeper = block.level + 1; deeper <= 3; deeper += 1) outline.delete(deeper);
}

function drawParagraph(pdf: Pdf, blocks: readonly Block[], index: number, texts: HeadingTexts) {
  const block = blocks[index];
  if (block?.type !== 'paragraph') return;
  const { left, width } = pdfFrame(pdf);
  // The first lines of a paragraph are not left alone at a page's foot.
  ensureSpace(pdf, startHeight(pdf, blocks, index, texts));
  pdf.fontSize(PDF_PAGE.bodySize).fillColor(PDF_PAGE.textColour);
  pdf.x = left;
  block.runs.forEach((run, runIndex) => {
    const font =
      run.emphasis === 'bold'
        ? PDF_FONTS.bold
        : run.emphasis === 'italic'
          ? PDF_FONTS.italic
          : PDF_FONTS.regular;
    pdf.font(font).text(run.text, {
      width,
      continued: runIndex < block.runs.length - 1,
      lineGap: LINE_GAP,
    });
  });
  pdf.y += PDF_PAGE.bodySize * 0.6;
}

/**
 * The running head (municipality, board) and foot (date, "Sida X av Y") on every page, and a
 * document that is not final (Utkast, Förslag) says so in the middle of both.
 */
function drawRunningHeadAndFoot(pdf: Pdf, document: ReportDocument): void {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const { left, width } = pdfFrame(pdf);
    const right = left + width;
    // Writing in the margins would otherwise start a new page.
    const savedBottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font(PDF_FONTS.regular).fontSize(8).fillColor(PDF_PAGE.mutedColour);
    const headY = 36;
    const footY = pdf.page.height - 46;
    const pageText = `Sida ${String(index - range.start + 1)} av ${String(range.count)}`;
    pdf.text(document.municipalityName, left, headY, { lineBreak: false });
    pdf.text(document.boardName, right - pdf.widthOfString(document.boardName), headY, {
      lineBreak: false,
    });
    for (const y of [headY + 14, footY - 6]) {
      pdf.moveTo(left, y).lineTo(right, y).lineWidth(0.5).stroke('#bbbbbb');
    }
    pdf.text(document.dateIso, left, footY, { lineBreak: false });
    pdf.text(pageText, right - pdf.widthOfString(pageText), footY, { lineBreak: false });
    if (document.status) {
      pdf.font(PDF_FONTS.bold).fontSize(9).fillColor(PDF_PAGE.markColour);
      const mark = document.status.toUpperCase();
      const x = left + (width - pdf.widthOfString(mark)) / 2;
      pdf.text(mark, x, headY, { lineBreak: false });
      pdf.text(mark, x, footY, { lineBreak: false });
    }
    pdf.page.margins.bottom = savedBottom;
  }
}

/**
 * The report as a PDF/A-2b (A4) drawn with pdfkit in the embedded DejaVu Sans: headings (also
 * as bookmarks) kept with what follows, prose, tables and the charts' shapes, with the running
 * head and foot. PDF/A: every font embedded, XMP metadata naming part 2 conformance B and an
 * sRGB output intent (pdfkit's subset option writes both).
 */
export function renderPdf(document: ReportDocument): Promise<Buffer> {
  assertRenderable(document);
  const date = new Date(`${document.dateIso}T00:00:00Z`);
  const title = titleText(document);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: PDF_PAGE.margins,
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    font: PDF_FONTS.regular,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    info: {
      Title: title,
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

  const { left, width } = pdfFrame(pdf);
  pdf
    .font(PDF_FONTS.bold)
    .fontSize(20)
    .fillColor(PDF_PAGE.textColour)
    .text(title, left, PDF_PAGE.margins.top, { width });
  if (document.subtitle !== undefined) {
    pdf.moveDown(0.2).font(PDF_FONTS.regular).fontSize(13).text(document.subtitle, { width });
  }
  pdf
    .moveDown(0.3)
    .font(PDF_FONTS.regular)
    .fontSize(PDF_PAGE.bodySize)
    .fillColor(PDF_PAGE.mutedColour)
    .text(`${document.boardName}, ${document.dateIso}`, { width });
  pdf.fillColor(PDF_PAGE.textColour).moveDown(1);

  const numbers = headingNumbers(document.blocks);
  const texts = new Map<number, string>();
  document.blocks.forEach((block, index) => {
    if (block.type === 'heading') texts.set(index, headingText(block, numbers[index]));
  });
  const outline = new Map<number, PDFKit.PDFOutline>();
  document.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        drawHeading(pdf, document.blocks, index, texts, outline);
        break;
      case 'paragraph':
        drawParagraph(pdf, document.blocks, index, texts);
        break;
      case 'table':
        drawPdfTable(pdf, block);
        break;
      case 'chart':
        ensureSpace(pdf, pdfChartHeight(pdf, block));
        drawPdfChart(pdf, block);
        break;
    }
  });
  drawRunningHeadAndFoot(pdf, document);
  pdf.end();
  return done;
}
