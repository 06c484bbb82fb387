import { describe, expect, it } from 'vitest';
import { oreFromTkr } from '../kernel/money';
import { MONTHS } from '../kernel/period';
import { reportDocumentProblems, type Block } from '../reports/document';
import { ZERO_FIGURES, type FollowUpFigures } from './monthly-follow-up';
import { monthlyReportDocument, type MonthlyReportInput } from './monthly-report-document';

const tkr = oreFromTkr;
const figures = (patch: Partial<FollowUpFigures>): FollowUpFigures => ({
  ...ZERO_FIGURES,
  ...patch,
});

const input: MonthlyReportInput = {
  municipalityName: 'Exempelkommun',
  boardName: 'Socialnämnden',
  year: 2025,
  month: 4,
  dateIso: '2025-05-20',
  result: { actual: tkr(13_700), budget: tkr(3_200) },
  chart: {
    months: MONTHS.map((month) => ({
      month,
      budgetYearToDate: tkr(800 * month),
      actualYearToDate: month <= 4 ? tkr(3_400 * month) : null,
    })),
    budgetResult: tkr(0),
    forecastResult: tkr(22_000),
  },
  units: [
    {
      name: 'Utredningsenhet vuxen',
      figures: figures({
        variance: tkr(-200),
        previousVariance: tkr(-300),
        forecastVariance: tkr(-300),
      }),
      comment:
        'Utredningsenhet vuxens resultat avviker med -0,2 mnkr mot periodens budget.\n\nVägledare har under april fått finansiering för ackumulerad period.',
      action: 'Verksamheten fortsätter arbeta aktivt med att hitta rätt boende.',
      mentioned: true,
    },
    {
      name: 'Rekryteringsenheten',
      figures: figures({
        variance: tkr(3_400),
        previousVariance: tkr(2_500),
        forecastVariance: tkr(5_000),
      }),
      comment: '',
      action: '',
      mentioned: true,
    },
    {
      name: 'Tillståndsenheten',
      figures: figures({ variance: tkr(40) }),
      comment: '',
      action: '',
      mentioned: false,
    },
    {
      name: 'Öppenvård och stödboende',
      figures: figures({ variance: tkr(1_000), previousVariance: tkr(-40) }),
      comment: '',
      action: '',
      mentioned: true,
    },
  ],
  investments: {
    budget: tkr(1_700),
    actualYearToDate: tkr(200),
    adjusted: true,
    actualRemark: 'avser möbler',
  },
  texts: { result: 'Den positiva avvikelsen beror på hemtagningsarbetet.' },
};

const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [block.runs.map((run) => run.text).join('')]
      : block.type === 'heading'
        ? [`# ${block.text}`]
        : [],
  );

describe('the monthly result report', () => {
  it('follows 003: result, units with their month before, forecast, investments, the KS summary', () => {
    const document = monthlyReportDocument(input);
    expect(reportDocumentProblems(document)).toEqual([]);
    expect(document.title).toBe('Resultatrapport april 2025');
    const lines = texts(document.blocks).map((line) =>
      line.replace(/[\u00a0\u2212]/g, (c) => (c === '\u2212' ? '-' : ' ')),
    );
    expect(lines.filter((line) => line.startsWith('# '))).toEqual([
      '# Resultat',
      '# Sammanfattning av resultatet för socialnämnden, april 2025',
      '# Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde',
      '# Utredningsenhet vuxen -0,2 mnkr (mars -0,3 mnkr)',
      '# Rekryteringsenheten +3,4 mnkr (mars +2,5 mnkr)',
      '# Öppenvård och stödboende +1,0 mnkr',
      '# Årsprognos',
      '# Investeringsverksamhet',
      '# Sammanfattande kommentarer till kommunstyrelsen (FU)',
      '# Resultat',
      '# Årsprognos',
      '# Investeringsverksamhet',
      '# Resultat per enhet',
    ]);
    expect(lines).toContain(
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
    );
    expect(lines).toContain('Den positiva avvikelsen beror på hemtagningsarbetet.');
    expect(lines).toContain('Total prognos för nämnden uppgår till +22 mnkr.');
    expect(lines).toContain('Rekryteringsenheten +5 mnkr');
    expect(lines).toContain('Åtgärd till avvikelsen');
    // The comment that opens with the figures' sentence does not get it twice.
    expect(lines.filter((line) => line.startsWith('Utredningsenhet vuxens resultat'))).toHaveLength(
      1,
    );
    expect(lines).toContain(
      'Rekryteringsenhetens resultat avviker med 3,4 mnkr mot periodens budget.',
    );
    // A unit within the limits and without a comment gets no line of its own.
    expect(lines.some((line) => line.includes('Tillståndsenheten +'))).toBe(false);
  });

  it('sums the units’ table from öre and draws the months through the report month', () => {
    const document = monthlyReportDocument(input);
    const [unitTable] = document.blocks.filter((block) => block.type === 'table');
    expect(unitTable?.rows.at(-1)).toMatchObject({ label: 'Summa enheterna', kind: 'total' });
    expect(unitTable?.rows.at(-1)?.cells[2]).toEqual({ kind: 'tkr', value: 4_240 });
    const [resultChart] = document.blocks.filter((block) => block.type === 'chart');
    expect(resultChart?.categories).toEqual(['jan', 'feb', 'mar', 'apr']);
  });
});
