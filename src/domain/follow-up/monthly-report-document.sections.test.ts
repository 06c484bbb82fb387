import { describe, expect, it } from 'vitest';
import {
  bold,
  heading,
  headingNumbers,
  headingText,
  paragraph,
  reportDocumentProblems,
  type Block,
} from '../reports/document';
import { monthlyReportDocument, type MonthlyReportInput } from './monthly-report-document';
import { figures, input, texts, tkr, tkrCells } from './monthly-report-document.test-helpers';

// The report's blocks section by section, as a controller reads them on paper.

/** The blocks after the level-1 heading `title` up to the next level-1 heading. */
function section(blocks: readonly Block[], title: string): readonly Block[] {
  const start = blocks.findIndex(
    (block) => block.type === 'heading' && block.level === 1 && block.text === title,
  );
  if (start < 0) throw new Error(`No section ${title}`);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.type === 'heading' && block.level === 1);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The blocks under the unit's level-3 heading in section 1, up to the next heading of level 3. */
function unitBlocks(blocks: readonly Block[], unitLine: string): readonly Block[] {
  const start = blocks.findIndex(
    (block) => block.type === 'heading' && block.level === 3 && block.text.startsWith(unitLine),
  );
  if (start < 0) throw new Error(`No unit line ${unitLine}`);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.type === 'heading');
  return end < 0 ? rest : rest.slice(0, end);
}

const [vuxen, rekrytering, tillstand, oppenvard] = input.units;
if (!vuxen || !rekrytering || !tillstand || !oppenvard) throw new Error('four units');
const withUnits = (units: MonthlyReportInput['units']) =>
  monthlyReportDocument({ ...input, units });

