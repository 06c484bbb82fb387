import { describe, expect, it } from 'vitest';
import {
  heading,
  paragraph,
  SOFT_HYPHEN,
  table,
  tkrRow,
  type Block,
  type ReportDocument,
} from '#domain/reports/document';
import { renderPdf } from '#server/documents/pdf';
import { aBudgetDocument } from '../builders/report-document';
import { PDFTOTEXT, pdfText, toolAvailable } from '../support/document-tools';
import { pdfaProblems, pdfFonts } from '../support/pdfa-check';

const poppler = toolAvailable(PDFTOTEXT);

/** A page's lines of text, without the running head (2 lines) and foot (2 lines). */
const bodyLines = (page: string): string[] =>
  page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(2, -2);

const pagesOf = async (document: ReportDocument): Promise<string[]> =>
  (await pdfText(await renderPdf(document))).split('\f').filter((page) => page.trim() !== '');

describe.skipIf(!poppler)('the PDF', () => {
  it('is PDF/A-2b: XMP part 2 conformance B, an sRGB output intent, every font embedded', async () => {
    const pdf = await renderPdf(aBudgetDocument());
    expect(await pdfaProblems(pdf)).toEqual([]);
    const fonts = await pdfFonts(pdf);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSans-Oblique',
    ]);
  });

  it('writes characters Helvetica lacked: the minus sign, ≤, ≈', async () => {
    const document = aBudgetDocument({
      blocks: [
        heading(1, 'Tecken'),
        paragraph('Avvikelse \u2212137 901 tkr, \u2264 5 %, \u2248 2 mnkr.'),
      ],
    });
    expect(await pdfText(await renderPdf(document))).toContain(
      'Avvikelse \u2212137 901 tkr, \u2264 5 %, \u2248 2 mnkr.',
    );
  });

  it('never ends a page with a heading: it goes over with the start of what follows', async () => {
    const blocks: Block[] = [];
    // Sections of varying length, so headings fall at every height of the page.
    for (let section = 1; section <= 30; section += 1) {
      blocks.push(heading(1, `Avsnitt ${String(section)}`, true));
      blocks.push(heading(2, `Underrubrik ${String(section)}`));
      for (let line = 0; line < section % 4; line += 1) {
        blocks.push(paragraph(`Text ${String(section)}.${String(line)} `.repeat(25)));
      }
      if (section % 4 === 0) {
        blocks.push(table(`Tabell ${String(section)}`, ['Budget 2026'], [tkrRow('Rad', [1])]));
      }
    }
    const pages = await pagesOf(aBudgetDocument({ blocks }));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages.slice(0, -1)) {
      const last = bodyLines(page).at(-1) ?? '';
      expect(last, `a page ends with "${last}"`).not.toMatch(/^(\d+ Avsnitt|Underrubrik)/);
    }
  });

  it('hyphenates a long table head at its soft hyphen, not inside a word', async () => {
    const head = `Prognos${SOFT_HYPHEN}avvikelse`;
    const headTable = (columns: readonly string[]) =>
      aBudgetDocument({
        blocks: [
          heading(1, 'Enheterna'),
          table(
            'Resultat per enhet',
            [...columns, head],
            [
              tkrRow(
                'Familjehemsenheterna stöd och myndighet',
                [...columns, head].map((_, index) => -35_218 * (index + 1)),
              ),
            ],
          ),
        ],
      });
    // Narrow columns: the head breaks at the soft hyphen, with a hyphen.
    const narrow = await pdfText(
      await renderPdf(
        headTable(['Budget ack.', 'Utfall ack.', 'Avvikelse', 'Budget', 'Prognos', 'Utfall']),
      ),
      { layout: true },
    );
    // pdftotext's layout: the head's lines one under the other, at the line's end.
    expect(narrow).toMatch(/Prognos-\n.*avvikelse\n/);
    expect(narrow).not.toMatch(/Prognosa|\u00ad/);
    // Room enough: the head whole, the soft hyphen not drawn.
    const wide = await pdfText(await renderPdf(headTable(['Budget'])));
    expect(wide).toContain('Prognosavvikelse');
    expect(wide).not.toMatch(/Prognos-|\u00ad/);
  });
});
