import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatInteger } from '#domain/kernel/format';
import { chart, heading, table, tkrRow, type ReportDocument } from '#domain/reports/document';
import { renderDocx } from '#server/documents/docx';
import { renderHtml } from '#server/documents/html';
import { renderPdf } from '#server/documents/pdf';
import { renderChartSvg } from '#server/documents/svg-chart';
import { PERCENT_FORMAT, renderXlsx, sheetName, TKR_FORMAT } from '#server/documents/xlsx';
import { aBudgetDocument, BUDGET_FRAMES_TABLE } from '../builders/report-document';
import {
  convertWithLibreOffice,
  PDFTOTEXT,
  pdfText,
  SOFFICE,
  toolAvailable,
} from '../support/document-tools';

/**
 * A golden file: compared exactly. UPDATE_GOLDEN=1 writes the new output instead (then look
 * at the diff before committing it).
 */
function expectGolden(name: string, actual: string): void {
  const url = new URL(`../fixtures/documents/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

/** The frames' figures as the documents write them: "265 836", "-256 303" (plain spaces). */
const FRAME_FIGURES = BUDGET_FRAMES_TABLE.rows.flatMap((row) =>
  row.cells.map((cell) =>
    cell.kind === 'tkr' ? formatInteger(cell.value).replaceAll('\u00a0', ' ') : '',
  ),
);

/** Whether every figure occurs in the text, in the rows' order (pdftotext's reading order). */
function expectFiguresInOrder(text: string, figures: readonly string[]): void {
  let from = 0;
  for (const figure of figures) {
    const at = text.indexOf(figure, from);
    expect(at, `"${figure}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + figure.length;
  }
}

const document = aBudgetDocument();

describe('HTML', () => {
  it('is the golden file: standalone, Swedish, no scripts, charts inline', () => {
    const html = renderHtml(document);
    expectGolden('budget-document.html', html);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).not.toMatch(/<script|javascript:|<link|src=/i);
    expect(html).toContain('<td>265&#160;836</td>');
    expect(html).toContain('<td>-256&#160;303</td>');
    expect(html).toContain('<tr class="total"><th scope="row">Årets resultat</th>');
    expect(html).toContain('<h2>1 Ekonomiska förutsättningar</h2>');
    expect(html).toContain('<h4>Åtgärder för kortare handläggningstider</h4>');
    expect(html.match(/<svg /g)).toHaveLength(1);
  });

  it('refuses a document whose rows do not fit its columns', () => {
    const broken: ReportDocument = {
      ...document,
      blocks: [{ ...BUDGET_FRAMES_TABLE, columns: ['Budget 2025'] }],
    };
    expect(() => renderHtml(broken)).toThrow(/4 cells for 1 columns/);
  });
});

describe('SVG charts', () => {
  it('are self-contained and the same every time', () => {
    const block = chart(
      'line',
      'Sjukfrånvaro',
      ['jan', 'feb', 'mar'],
      [{ name: '2023', values: [6.1, 7.25, 5.9] }],
      '%',
      1,
    );
    const svg = renderChartSvg(block);
    expect(svg).toBe(renderChartSvg(block));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="320"/);
    expect(svg).not.toMatch(/href|<script|<style|style=/);
    expect(svg).toContain('<desc>Linjediagram, %. 2023: jan 6,1; feb 7,3; mar 5,9.</desc>');
    expect(svg).toContain('>8,0</text>');
  });
});

describe('XLSX', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    const buffer = await renderXlsx(document);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  });

  it('has one sheet per table and chart, in document order, names of at most 31 characters', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ekonomiska ramar',
      'Kommunbidrag och verksamhetens',
      'Ramförändring per år',
    ]);
  });

  it('holds the figures as numbers with number formats, heads and totals bold', () => {
    const sheet = workbook.getWorksheet('Ekonomiska ramar');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('Ekonomiska ramar');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Belopp i tkr',
      'Budget 2025',
      'Budget 2026',
      'Plan 2027',
      'Plan 2028',
    ]);
    expect(sheet.getCell('B2').font.bold).toBe(true);
    BUDGET_FRAMES_TABLE.rows.forEach((row, rowIndex) => {
      const line = sheet.getRow(rowIndex + 3);
      expect(line.getCell(1).value).toBe(row.label);
      row.cells.forEach((cell, index) => {
        const target = line.getCell(index + 2);
        expect(target.type).toBe(ExcelJS.ValueType.Number);
        expect(target.value).toBe(cell.kind === 'tkr' ? cell.value : Number.NaN);
        expect(target.numFmt).toBe(TKR_FORMAT);
      });
      expect(Boolean(line.getCell(2).font.bold)).toBe(row.kind !== 'normal');
    });
    expect(sheet.getCell('C9').value).toBe(-265_836);
  });

  it('writes percentages as fractions shown with one decimal, text as text', () => {
    const sheet = workbook.getWorksheet('Ramförändring per år');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('B3').value).toBe(0.031);
    expect(sheet.getCell('B3').numFmt).toBe(PERCENT_FORMAT);
    expect(sheet.getCell('B4').value).toBe('-0,1 mnkr');
    expect(sheet.getCell('B5').value).toBe(0.037);
  });

  it('gives a chart its figures and its picture', () => {
    const sheet = workbook.getWorksheet('Kommunbidrag och verksamhetens');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('B2').value).toBe('Kommunbidrag');
    expect(sheet.getCell('B4').value).toBe(265_836);
    expect(sheet.getCell('B4').numFmt).toBe(TKR_FORMAT);
    expect(sheet.getImages()).toHaveLength(1);
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('Drift: utfall/prognos [tkr]?', taken)).toBe('Drift utfall prognos tkr');
    expect(sheetName('Drift utfall prognos TKR', taken)).toBe('Drift utfall prognos TKR (2)');
    expect(sheetName("'Investeringar'", taken)).toBe('Investeringar');
    const long = sheetName('Verksamhetens nettokostnader per verksamhet och år', taken);
    expect(long).toBe('Verksamhetens nettokostnader pe');
    expect(sheetName('Verksamhetens nettokostnader per enhet', taken)).toBe(
      'Verksamhetens nettokostnade (2)',
    );
    expect(sheetName('***', taken)).toBe('Blad');
  });
});

