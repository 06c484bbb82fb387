import { describe, expect, it } from 'vitest';
import { plain } from '#test/builders/plain-text';
import {
  bold,
  chart,
  formatCell,
  formatDecimal,
  formatPercent,
  heading,
  headingNumbers,
  headingText,
  paragraph,
  percentCell,
  reportDocumentProblems,
  statementCell,
  table,
  tableFromTkrTable,
  textCell,
  tkrCell,
  tkrRow,
  titleText,
  withoutSoftHyphens,
  SOFT_HYPHEN,
  type ReportDocument,
} from './document';
import type { TkrTable } from './operating-statement-report';

const aDocument = (fields: Partial<ReportDocument> = {}): ReportDocument => ({
  title: 'Budget 2026',
  municipalityName: 'Exempelby kommun',
  boardName: 'Barn- och utbildningsnämnden',
  dateIso: '2025-11-03',
  blocks: [],
  ...fields,
});

describe('cells as the documents write them', () => {
  it.each([
    [tkrCell(-137_901), '-137 901'],
    [tkrCell(265_836), '265 836'],
    [tkrCell(0), '0'],
    [percentCell(3.7), '3,7 %'],
    [percentCell(3.65), '3,7 %'],
    [percentCell(-2.25), '-2,3 %'],
    [percentCell(-0.04), '0,0 %'],
    [percentCell(100), '100,0 %'],
    [percentCell(1234.56), '1 234,6 %'],
    [textCell('–'), '–'],
  ])('%o is %s', (cell, text) => {
    expect(plain(formatCell(cell))).toBe(text);
  });

  it('writes a statement figure without data as "–", and its difference as nothing', () => {
    expect(formatCell(statementCell('actualPreviousYear', null))).toBe('–');
    expect(formatCell(statementCell('actualDifference', null))).toBe('');
    expect(formatCell(statementCell('actualDifference', 0))).toBe('0');
    expect(formatCell(statementCell('budget', -12))).toBe('-12');
  });

  it('keeps figures and the percent sign together with no-break spaces on screen', () => {
    expect(formatCell(tkrCell(-256_303))).toBe('-256\u00a0303');
    expect(formatPercent(3.7)).toBe('3,7\u00a0%');
  });

  it('writes one decimal with a decimal comma, rounding half away from zero', () => {
    expect(plain(formatDecimal(9.45, 1))).toBe('9,5');
    expect(plain(formatDecimal(-0.15, 1))).toBe('-0,2');
    expect(plain(formatDecimal(-150, 1))).toBe('-150,0');
    expect(plain(formatDecimal(2.5, 0))).toBe('3');
    expect(plain(formatDecimal(-2.5, 0))).toBe('-3');
  });
});

describe('headings', () => {
  it('are numbered 1, 1.1, 1.1.1 and a numbered heading restarts the levels below it', () => {
    const blocks = [
      heading(1, 'Inledning', true),
      heading(2, 'Bakgrund', true),
      heading(3, 'Detalj', true),
      paragraph('Text'),
      heading(3, 'Ingen siffra'),
      heading(2, 'Ramar', true),
      heading(3, 'Detalj', true),
      heading(1, 'Drift', true),
      heading(2, 'Intäkter', true),
    ];
    expect(headingNumbers(blocks)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      undefined,
      undefined,
      '1.2',
      '1.2.1',
      '2',
      '2.1',
    ]);
    expect(headingText(heading(2, 'Ramar', true), '1.2')).toBe('1.2 Ramar');
    expect(headingText(heading(2, 'Ramar'), undefined)).toBe('Ramar');
  });
});

describe('builders', () => {
  it('make paragraphs of runs', () => {
    expect(paragraph('Ramen ökar med ', bold('9,5 mnkr'), '.')).toEqual({
      type: 'paragraph',
      runs: [{ text: 'Ramen ökar med ' }, { text: '9,5 mnkr', emphasis: 'bold' }, { text: '.' }],
    });
  });

  it("turn the operating statement's tkr table into a document table", () => {
    const source: TkrTable = {
      caption: 'Driftredovisning',
      columns: [
        { key: 'budget', label: 'Budget 2023' },
        { key: 'actual', label: 'Utfall jan–aug 2023' },
      ],
      rows: [
        {
          key: 'operating_revenue',
          label: 'Verksamhetens intäkter',
          kind: 'group',
          values: {
            budget: 10,
            forecast: 0,
            forecastVariance: 0,
            actual: 7,
            actualPreviousYear: 0,
            actualDifference: 0,
          },
        },
        {
          key: 'result',
          label: 'Årets resultat',
          kind: 'total',
          values: {
            budget: 0,
            forecast: 0,
            forecastVariance: 0,
            actual: -3,
            actualPreviousYear: 0,
            actualDifference: 0,
          },
        },
      ],
    };
    expect(tableFromTkrTable(source)).toEqual(
      table(
        'Driftredovisning',
        ['Budget 2023', 'Utfall jan–aug 2023'],
        [tkrRow('Verksamhetens intäkter', [10, 7]), tkrRow('Årets resultat', [0, -3], 'total')],
      ),
    );
  });
});

