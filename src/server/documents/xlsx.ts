import ExcelJS from 'exceljs';
import { layoutChart } from '#domain/reports/chart-layout';
import {
  assertRenderable,
  roundHalfAwayFromZero,
  titleText,
  withoutSoftHyphens,
  type ChartBlock,
  type ReportDocument,
  type TableBlock,
  type TableCell,
  NO_DATA,
} from '#domain/reports/document';
import { svgToPng } from './chart-png';
import { sceneToSvg } from './svg-chart';

/**
 * Number formats. Excel writes the format code's "," and "." in the reader's locale, so
 * '#,##0' shows -161 198 in Swedish Excel (space as thousands separator) and -161,198 in
 * English; '0.0 %' shows 3,7 % (the cell holds 0.037).
 */
export const TKR_FORMAT = '#,##0';
export const ONE_DECIMAL_FORMAT = '#,##0.0';
export const PERCENT_FORMAT = '0.0 %';

const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts: none of : \ / ? * [ ], no apostrophe first or last, at most 31
 * characters, and unique without regard to case (a number is added to a repeated name).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const cleaned =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Blad';
  for (let counter = 1; ; counter += 1) {
    const suffix = counter === 1 ? '' : ` (${counter})`;
    const name = `${cleaned.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** Text for an Excel header or footer, where & starts a code. */
function headerText(text: string): string {
  return text.replaceAll('&', '&&');
}

/** Excel's default font, named in every font set (a font without a name is a serif one in
 * LibreOffice). */
const FONT = { name: 'Calibri', size: 11 } as const;
const THIN = { style: 'thin', color: { argb: 'FF222222' } } as const;
const DOUBLE = { style: 'double', color: { argb: 'FF222222' } } as const;

function setCellValue(target: ExcelJS.Cell, cell: TableCell): void {
  switch (cell.kind) {
    case 'tkr':
      target.value = cell.value;
      target.numFmt = TKR_FORMAT;
      break;
    case 'percent':
      // Tenths of a percent to a fraction: 3.7 % -> 37 -> 0.037, exact as the text shows.
      target.value = roundHalfAwayFromZero(cell.value, 1) / 1000;
      target.numFmt = PERCENT_FORMAT;
      break;
    case 'absent':
      target.value = NO_DATA;
      break;
    case 'text':
      target.value = cell.text;
      break;
  }
  target.alignment = { horizontal: 'right' };
}

/** A sheet's first row: its caption, and the document's mark (Utkast, Förslag) if not final. */
function markedTitle(document: ReportDocument, caption: string): string {
  return document.status ? `${caption} – ${document.status}` : caption;
}

function pageSetup(
  document: ReportDocument,
  columns: number,
): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      // No paper size: Excel then prints on the printer's default, A4 in Sweden.
      orientation: columns > 5 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
    headerFooter: {
      // A document not final (Utkast, Förslag) says so in the middle of every printed page.
      oddHeader: `&L${headerText(document.municipalityName)}${
        document.status ? `&C&B${headerText(document.status.toUpperCase())}&B` : ''
      }&R${headerText(document.boardName)}`,
      oddFooter: `&L${headerText(document.dateIso)}&RSida &P av &N`,
    },
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
  };
}

/** The head row (row 2): the unit in italics, then the column heads bold, a rule below. */
function writeHead(sheet: ExcelJS.Worksheet, texts: readonly string[]): void {
  const head = sheet.getRow(2);
  texts.forEach((text, index) => {
    const target = head.getCell(index + 1);
    target.value = withoutSoftHyphens(text);
    target.font = { ...FONT, bold: index > 0, italic: index === 0 };
    target.alignment = { horizontal: index === 0 ? 'left' : 'right' };
    target.border = { bottom: THIN };
  });
}

/**
 * Column widths (in Excel's characters) for the longest text of each column, a tenth more for
 * bold heads, so nothing wraps or is cut: labels at least 20 wide, figures at least 12.
 */
function setWidths(sheet: ExcelJS.Worksheet, columns: readonly (readonly string[])[]): void {
  columns.forEach((texts, index) => {
    const longest = Math.max(0, ...texts.map((text) => text.length));
    const least = index === 0 ? 20 : 12;
    sheet.getColumn(index + 1).width = Math.min(Math.max(Math.ceil(longest * 1.1) + 2, least), 60);
  });
}

/**
 * A table on its own sheet: the caption in A1, the head row (the unit, then the columns) in
 * row 2, one row per table row. Figures are numbers with a number format, not text.
 */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  document: ReportDocument,
  block: TableBlock,
  taken: Set<string>,
): void {
  const sheet = workbook.addWorksheet(
    sheetName(block.caption, taken),
    pageSetup(document, block.columns.length + 1),
  );
  sheet.getCell(1, 1).value = markedTitle(document, block.caption);
  sheet.getCell(1, 1).font = { ...FONT, bold: true, size: 12 };
  writeHead(sheet, [block.unit, ...block.columns]);
  block.rows.forEach((row, rowIndex) => {
    const line = sheet.getRow(rowIndex + 3);
    const emphasised = row.kind !== 'normal';
    line.getCell(1).value = row.label;
    row.cells.forEach((one, index) => {
      setCellValue(line.getCell(index + 2), one);
    });
    for (let column = 1; column <= block.columns.length + 1; column += 1) {
      const target = line.getCell(column);
      if (emphasised) target.font = { ...FONT, bold: true };
      if (emphasised) {
        target.border = { top: THIN, ...(row.kind === 'total' ? { bottom: DOUBLE } : {}) };
      }
    }
  });
  setWidths(sheet, [
    [block.unit, ...block.rows.map((row) => row.label)],
    ...block.columns.map((column) => [withoutSoftHyphens(column)]),
  ]);
}

/** A chart on its own sheet: its figures as numbers (categories down, series across) and
 * the picture beside them. */
function addChartSheet(
  workbook: ExcelJS.Workbook,
  document: ReportDocument,
  block: ChartBlock,
  taken: Set<string>,
): void {
  const sheet = workbook.addWorksheet(
    sheetName(block.title, taken),
    pageSetup(document, block.series.length + 1),
  );
  sheet.getCell(1, 1).value = markedTitle(document, block.title);
  sheet.getCell(1, 1).font = { ...FONT, bold: true, size: 12 };
  writeHead(sheet, [block.unit, ...block.series.map((series) => series.name)]);
  block.categories.forEach((category, index) => {
    const line = sheet.getRow(index + 3);
    line.getCell(1).value = category;
    block.series.forEach((series, seriesIndex) => {
      const target = line.getCell(seriesIndex + 2);
      target.value = series.values[index] ?? null;
      target.numFmt = block.decimals === 0 ? TKR_FORMAT : ONE_DECIMAL_FORMAT;
    });
  });
  setWidths(sheet, [
    [block.unit, ...block.categories],
    ...block.series.map((series) => [series.name]),
  ]);
  const scene = layoutChart(block);
  const png = svgToPng(sceneToSvg(scene), scene.width * 2);
  const image = workbook.addImage({
    // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
    buffer: png as unknown as ExcelJS.Buffer,
    extension: 'png',
  });
  sheet.addImage(image, {
    tl: { col: block.series.length + 2, row: 1 },
    ext: { width: scene.width, height: scene.height },
  });
}

/**
 * The report's tables and charts as a workbook: one sheet per table (and per chart, with its
 * figures and its picture), in document order. Prose and headings stay in the other formats.
 */
export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  assertRenderable(document);
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${document.dateIso}T00:00:00Z`);
  workbook.creator = 'Nämndkoll';
  workbook.lastModifiedBy = 'Nämndkoll';
  workbook.title = titleText(document);
  workbook.subject = `${document.municipalityName}, ${document.boardName}`;
  workbook.created = date;
  workbook.modified = date;
  const taken = new Set<string>();
  for (const block of document.blocks) {
    if (block.type === 'table') addTableSheet(workbook, document, block, taken);
    if (block.type === 'chart') addChartSheet(workbook, document, block, taken);
  }
  if (workbook.worksheets.length === 0) {
    const sheet = workbook.addWorksheet(sheetName(document.title, taken));
    sheet.getCell(1, 1).value = titleText(document);
    sheet.getCell(2, 1).value = 'Dokumentet har inga tabeller.';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
