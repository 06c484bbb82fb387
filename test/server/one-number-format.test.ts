import { describe, expect, it } from 'vitest';
import { unitVarianceSentence } from '#domain/follow-up/result-summary-prose';
import { formatMnkr, formatTkr } from '#domain/kernel/format';
import { ore, roundToTkr, type Ore } from '#domain/kernel/money';
import { paragraph, table, tkrRow, type ReportDocument } from '#domain/reports/document';
import { operatingStatementTkrTable } from '#domain/reports/operating-statement-report';
import { boardOperatingStatement } from '#domain/follow-up/operating-statement';
import { emptyGroupMeasures, ZERO_MEASURES } from '#domain/follow-up/measures';
import { renderHtml } from '#server/documents/html';
import { renderTextTable } from '#server/documents/text-table';
import { toMonth } from '#domain/kernel/period';

/** Text as a reader sees it: tags dropped, the no-break space entity as its character. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#160;|&nbsp;|&#xa0;/gi, '\u00a0')
    .replace(/&#x2212;|&minus;/gi, '\u2212');

const AMOUNTS: readonly [Ore, string, string][] = [
  // öre, tkr, mnkr
  [ore(-1_234_567), '-12', '0,0'],
  [ore(-12_345_678_900), '-123\u00a0457', '-123,5'],
  [ore(98_765_432_100), '987\u00a0654', '987,7'],
];

describe('one number format for the documents and the terminal (the web: test/browser/number-format)', () => {
  it.each(AMOUNTS)('writes %i öre as %s tkr and %s mnkr everywhere', (amount, tkr, mnkr) => {
    expect(formatTkr(amount)).toBe(tkr);
    expect(formatMnkr(amount)).toBe(mnkr);

    // A document's table and prose (HTML; DOCX, PDF and XLSX text write formatCell's text).
    const document: ReportDocument = {
      title: 'Test',
      municipalityName: 'Exempelkommun',
      boardName: 'Socialnämnden',
      dateIso: '2025-05-15',
      blocks: [
        table('Tabell', ['Utfall'], [tkrRow('Personalkostnader', [roundToTkr(amount)])]),
        paragraph(unitVarianceSentence('Enheten', amount)),
      ],
    };
    const html = textOf(renderHtml(document));
    expect(html).toContain(`\n${tkr}\n`);
    expect(html).toContain(mnkr === '0,0' ? 'Enheten' : `${mnkr}\u00a0mnkr`);

    // The terminal's table (report operating-statement).
    const groups = emptyGroupMeasures();
    groups.personnel_costs = { ...ZERO_MEASURES, actual: amount };
    const lines = boardOperatingStatement(groups, ZERO_MEASURES, 'present');
    const text = renderTextTable(operatingStatementTkrTable('Test', lines, 2025, toMonth(4)));
    const personnel = text.split('\n').find((line) => line.startsWith('Personalkostnader'));
    expect(personnel?.split(/ {2,}/)[4]).toBe(tkr);
  });

  it('writes no typographic minus and no plain space inside a figure anywhere', () => {
    const html = renderHtml({
      title: 'Test',
      municipalityName: 'Exempelkommun',
      boardName: 'Socialnämnden',
      dateIso: '2025-05-15',
      blocks: [paragraph(unitVarianceSentence('Enheten', ore(-35_000_000)))],
    });
    expect(html).not.toMatch(/\u2212|&#x2212;|\d \d{3}/);
    expect(textOf(html)).toContain('avviker med -0,4\u00a0mnkr');
  });
});
