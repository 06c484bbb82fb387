// The monthly result report's fixture and readers, shared by its tests.
import { oreFromTkr } from '../kernel/money';
import { MONTHS } from '../kernel/period';
import type { Block } from '../reports/document';
import { statementFigures } from './measures';
import { ZERO_FIGURES, type FollowUpFigures } from './monthly-follow-up';
import type { MonthlyReportInput } from './monthly-report-document';

export const tkr = oreFromTkr;
export const figures = (patch: Partial<FollowUpFigures>): FollowUpFigures => ({
  ...ZERO_FIGURES,
  ...patch,
});

export const input: MonthlyReportInput = {
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
      forecastComment:
        'Enheten har 11 jourlägenheter som inte är budgeterade vilket gör att enheten lämnar en\nprognos på -0,3 mnkr.\n\nJourlägenheterna är resurstillförsel för att möjliggöra hemtagningar från HVB.',
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
      forecastComment: '',
    },
    {
      name: 'Tillståndsenheten',
      figures: figures({ variance: tkr(40) }),
      comment: '',
      action: '',
      mentioned: false,
      forecastComment: 'Avgifterna faktureras efter sommaren; prognosen är budgeten.',
    },
    {
      name: 'Öppenvård och stödboende',
      figures: figures({
        variance: tkr(1_000),
        previousVariance: tkr(-40),
        // Rounds to 0,0 mnkr: no line of its own without a comment.
        forecastVariance: tkr(-40),
      }),
      comment: '',
      action: '',
      mentioned: true,
      forecastComment: '',
    },
  ],
  investments: {
    budget: tkr(1_700),
    actualYearToDate: tkr(200),
    adjusted: true,
    actualRemark: 'avser möbler',
  },
  texts: { result: 'Den positiva avvikelsen beror på hemtagningsarbetet.' },
  statement: [
    statementLine('operating_revenue', 'group', [20_000, 21_000, 7_100, 6_000]),
    statementLine('personnel_costs', 'group', [-100_000, -98_000, -33_000, -30_000]),
    statementLine('net_operating_cost', 'subtotal', [-80_000, -77_000, -25_900, -24_000]),
  ],
  published: true,
};

/** A statement line from budget, forecast, actual and last year's actual in tkr. */
function statementLine(
  key: 'operating_revenue' | 'personnel_costs' | 'net_operating_cost',
  kind: 'group' | 'subtotal',
  [budget, forecast, actual, actualPreviousYear]: readonly number[],
) {
  return {
    key,
    kind,
    figures: statementFigures({
      budget: tkr(budget ?? 0),
      forecast: tkr(forecast ?? 0),
      actual: tkr(actual ?? 0),
      actualPreviousYear: tkr(actualPreviousYear ?? 0),
    }),
  };
}

/** The paragraphs' texts and the headings (as "# text"), in order. */
export const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [block.runs.map((run) => run.text).join('')]
      : block.type === 'heading'
        ? [`# ${block.text}`]
        : [],
  );

export const tkrCells = (...values: number[]) => values.map((value) => ({ kind: 'tkr', value }));
