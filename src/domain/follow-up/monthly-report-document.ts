import { chainLinkText } from '../access/audit-chain-text';
import { roundToTenthsOfMnkr, roundToTkr, ZERO_ORE, type Ore } from '../kernel/money';
import { MONTH_NAMES_SV, type Month } from '../kernel/period';
import {
  bold,
  chart,
  heading,
  paragraph,
  SOFT_HYPHEN,
  table,
  tableFromTkrTable,
  tkrRow,
  type Block,
  type ReportDocument,
} from '../reports/document';
import type { FollowUpStatus } from './follow-up-status';
import { operatingStatementTkrTable } from '../reports/operating-statement-report';
import type { StatementColumn } from './measures';
import type { StatementLine } from './operating-statement';
import { sumFigures, type FollowUpFigures, type ResultChart } from './monthly-follow-up';
import {
  expectedAllocationChangeSentence,
  type AllocationForecastEntry,
} from './allocation-forecast';
import {
  forecastTotalSentence,
  investmentSummarySentence,
  resultSummaryHeading,
  resultSummarySentences,
  unitForecastLine,
  unitVarianceLine,
  unitVarianceSentence,
  type BoardResultYearToDate,
  type InvestmentSummaryFigures,
} from './result-summary-prose';
import {
  personnelSectionBlocks,
  volumeSectionBlocks,
  type MonthlyReportVolumes,
} from './monthly-report-volumes';
import {
  budgetDecisionBlocks,
  budgetDecisionSummary,
  type MonthlyReportDecisions,
} from './monthly-report-decisions';
import { REPORTED_STATE_MARKS, reportedStateOf, unreportedNotesSv } from './unreported-units';

/**
 * The monthly result report (003's shape): 1 Resultatrapport (the title), 2 Resultat with the
 * summary sentences from the figures, the controller's text, the result chart and, per unit
 * with a variance worth mentioning, its line (the month before in parentheses), comment and
 * action; 3 Årsprognos with the total, the controller's text and, per unit with a forecast
 * variance or a forecast comment, its line and comment; 4 Investeringsverksamhet;
 * 5 Sammanfattande kommentarer till kommunstyrelsen; the units' figures as a table; Volymer
 * (placements, financial assistance, orosanmälningar) and Personal (the board's sick leave),
 * each only with data for the year; and Driftredovisning, the board's operating statement by
 * account group (as 001 prints it).
 * A month not yet published is an Utkast, marked so on every page.
 */

/** The controller's own texts, each placed after the figures' sentences of its section. */
export const MONTHLY_REPORT_TEXT_SECTIONS = [
  'result',
  'forecast',
  'investments',
  'summary',
] as const;
export type MonthlyReportTextSection = (typeof MONTHLY_REPORT_TEXT_SECTIONS)[number];

export const MONTHLY_REPORT_TEXT_NAMES_SV: Readonly<Record<MonthlyReportTextSection, string>> = {
  result: 'Resultat',
  forecast: 'Årsprognos',
  investments: 'Investeringsverksamhet',
  summary: 'Sammanfattande kommentarer till kommunstyrelsen',
};

export interface MonthlyReportUnit {
  readonly name: string;
  readonly figures: FollowUpFigures;
  /** Kommentar and Åtgärd till avvikelsen, as the unit wrote them (may be empty). */
  readonly comment: string;
  readonly action: string;
  /** The unit's variance is worth a line of its own (a threshold passed, or it commented). */
  readonly mentioned: boolean;
  /** Kommentar till prognosen, as the unit wrote it (may be empty). */
  readonly forecastComment: string;
  /**
   * The unit's code and where its report stands: a unit not approved is marked in the table
   * and named in the note under it (left out: not marked).
   */
  readonly code?: string;
  readonly status?: FollowUpStatus;
}

export interface MonthlyReportInput {
  readonly municipalityName: string;
  readonly boardName: string;
  readonly year: number;
  readonly month: Month;
  readonly dateIso: string;
  /** The board's result to date (allocation included), actual and phased budget. */
  readonly result: BoardResultYearToDate;
  readonly chart: ResultChart;
  readonly units: readonly MonthlyReportUnit[];
  readonly investments: InvestmentSummaryFigures | null;
  /** The board's operating statement at the month (operatingStatement's lines, in öre). */
  readonly statement: readonly StatementLine[];
  /** The month is published (locked): the report is final; else it is an Utkast. */
  readonly published: boolean;
  readonly texts: Readonly<Partial<Record<MonthlyReportTextSection, string>>>;
  /**
   * A published month: the audit log's chain head right after the publication (its number and
   * SHA-256 hash), printed at the end so a later rewrite of the log is found against the paper.
   */
  readonly auditChainHead?: { readonly seq: number; readonly hash: string } | null;
  /**
   * The volumes and the board's sick leave, each section left out without data (left out: no
   * sections), placed after the units' table.
   */
  readonly volumes?: MonthlyReportVolumes;
  /** The decisions during the year up to the month (left out or none: no such section). */
  readonly decisions?: MonthlyReportDecisions | null;
  /** The expected but undecided change to the kommunbidrag in force (in the forecast result). */
  readonly expectedAllocationChange?: AllocationForecastEntry | null;
}

