import { GOAL_REPORT_COLUMNS, type GoalReportRow } from '#domain/goals/goal-report';
import {
  councilGoalTitle,
  goalReportCells,
  type GoalReportStyle,
} from '#domain/goals/goal-report-cells';
import { indicatorValueText, type IndicatorValue } from '#domain/goals/indicator-value';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { renderTextCsv, type CsvFigure } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import type { GoalReport, GoalReportKey } from './goal-report.service';

/** The goal report as CSV, a plain-text table and JSON (report goals --format). */

type Column = (typeof GOAL_REPORT_COLUMNS)[number];

/** The columns that hold figures: right-aligned in the table, numbers for Excel in the CSV. */
const FIGURE_COLUMNS: ReadonlySet<Column> = new Set(['Utfall', 'Kvinnor', 'Män', 'Föregående år']);

/** How wide a text column gets in the table before it wraps (characters). */
const TABLE_WIDTHS: Readonly<Partial<Record<Column, number>>> = {
  Nämndmål: 28,
  Indikator: 36,
  Källa: 22,
};

const caption = (report: GoalReport, key: GoalReportKey, style: GoalReportStyle) =>
  `Måluppföljning ${report.context.board.name}, ${report.context.municipality.name}, januari–${MONTH_NAMES_SV[key.month]} ${String(key.year)}.${style === 'table' ? ' Utfall: det senaste t.o.m. månadens slut.' : ''}`;

/** For Swedish Excel: BOM, semicolons, CRLF, figures with decimal comma, no value empty. */
export function goalReportCsv(report: GoalReport): string {
  return renderTextCsv([
    [...GOAL_REPORT_COLUMNS],
    ...report.rows.map((row) =>
      goalReportCells(row, 'csv').map((cell, index): string | CsvFigure | null => {
        const column = GOAL_REPORT_COLUMNS[index];
        if (cell === '') return null;
        return column !== undefined && FIGURE_COLUMNS.has(column) ? { figure: cell } : cell;
      }),
    ),
  ]);
}

/**
 * A table for the terminal: the council goals' texts listed above it, a rule between board
 * goals, the board goal, its council goal and its assessment on its first row only.
 */
export function goalReportTable(report: GoalReport, key: GoalReportKey): string {
  const groups: string[][][] = [];
  let previous: GoalReportRow | undefined;
  for (const row of report.rows) {
    const cells = goalReportCells(row, 'table');
    if (previous?.boardGoal.id === row.boardGoal.id) {
      const group = groups.at(-1);
      for (const column of ['KF-mål', 'Nämndmål', 'Bedömning'] as const) {
        cells[GOAL_REPORT_COLUMNS.indexOf(column)] = '';
      }
      group?.push(cells);
    } else {
      groups.push([cells]);
    }
    previous = row;
  }
  const councilGoals = [
    ...new Map(report.rows.map((row) => [row.councilGoal.id, row.councilGoal])).values(),
  ];
  return renderWrappedTextTable({
    caption: caption(report, key, 'table'),
    notes:
      councilGoals.length === 0
        ? [`Nämnden har inga mål för ${String(key.year)}.`]
        : councilGoals.map((goal) => `KF-mål ${councilGoalTitle(goal)}`),
    columns: GOAL_REPORT_COLUMNS.map((head) => ({
      head,
      align: FIGURE_COLUMNS.has(head) || head === 'Mål' ? 'right' : 'left',
      maxWidth: TABLE_WIDTHS[head] ?? 24,
    })),
    groups,
  });
}

const jsonFigure = (value: IndicatorValue | null): number | null =>
  value === null ? null : Number(indicatorValueText(value));

/** The rows with their figures as numbers (exact to four decimals) and the assessment's key. */
export function goalReportJson(report: GoalReport, key: GoalReportKey): string {
  const { municipality, board } = report.context;
  return `${JSON.stringify(
    {
      municipality: { code: municipality.code, name: municipality.name },
      board: { code: board.code, name: board.name },
      year: key.year,
      month: key.month,
      columns: GOAL_REPORT_COLUMNS,
      rows: report.rows.map((row) => ({
        councilGoal: { number: row.councilGoal.number, text: row.councilGoal.text },
        boardGoal: row.boardGoal.text,
        indicator: row.indicator?.name ?? null,
        unit: row.indicator?.unit ?? null,
        unitName: row.unitName === '' ? null : row.unitName,
        target:
          row.indicator?.target == null
            ? null
            : {
                comparator: row.indicator.target.comparator,
                value: jsonFigure(row.indicator.target.value),
                text: row.targetText,
              },
        outcome:
          row.outcomeDate === null
            ? null
            : {
                measuredOn: row.outcomeDate,
                total: jsonFigure(row.outcome),
                women: jsonFigure(row.women),
                men: jsonFigure(row.men),
              },
        comparisons: row.comparisons.map((figure) => ({
          label: figure.label,
          measuredOn: figure.measuredOn,
          value: jsonFigure(figure.value),
        })),
        previousYear: jsonFigure(row.previousYear),
        source: row.source === '' ? null : row.source,
        assessment:
          row.assessment === null ? null : { level: row.assessment, name: row.assessmentName },
      })),
    },
    null,
    2,
  )}\n`;
}