describe('DOCX', () => {
  let zip: JSZip;
  const part = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the DOCX`);
    return file.async('string');
  };
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderDocx(document));
  });

  it('holds the figures as Swedish text, right-aligned, totals bold', async () => {
    const xml = await part('word/document.xml');
    for (const figure of FRAME_FIGURES) expect(xml).toContain(`>${figure.replace(' ', '\u00a0')}<`);
    expect(xml).toContain('<w:t xml:space="preserve">265\u00a0836</w:t>');
    expect(xml).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/>/);
    expect(xml).toContain('<w:t xml:space="preserve">3,7\u00a0%</w:t>');
  });

  it("uses Word's heading styles and repeats the table head on each page", async () => {
    const xml = await part('word/document.xml');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?1 Ekonomiska förutsättningar/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?1\.1 Ekonomiska ramar/);
    expect(xml).toContain('<w:tblHeader/>');
    const styles = await part('word/styles.xml');
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    // The PDF's embedded font, named for Word too (and in the HTML's style sheet).
    expect(styles).toContain('w:ascii="DejaVu Sans"');
  });

  it('has the municipality and board in the header, the date and page fields in the footer', async () => {
    const relationships = await part('word/_rels/document.xml.rels');
    const target = (kind: string) =>
      new RegExp(`Type="[^"]*/${kind}" Target="([^"]+)"`).exec(relationships)?.[1] ?? '';
    const header = await part(`word/${target('header')}`);
    const footer = await part(`word/${target('footer')}`);
    expect(header).toContain('Exempelby kommun');
    expect(header).toContain('Barn- och utbildningsnämnden');
    expect(footer).toContain('2025-11-03');
    expect(footer).toContain('Sida ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('embeds the chart as SVG with a PNG fallback', async () => {
    const svg = await part('word/media/image1.svg');
    const chartBlock = document.blocks.find((block) => block.type === 'chart');
    if (!chartBlock) throw new Error('no chart in the sample');
    expect(svg).toBe(renderChartSvg(chartBlock));
    const png = await zip.file('word/media/image1.png')?.async('nodebuffer');
    if (!png) throw new Error('no PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 600]);
    const xml = await part('word/document.xml');
    expect(xml).toContain('asvg:svgBlip');
    expect(xml).toContain('descr="Stapeldiagram, tkr. Kommunbidrag: Budget 2025 256\u00a0303;');
  });
});

describe('PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(document);
  });

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\n?$/);
  });

  describe.skipIf(!toolAvailable(PDFTOTEXT))('read by pdftotext', () => {
    it('holds the figures, Swedish letters, the running head and page numbers', async () => {
      const text = await pdfText(pdf);
      expectFiguresInOrder(text, FRAME_FIGURES);
      expect(text).toContain('265 836');
      expect(text).toContain('Årets resultat');
      expect(text).toContain('Övriga kostnader');
      expect(text).toContain('1.1 Ekonomiska ramar');
      expect(text).toContain('3,7 %');
      expect(text).toContain('Exempelby kommun');
      expect(text).toContain('Barn- och utbildningsnämnden');
      expect(text).toContain('Sida 1 av 2');
      expect(text).toContain('Sida 2 av 2');
      // The chart's labels are text in the PDF too.
      expect(text).toContain('300 000');
    });
  });
});

describe.skipIf(!toolAvailable(PDFTOTEXT))('a table longer than a page', () => {
  it('goes on over the pages with its head repeated and the page numbers right', async () => {
    const rows = Array.from({ length: 130 }, (_, index) =>
      tkrRow(
        `Enhet ${index + 1}`,
        [index * 1_000, -index],
        index % 10 === 9 ? 'subtotal' : 'normal',
      ),
    );
    const long: ReportDocument = {
      ...document,
      blocks: [heading(1, 'Enheter'), table('Alla enheter', ['Budget 2026', 'Plan 2027'], rows)],
    };
    const text = await pdfText(await renderPdf(long));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page).toContain('Belopp i tkr');
      expect(page).toContain(`Sida ${index + 1} av ${pages.length}`);
    });
    expectFiguresInOrder(text, ['Enhet 1', 'Enhet 130', '129 000', '-129']);
  });
});

describe.skipIf(!toolAvailable(SOFFICE) || !toolAvailable(PDFTOTEXT))(
  'the DOCX opened by LibreOffice',
  () => {
    it('converts to a PDF whose text holds the figures (the issue acceptance check)', async () => {
      const converted = await convertWithLibreOffice(await renderDocx(document), 'docx');
      // Words, not lines: LibreOffice's stand-in for Calibri may wrap a label differently.
      const text = (await pdfText(converted)).replace(/\s+/g, ' ');
      expectFiguresInOrder(text, FRAME_FIGURES);
      expect(text).toContain('265 836');
      expect(text).toContain('Verksamhetens nettokostnader');
      expect(text).toContain('Exempelby kommun');
      expect(text).toMatch(/Sida 1 av \d/);
    }, 180_000);
  },
);
