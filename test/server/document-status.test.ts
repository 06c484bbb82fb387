import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocumentStatus, ReportDocument } from '#domain/reports/document';
import { renderDocx } from '#server/documents/docx';
import { renderHtml } from '#server/documents/html';
import { renderPdf } from '#server/documents/pdf';
import { renderXlsx } from '#server/documents/xlsx';
import { aBudgetDocument } from '../builders/report-document';
import { PDFTOTEXT, pdfText, toolAvailable } from '../support/document-tools';

/**
 * A document not final (a month not published: Utkast; a budget not decided: Förslag) says so
 * in its title and on every page, in every format; a final one says neither.
 */
const marked = (status: DocumentStatus | null): ReportDocument => aBudgetDocument({ status });

async function docxParts(document: ReportDocument) {
  const zip = await JSZip.loadAsync(await renderDocx(document));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const relationships = await part('word/_rels/document.xml.rels');
  const target = (kind: string) =>
    new RegExp(`Type="[^"]*/${kind}" Target="([^"]+)"`).exec(relationships)?.[1] ?? '';
  return {
    body: await part('word/document.xml'),
    header: await part(`word/${target('header')}`),
    footer: await part(`word/${target('footer')}`),
  };
}

async function xlsxSheets(document: ReportDocument) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(document)) as unknown as ArrayBuffer);
  return workbook.worksheets;
}

describe.each(['Utkast', 'Förslag'] as const)('a document marked %s', (status) => {
  const document = marked(status);

  it('HTML: in the title and heading, the running head and foot, and every printed page', () => {
    const html = renderHtml(document);
    expect(html).toContain(`<h1>Budget 2026 och plan 2027–2028 – ${status}</h1>`);
    expect(html).toContain(`<title>Budget 2026 och plan 2027–2028 – ${status} – `);
    const upper = status.toUpperCase();
    expect(
      html.match(new RegExp(`<strong class="status-mark">${upper}</strong>`, 'g')),
    ).toHaveLength(2);
    expect(html).toContain(`@top-center { content: "${upper}";`);
    expect(html).toContain(`@bottom-center { content: "${upper}";`);
  });

  it('DOCX: in the title, the header and the footer (every page)', async () => {
    const { body, header, footer } = await docxParts(document);
    expect(body).toContain(`Budget 2026 och plan 2027–2028 – ${status}`);
    expect(header).toContain(`>${status.toUpperCase()}<`);
    expect(footer).toContain(`>${status.toUpperCase()}<`);
  });

  it('XLSX: in every sheet’s first row and printed header', async () => {
    const sheets = await xlsxSheets(document);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(sheet.getCell('A1').text).toMatch(new RegExp(` – ${status}$`));
      expect(sheet.headerFooter.oddHeader).toContain(`&C&B${status.toUpperCase()}&B`);
    }
  });

  describe.skipIf(!toolAvailable(PDFTOTEXT))('PDF', () => {
    it('in the title and the head and foot of every page', async () => {
      const long: ReportDocument = {
        ...document,
        blocks: [...document.blocks, ...document.blocks, ...document.blocks],
      };
      const pages = (await pdfText(await renderPdf(long)))
        .split('\f')
        .filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0]?.replace(/\s+/g, ' ')).toContain(
        `Budget 2026 och plan 2027–2028 – ${status}`,
      );
      for (const page of pages) {
        expect(page.split(status.toUpperCase())).toHaveLength(3);
      }
    });
  });
});

describe('a final document', () => {
  it('has no mark in any format', async () => {
    const document = marked(null);
    const html = renderHtml(document);
    expect(html).not.toMatch(/UTKAST|FÖRSLAG|status-mark">|@top-center/);
    expect(html).toContain('<h1>Budget 2026 och plan 2027–2028</h1>');
    const { body, header, footer } = await docxParts(document);
    for (const xml of [body, header, footer]) expect(xml).not.toMatch(/Utkast|UTKAST|FÖRSLAG/);
    for (const sheet of await xlsxSheets(document)) {
      expect(sheet.headerFooter.oddHeader).not.toContain('&C');
      expect(sheet.getCell('A1').text).not.toMatch(/Utkast|Förslag/);
    }
    if (toolAvailable(PDFTOTEXT)) {
      expect(await pdfText(await renderPdf(document))).not.toMatch(/UTKAST|FÖRSLAG|– Förslag/);
    }
  });
});