describe('a document that cannot be rendered', () => {
  it('has no problems when it is whole', () => {
    const document = aDocument({
      blocks: [
        heading(1, 'Ramar', true),
        table('Ramar', ['2025', '2026'], [tkrRow('Kommunbidrag', [256_303, 265_836])]),
        chart('bar', 'Kommunbidrag', ['2025', '2026'], [{ name: 'Kommunbidrag', values: [1, 2] }]),
      ],
    });
    expect(reportDocumentProblems(document)).toEqual([]);
  });

  it('says what is wrong', () => {
    const document = aDocument({
      title: ' ',
      dateIso: '2025-02-30',
      blocks: [
        table(
          'Ramar',
          ['2025', '2026'],
          [
            tkrRow('Kort rad', [1]),
            tkrRow('Öre', [1.5, 2]),
            { label: 'Procent', kind: 'normal', cells: [percentCell(Number.NaN), textCell('')] },
          ],
        ),
        chart('line', 'Tom', [], []),
        chart(
          'bar',
          'Fel längd',
          ['a', 'b'],
          [{ name: 'S', values: [1, Number.POSITIVE_INFINITY, 3] }],
        ),
      ],
    });
    expect(reportDocumentProblems(document)).toEqual([
      'The title is empty',
      'dateIso is not a date: 2025-02-30',
      'Block 0 (table), row 0 "Kort rad": 1 cells for 2 columns',
      'Block 0 (table), row 1, cell 0: not whole tkr',
      'Block 0 (table), row 2, cell 0: not a number',
      'Block 1 (chart): no categories',
      'Block 1 (chart): no series',
      'Block 2 (chart), series "S": 3 values for 2 categories',
      'Block 2 (chart), series "S": a value is not a number',
    ]);
  });
});

describe('a document not final', () => {
  it('carries its mark in the title: Utkast, Förslag, none when final', () => {
    expect(titleText(aDocument({ status: 'Förslag' }))).toBe('Budget 2026 – Förslag');
    expect(titleText(aDocument({ title: 'Resultatrapport april 2025', status: 'Utkast' }))).toBe(
      'Resultatrapport april 2025 – Utkast',
    );
    expect(titleText(aDocument({ status: null }))).toBe('Budget 2026');
    expect(titleText(aDocument())).toBe('Budget 2026');
  });

  it('refuses another mark', () => {
    const document = { ...aDocument(), status: 'Klar' } as unknown as ReportDocument;
    expect(reportDocumentProblems(document)).toEqual(['status is not Utkast or Förslag: Klar']);
  });
});

describe('sections', () => {
  it('refuses a numbered section without content, before another or at the end', () => {
    const document = aDocument({
      blocks: [
        heading(1, 'Investeringsverksamhet', true),
        heading(1, 'Årsprognos', true),
        heading(2, 'Enheterna'),
        paragraph('Alla enheter följer budget.'),
        heading(1, 'Driftredovisning', true),
      ],
    });
    expect(reportDocumentProblems(document)).toEqual([
      'Block 0 (heading) "Investeringsverksamhet": a section without content',
      'Block 4 (heading) "Driftredovisning": a section without content',
    ]);
  });

  it('lets an unnumbered heading stand as a line alone ("Rekryteringsenheten +5,0 mnkr")', () => {
    const document = aDocument({
      blocks: [
        heading(1, 'Årsprognos', true),
        heading(2, 'Rekryteringsenheten +5,0 mnkr'),
        heading(2, 'Boendeenheten +1,7 mnkr'),
        paragraph('Färre lägenheter behövs.'),
      ],
    });
    expect(reportDocumentProblems(document)).toEqual([]);
  });
});

describe('soft hyphens', () => {
  it('mark where a table head may break, and are dropped where nothing is laid out', () => {
    const head = `Prognos${SOFT_HYPHEN}avvikelse`;
    expect(head).toHaveLength('Prognosavvikelse'.length + 1);
    expect(withoutSoftHyphens(head)).toBe('Prognosavvikelse');
  });
});
