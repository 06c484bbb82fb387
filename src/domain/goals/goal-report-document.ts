import { MONTH_ABBREVIATIONS_SV, MONTH_NAMES_SV, type Month } from '../kernel/period';
import {
  bold,
  heading,
  italic,
  NO_DATA,
  paragraph,
  table,
  textCell,
  type Block,
  type ReportDocument,
  type TableRow,
} from '../reports/document';
import { agenda2030Goal } from './agenda2030';
import { ASSESSMENT_LEVELS, ASSESSMENT_NAMES_SV } from './assessment';
import type { BoardGoal, GoalTree } from './goal-model';
import { councilGoalTitle } from './goal-report-cells';
import {
  assessmentAt,
  boardGoalsInReportOrder,
  goalReportRows,
  type GoalReportRow,
} from './goal-report';
import { formatIndicatorValue, type IndicatorValue } from './indicator-value';

/**
 * The goal section (Måluppföljning) as report-document blocks, 001's shape: how the goals are
 * assessed and an overview of every board goal's assessment; then per council goal (KF-mål,
 * "2. I Alingsås finns …") its board goals, each with the assessment in words (never colour
 * alone), the council indicator it follows, how the board's work contributes, the analysis,
 * the Agenda 2030 goals it contributes to ("Mål 1. Avskaffa fattigdom …") and its indicators'
 * table (Nyckeltal, Mål, Utfall, Kvinnor/Män, the year before, Källa). The interim report
 * takes the blocks as its section; goalReportDocument makes them a document of their own.
 */

export interface GoalSectionInput {
  readonly tree: GoalTree;
  readonly month: Month;
  /**
   * The section's heading "Måluppföljning" (level 1; the council goals are level 2, the board
   * goals 3): numbered as the interim report numbers its sections, unnumbered, or left out
   * (the document of its own, whose title says it).
   */
  readonly heading?: 'numbered' | 'unnumbered' | 'none';
}

const LEVELS_SENTENCE = `Måluppfyllelsen bedöms i fyra nivåer: ${ASSESSMENT_LEVELS.map((level) => ASSESSMENT_NAMES_SV[level]).join(', ')}.`;

/** "jan–aug 2023" as the period a report month closes. */
function periodText(year: number, month: Month): string {
  return month === 1
    ? `januari ${String(year)}`
    : `januari–${MONTH_NAMES_SV[month]} ${String(year)}`;
}

const valueText = (value: IndicatorValue | null): string =>
  value === null ? NO_DATA : formatIndicatorValue(value);

/** The outcome with the figures beside it: "82,2 (Hela kommunen 80,5)". */
function outcomeText(row: GoalReportRow): string {
  const beside = row.comparisons.map(
    (figure) => `${figure.label} ${formatIndicatorValue(figure.value)}`,
  );
  const outcome = valueText(row.outcome);
  return beside.length === 0 ? outcome : `${outcome} (${beside.join(', ')})`;
}

/** Women and men: "85 / 81", or "–" when neither is given. */
function womenMenText(row: GoalReportRow): string {
  if (row.women === null && row.men === null) return NO_DATA;
  return `${valueText(row.women)}\u00a0/\u00a0${valueText(row.men)}`;
}

/** The text's paragraphs (separated by a blank line) as paragraph blocks. */
function textParagraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(part));
}

function indicatorTable(goal: BoardGoal, rows: readonly GoalReportRow[], year: number): Block {
  const outcomeDates = [...new Set(rows.map((row) => row.outcomeDate).filter((d) => d !== null))];
  const [only] = outcomeDates;
  // 001's head "Utfall 31 aug 2023" when every outcome is of the same day.
  const outcomeHead =
    outcomeDates.length === 1 && only !== undefined
      ? `Utfall ${String(Number(only.slice(8)))} ${MONTH_ABBREVIATIONS_SV[Number(only.slice(5, 7)) as Month]} ${only.slice(0, 4)}`
      : `Utfall ${String(year)}`;
  const tableRows: TableRow[] = rows.map((row) => ({
    label: row.indicator?.name ?? '',
    kind: 'normal',
    cells: [
      textCell(row.targetText ?? NO_DATA),
      textCell(outcomeText(row)),
      textCell(womenMenText(row)),
      textCell(valueText(row.previousYear)),
      textCell(row.source === '' ? NO_DATA : row.source),
    ],
  }));
  // The source is text; so is the outcome where a comparison figure stands beside it.
  const compared = rows.some((row) => row.comparisons.length > 0);
  return {
    ...table(
      `Nyckeltal: ${goal.text}`,
      [`Mål ${String(year)}`, outcomeHead, 'Kvinnor / män', `Utfall ${String(year - 1)}`, 'Källa'],
      tableRows,
      'Nyckeltal',
    ),
    textColumns: [false, compared, false, false, true],
  };
}