/** "Granskningsloggens kontrollsumma vid publiceringen: nr 1234, 3f9a0c1d 5e… (SHA-256)". */
export const auditChainHeadLine = (head: { readonly seq: number; readonly hash: string }): string =>
  `Granskningsloggens kontrollsumma vid publiceringen: ${chainLinkText(head)} (SHA-256)`;

/** The operating statement's columns a monthly report prints: the year's budget and forecast,
 * their variance, and the actual to date. */
const STATEMENT_REPORT_COLUMNS: readonly StatementColumn[] = [
  'budget',
  'forecast',
  'forecastVariance',
  'actual',
];

/** 7 Driftredovisning: the board's statement by account group, in tkr. */
function statementBlocks(input: MonthlyReportInput): Block[] {
  const monthName = MONTH_NAMES_SV[input.month];
  const source = operatingStatementTkrTable(
    `Driftredovisning t.o.m. ${monthName} ${String(input.year)}`,
    input.statement,
    input.year,
    input.month,
  );
  return [
    heading(1, 'Driftredovisning', true),
    tableFromTkrTable({
      ...source,
      columns: source.columns.filter((column) => STATEMENT_REPORT_COLUMNS.includes(column.key)),
    }),
  ];
}

function paragraphs(text: string | undefined): Block[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim().replace(/\s*\n\s*/g, ' '))
    .filter((part) => part !== '')
    .map((part) => paragraph(part));
}

const tkr = (amount: Ore) => roundToTkr(amount);

/** A unit's figures in whole tkr, each rounded from öre (sums are taken before). */
const figuresRow = (label: string, figures: FollowUpFigures, kind: 'normal' | 'total' = 'normal') =>
  tkrRow(
    label,
    [
      figures.budgetYearToDate,
      figures.actualYearToDate,
      figures.variance,
      figures.budget,
      figures.forecast,
      figures.forecastVariance,
    ].map(tkr),
    kind,
  );

/**
 * 003's Årsprognos per unit: a unit whose forecast variance shows in its line (at least
 * 0,1 mnkr either way) or that commented on its forecast gets its line, "Utredning vuxen
 * −0,3 mnkr", and its comment under it, without a label, as 003 prints them. The lines are
 * headings one level under the section, as section 2's units are under theirs.
 */
function unitForecastBlocks(units: readonly MonthlyReportUnit[]): Block[] {
  return units
    .filter(
      (unit) =>
        roundToTenthsOfMnkr(unit.figures.forecastVariance) !== 0 ||
        unit.forecastComment.trim() !== '',
    )
    .flatMap((unit) => [
      heading(2, unitForecastLine(unit.name, unit.figures.forecastVariance)),
      ...paragraphs(unit.forecastComment),
    ]);
}

/** 003 leaves out a month before that rounds to 0,0 mnkr (Öppenvård och stödboende). */
function shownPreviousVariance(previous: Ore | null): Ore | null {
  // Stryker disable next-line ConditionalExpression: null rounds to 0 (Math.abs(null) is 0), so it is left out either way
  return previous !== null && roundToTenthsOfMnkr(previous) !== 0 ? previous : null;
}

/** Comment and action under a unit's line, each under its label, as 003 prints them. */
function unitTexts(unit: MonthlyReportUnit): Block[] {
  const sentence = unitVarianceSentence(unit.name, unit.figures.variance);
  // A comment that opens with the figures' sentence (written or pasted) does not repeat it.
  const plain = (text: string) =>
    text
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/\u2212/g, '-')
      .trim();
  const repeats = plain(unit.comment).startsWith(plain(sentence));
  return [
    paragraph(bold('Kommentar till avvikelsen')),
    ...(repeats ? [] : [paragraph(sentence)]),
    ...paragraphs(unit.comment),
    ...(unit.action.trim() === ''
      ? []
      : [paragraph(bold('Åtgärd till avvikelsen')), ...paragraphs(unit.action)]),
  ];
}

/** The unit's name in the table, with the mark of a report not approved ("Boende *"). */
function markedName(unit: MonthlyReportUnit): string {
  const mark = unit.status === undefined ? '' : REPORTED_STATE_MARKS[reportedStateOf(unit.status)];
  return mark === '' ? unit.name : `${unit.name} ${mark}`;
}

/** The notes under the table naming the units not approved, by code and name. */
const unreportedNotes = (units: readonly MonthlyReportUnit[]) =>
  unreportedNotesSv(
    units.flatMap((unit) =>
      unit.status === undefined
        ? []
        : [{ code: unit.code ?? '', name: unit.name, status: unit.status }],
    ),
  );