describe('the monthly result report, section by section', () => {
  it('numbers its six main sections, and only those, as the printed report does', () => {
    const { blocks } = monthlyReportDocument(input);
    const numbers = headingNumbers(blocks);
    const numbered = blocks.flatMap((block, index) =>
      block.type === 'heading' && numbers[index] !== undefined
        ? [headingText(block, numbers[index])]
        : [],
    );
    expect(numbered).toEqual([
      '1 Resultat',
      '2 Årsprognos',
      '3 Investeringsverksamhet',
      '4 Sammanfattande kommentarer till kommunstyrelsen (FU)',
      '5 Resultat per enhet',
      '6 Driftredovisning',
    ]);
  });

  it('opens a published month with section 1 itself, no note before it', () => {
    expect(monthlyReportDocument(input).blocks[0]).toEqual({
      type: 'heading',
      level: 1,
      text: 'Resultat',
      numbered: true,
    });
  });

  it.each([
    {
      case: 'a paragraph break with spaces on the blank line',
      text: 'Första stycket.\n  \nAndra stycket.',
      expected: ['Första stycket.', 'Andra stycket.'],
    },
    {
      case: 'spaces around the paragraphs',
      text: '  Första stycket.  \n\n\tAndra stycket. ',
      expected: ['Första stycket.', 'Andra stycket.'],
    },
    {
      case: 'a line break within a paragraph',
      text: 'Första raden\n  andra raden.',
      expected: ['Första raden andra raden.'],
    },
    { case: 'blank lines only', text: '\n \n\n', expected: [] },
  ])('prints the controller’s text as paragraphs: $case', ({ text, expected }) => {
    const { blocks } = monthlyReportDocument({ ...input, texts: { summary: text } });
    const summary = section(blocks, 'Sammanfattande kommentarer till kommunstyrelsen (FU)');
    const forecastAt = summary.findIndex(
      (block) => block.type === 'heading' && block.text === 'Årsprognos',
    );
    const written = summary.slice(forecastAt + 2, -2);
    expect(written).toEqual(expected.map((part) => paragraph(part)));
  });

  describe('section 1, a unit’s comment and action', () => {
    const sentence =
      'Utredningsenhet vuxens resultat avviker med -0,2\u00a0mnkr mot periodens budget.';
    it.each([
      {
        case: 'no comment, no action: the figures’ sentence alone',
        comment: '',
        action: '',
        expected: [paragraph(bold('Kommentar till avvikelsen')), paragraph(sentence)],
      },
      {
        case: 'an action of spaces only: no action heading',
        comment: 'Fler placeringar än budgeterat.',
        action: '  \n ',
        expected: [
          paragraph(bold('Kommentar till avvikelsen')),
          paragraph(sentence),
          paragraph('Fler placeringar än budgeterat.'),
        ],
      },
      {
        case: 'a comment and an action: each under its label',
        comment: 'Fler placeringar än budgeterat.',
        action: 'Hemtagningar planeras.',
        expected: [
          paragraph(bold('Kommentar till avvikelsen')),
          paragraph(sentence),
          paragraph('Fler placeringar än budgeterat.'),
          paragraph(bold('Åtgärd till avvikelsen')),
          paragraph('Hemtagningar planeras.'),
        ],
      },
      {
        case: 'a comment opening with the sentence after a line break and in double spaces',
        comment:
          '\n Utredningsenhet  vuxens resultat avviker med \u22120,2 mnkr mot periodens budget. Fler placeringar.',
        action: '',
        expected: [
          paragraph(bold('Kommentar till avvikelsen')),
          paragraph(
            'Utredningsenhet  vuxens resultat avviker med \u22120,2 mnkr mot periodens budget. Fler placeringar.',
          ),
        ],
      },
      {
        case: 'a comment with the figure run together with its unit: not the sentence',
        comment: 'Utredningsenhet vuxens resultat avviker med -0,2mnkr mot periodens budget.',
        action: '',
        expected: [
          paragraph(bold('Kommentar till avvikelsen')),
          paragraph(sentence),
          paragraph('Utredningsenhet vuxens resultat avviker med -0,2mnkr mot periodens budget.'),
        ],
      },
    ])('$case', ({ comment, action, expected }) => {
      const { blocks } = withUnits([{ ...vuxen, comment, action }]);
      const under = unitBlocks(blocks, 'Utredningsenhet vuxen');
      expect(under).toEqual(expected);
    });
  });

  it('section 1 says so when no unit’s variance is worth a line', () => {
    const { blocks } = withUnits(input.units.map((unit) => ({ ...unit, mentioned: false })));
    const lines = texts(section(blocks, 'Resultat'));
    expect(
      lines.slice(
        lines.indexOf(
          '# Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde',
        ),
      ),
    ).toEqual([
      '# Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde',
      'Ingen enhet avviker mer än gränserna för kommentarer.',
    ]);
  });

  it('section 1 leaves out a month before without figures', () => {
    const { blocks } = withUnits([
      { ...rekrytering, figures: { ...rekrytering.figures, previousVariance: null } },
    ]);
    expect(texts(section(blocks, 'Resultat'))).toContain('# Rekryteringsenheten +3,4\u00a0mnkr');
  });

  it.each([
    {
      case: 'actuals through the report month',
      actualThrough: 4,
      categories: ['jan', 'feb', 'mar', 'apr'],
    },
    {
      case: 'actuals past the report month (a later month read in)',
      actualThrough: 6,
      categories: ['jan', 'feb', 'mar', 'apr'],
    },
    {
      case: 'the report month not read in yet',
      actualThrough: 3,
      categories: ['jan', 'feb', 'mar'],
    },
  ])('section 1’s chart draws the months with actuals: $case', ({ actualThrough, categories }) => {
    const months = input.chart.months.map((entry) => ({
      ...entry,
      actualYearToDate: entry.month <= actualThrough ? tkr(3_400 * entry.month) : null,
    }));
    const { blocks } = monthlyReportDocument({ ...input, chart: { ...input.chart, months } });
    const charts = section(blocks, 'Resultat').filter((block) => block.type === 'chart');
    const count = categories.length;
    const upTo = Array.from({ length: count }, (_, index) => index + 1);
    expect(charts).toEqual([
      {
        type: 'chart',
        kind: 'line',
        title: 'Resultat ackumulerat 2025, tkr',
        categories,
        series: [
          { name: 'Budget', values: upTo.map((month) => 800 * month) },
          { name: 'Utfall', values: upTo.map((month) => 3_400 * month) },
        ],
        unit: 'tkr',
        decimals: 0,
      },
    ]);
  });

  it.each([
    {
      case: 'investments and no text: the figures’ sentence alone',
      investments: input.investments,
      text: undefined,
      expected: [
        'Investeringsbudget för året uppgår efter justering till 1,7\u00a0mnkr, utfall för ackumulerad period uppgår till 0,2\u00a0mnkr och avser möbler.',
      ],
    },
    {
      case: 'no investments and no text: says so',
      investments: null,
      text: undefined,
      expected: ['Inga investeringar är budgeterade för 2025.'],
    },
    {
      case: 'no investments but the controller’s text: the text alone',
      investments: null,
      text: 'Investeringarna skjuts till 2026.',
      expected: ['Investeringarna skjuts till 2026.'],
    },
  ])('section 3: $case', ({ investments, text, expected }) => {
    const { blocks } = monthlyReportDocument({
      ...input,
      investments,
      texts: text === undefined ? {} : { investments: text },
    });
    expect(section(blocks, 'Investeringsverksamhet')).toEqual(
      expected.map((text) => paragraph(text)),
    );
  });

  it('section 4 repeats the investments only when there are any', () => {
    const title = 'Sammanfattande kommentarer till kommunstyrelsen (FU)';
    const without = section(monthlyReportDocument({ ...input, investments: null }).blocks, title);
    const common = [
      heading(2, 'Resultat'),
      paragraph(
        'Ackumulerat resultat uppgår till plus 13,7\u00a0mnkr för hela nämndens ansvarsområde.',
      ),
      paragraph('Utfallet avviker mot budget med 10,5\u00a0mnkr.'),
      heading(2, 'Årsprognos'),
      paragraph('Total prognos för nämnden uppgår till +22,0\u00a0mnkr.'),
    ];
    expect(without).toEqual(common);
    expect(section(monthlyReportDocument(input).blocks, title)).toEqual([
      ...common,
      heading(2, 'Investeringsverksamhet'),
      paragraph(
        'Investeringsbudget för året uppgår efter justering till 1,7\u00a0mnkr, utfall för ackumulerad period uppgår till 0,2\u00a0mnkr och avser möbler.',
      ),
    ]);
  });

  it('sections 2 and 4 name the expected change to the kommunbidrag with its text', () => {
    const change = {
      reportMonth: 4 as const,
      amount: tkr(-1_600),
      text: 'PO-påslag och löneöversyn: 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag',
    };
    const { blocks } = monthlyReportDocument({ ...input, expectedAllocationChange: change });
    const said = paragraph(
      'Förväntad ändring av kommunbidrag: -1,6\u00a0mnkr, PO-påslag och löneöversyn: 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag.',
    );
    const total = paragraph('Total prognos för nämnden uppgår till +22,0\u00a0mnkr.');
    expect(section(blocks, 'Årsprognos').slice(0, 2)).toEqual([total, said]);
    const summary = section(blocks, 'Sammanfattande kommentarer till kommunstyrelsen (FU)');
    const at = summary.findIndex(
      (block) => block.type === 'heading' && block.text === 'Årsprognos',
    );
    expect(summary.slice(at + 1, at + 3)).toEqual([total, said]);
    // Without a change in force, the total stands alone.
    expect(section(monthlyReportDocument(input).blocks, 'Årsprognos')).not.toContainEqual(said);
  });

  it('section 5 tables each unit’s figures in tkr under their columns, then the sum', () => {
    const { blocks } = withUnits([
      {
        ...vuxen,
        figures: figures({
          budgetYearToDate: tkr(1_000),
          actualYearToDate: tkr(1_200),
          variance: tkr(-200),
          budget: tkr(3_000),
          forecast: tkr(3_300),
          forecastVariance: tkr(-300),
        }),
      },
      { ...tillstand, figures: figures({ budget: tkr(500), forecast: tkr(500) }) },
    ]);
    expect(section(blocks, 'Resultat per enhet')[0]).toEqual({
      type: 'table',
      caption: 'Resultat per enhet t.o.m. april 2025',
      unit: 'Belopp i tkr',
      columns: [
        'Budget ack.',
        'Utfall ack.',
        'Avvikelse',
        'Budget helår',
        'Prognos',
        'Prognos\u00adavvikelse',
      ],
      rows: [
        {
          label: 'Utredningsenhet vuxen',
          kind: 'normal',
          cells: tkrCells(1_000, 1_200, -200, 3_000, 3_300, -300),
        },
        { label: 'Tillståndsenheten', kind: 'normal', cells: tkrCells(0, 0, 0, 500, 500, 0) },
        {
          label: 'Summa enheterna',
          kind: 'total',
          cells: tkrCells(1_000, 1_200, -200, 3_500, 3_800, -300),
        },
      ],
    });
  });

  it('names a unit not approved without a code by its name alone', () => {
    const { blocks } = withUnits([{ ...rekrytering, status: 'not-started' }]);
    const lines = texts(section(blocks, 'Resultat per enhet'));
    expect(lines.at(-1)).toMatch(/: Rekryteringsenheten\.$/);
    expect(reportDocumentProblems(monthlyReportDocument(input))).toEqual([]);
  });
});