function boardGoalBlocks(
  tree: GoalTree,
  month: Month,
  goal: BoardGoal,
  rows: readonly GoalReportRow[],
): Block[] {
  const assessment = assessmentAt(tree.assessments, goal.id, month);
  const levelName = assessment?.level ? ASSESSMENT_NAMES_SV[assessment.level] : 'Ej bedömt';
  const indicatorRows = rows.filter((row) => row.indicator !== null);
  return [
    heading(3, goal.text),
    paragraph(bold('Bedömning: '), levelName),
    ...(goal.councilIndicator ? [paragraph(italic(`Indikator: ${goal.councilIndicator}`))] : []),
    ...textParagraphs(goal.contribution),
    ...textParagraphs(assessment?.analysis ?? ''),
    ...(goal.agenda2030.length === 0
      ? []
      : [
          paragraph(bold('Koppling Agenda 2030')),
          ...goal.agenda2030.map((number) =>
            paragraph(`Mål ${String(number)}. ${agenda2030Goal(number).text}`),
          ),
        ]),
    indicatorRows.length === 0
      ? paragraph('Målet har inga nyckeltal.')
      : indicatorTable(goal, indicatorRows, tree.year),
  ];
}

/** The goal section's blocks for a board's goals of a year at a report month. */
export function goalSectionBlocks(input: GoalSectionInput): Block[] {
  const { tree, month } = input;
  const rows = goalReportRows(tree, month);
  const groups = boardGoalsInReportOrder(tree);
  const opening = [
    ...(input.heading === 'none'
      ? []
      : [heading(1, 'Måluppföljning', input.heading === 'numbered')]),
    paragraph(
      `Nämndens mål ${String(tree.year)} under kommunfullmäktiges prioriterade mål, bedömda för ${periodText(tree.year, month)}. ${LEVELS_SENTENCE}`,
    ),
  ];
  if (groups.length === 0) {
    return [...opening, paragraph(`Nämnden har inga mål för ${String(tree.year)}.`)];
  }
  const overview = {
    ...table(
      'Bedömning av nämndens mål',
      ['KF-mål', 'Bedömning'],
      groups.flatMap(({ councilGoal, boardGoals }) =>
        boardGoals.map((goal): TableRow => ({
          label: goal.text,
          kind: 'normal',
          cells: [
            textCell(String(councilGoal.number)),
            textCell(
              rows.find((row) => row.boardGoal.id === goal.id)?.assessmentName ?? 'Ej bedömt',
            ),
          ],
        })),
      ),
      'Nämndens mål',
    ),
    textColumns: [false, true],
  };
  return [
    ...opening,
    overview,
    ...groups.flatMap(({ councilGoal, boardGoals }) => [
      heading(2, councilGoalTitle(councilGoal)),
      ...boardGoals.flatMap((goal) =>
        boardGoalBlocks(
          tree,
          month,
          goal,
          rows.filter((row) => row.boardGoal.id === goal.id),
        ),
      ),
    ]),
  ];
}

export interface GoalReportDocumentInput {
  readonly municipalityName: string;
  readonly boardName: string;
  readonly tree: GoalTree;
  readonly month: Month;
  /** The document's date, YYYY-MM-DD. */
  readonly dateIso: string;
}

/** The goal section as a document of its own: "Måluppföljning januari–augusti 2023". */
export function goalReportDocument(input: GoalReportDocumentInput): ReportDocument {
  return {
    title: `Måluppföljning ${periodText(input.tree.year, input.month)}`,
    subtitle: 'Uppföljning av nämndens mål och nyckeltal',
    municipalityName: input.municipalityName,
    boardName: input.boardName,
    dateIso: input.dateIso,
    blocks: goalSectionBlocks({ tree: input.tree, month: input.month, heading: 'none' }),
  };
}