export function monthlyReportDocument(input: MonthlyReportInput): ReportDocument {
  const { month, texts } = input;
  const monthName = MONTH_NAMES_SV[month];
  const summary = resultSummarySentences(input.result);
  const forecastResult = input.chart.forecastResult;
  // The forecast total and, when the controller expects the kommunbidrag to change, that
  // change with its text (it is counted in the total).
  const forecastSentences = [
    paragraph(forecastTotalSentence(forecastResult)),
    ...(input.expectedAllocationChange
      ? [paragraph(expectedAllocationChangeSentence(input.expectedAllocationChange))]
      : []),
  ];
  const mentioned = input.units.filter((unit) => unit.mentioned);
  // The months through the report month that have actuals.
  const toDate = input.chart.months.filter(
    (entry) => entry.month <= month && entry.actualYearToDate !== null,
  );
  const investments = input.investments
    ? [paragraph(investmentSummarySentence(input.investments))]
    : [];
  const investmentTexts = paragraphs(texts.investments);
  // A section is never a bare heading: without investments it says so.
  const noInvestments =
    investments.length === 0 && investmentTexts.length === 0
      ? [paragraph(`Inga investeringar är budgeterade för ${String(input.year)}.`)]
      : [];
  const draftNote = input.published
    ? []
    : [
        paragraph(
          bold('Utkast. '),
          `Månaden ${monthName} ${String(input.year)} är inte publicerad: siffror och kommentarer kan ändras innan den publiceras.`,
        ),
      ];
  const blocks: Block[] = [
    ...draftNote,
    heading(1, 'Resultat', true),
    heading(2, resultSummaryHeading(input.boardName, input.year, month)),
    ...summary.map((sentence) => paragraph(sentence)),
    ...paragraphs(texts.result),
    chart(
      'line',
      `Resultat ackumulerat ${String(input.year)}, tkr`,
      toDate.map((entry) => MONTH_NAMES_SV[entry.month].slice(0, 3)),
      [
        { name: 'Budget', values: toDate.map((entry) => tkr(entry.budgetYearToDate)) },
        { name: 'Utfall', values: toDate.map((entry) => tkr(entry.actualYearToDate ?? ZERO_ORE)) },
      ],
    ),
    ...budgetDecisionBlocks(input.decisions ?? null, input.year, month),
    heading(
      2,
      'Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde',
    ),
    ...(mentioned.length === 0
      ? [paragraph('Ingen enhet avviker mer än gränserna för kommentarer.')]
      : mentioned.flatMap((unit) => [
          heading(
            3,
            unitVarianceLine(
              {
                unitName: unit.name,
                variance: unit.figures.variance,
                previousVariance: shownPreviousVariance(unit.figures.previousVariance),
              },
              month,
            ),
          ),
          ...unitTexts(unit),
        ])),
    heading(1, 'Årsprognos', true),
    ...forecastSentences,
    ...paragraphs(texts.forecast),
    ...unitForecastBlocks(input.units),
    heading(1, 'Investeringsverksamhet', true),
    ...investments,
    ...investmentTexts,
    ...noInvestments,
    heading(1, 'Sammanfattande kommentarer till kommunstyrelsen (FU)', true),
    heading(2, 'Resultat'),
    ...summary.map((sentence) => paragraph(sentence)),
    heading(2, 'Årsprognos'),
    ...forecastSentences,
    ...paragraphs(texts.summary),
    ...budgetDecisionSummary(input.decisions ?? null),
    ...(investments.length > 0 ? [heading(2, 'Investeringsverksamhet'), ...investments] : []),
    heading(1, 'Resultat per enhet', true),
    table(
      `Resultat per enhet t.o.m. ${monthName} ${String(input.year)}`,
      [
        'Budget ack.',
        'Utfall ack.',
        'Avvikelse',
        'Budget helår',
        'Prognos',
        `Prognos${SOFT_HYPHEN}avvikelse`,
      ],
      [
        ...input.units.map((unit) => figuresRow(markedName(unit), unit.figures)),
        figuresRow('Summa enheterna', sumFigures(input.units.map((unit) => unit.figures)), 'total'),
      ],
    ),
    ...unreportedNotes(input.units).map((note) => paragraph(note)),
    ...(input.volumes ? volumeSectionBlocks(input.year, month, input.volumes) : []),
    ...(input.volumes ? personnelSectionBlocks(input.volumes) : []),
    ...statementBlocks(input),
    ...(input.auditChainHead ? [paragraph(auditChainHeadLine(input.auditChainHead))] : []),
  ];
  return {
    title: `Resultatrapport ${monthName} ${String(input.year)}`,
    subtitle: input.boardName,
    municipalityName: input.municipalityName,
    boardName: input.boardName,
    dateIso: input.dateIso,
    status: input.published ? null : 'Utkast',
    blocks,
  };
}
