import { NO_DATA } from '../reports/document';
import type { GoalReportRow } from './goal-report';
import { formatIndicatorValue, indicatorValueText, type IndicatorValue } from './indicator-value';

/**
 * The goal report's rows as text cells, in GOAL_REPORT_COLUMNS' order, for the plain-text
 * table (figures as a Swedish reader writes them, "82,2", no value "–", KF-mål by its number:
 * the table lists the council goals' texts above it) and for CSV (decimal comma without
 * thousands separators for Swedish Excel, no value an empty cell, KF-mål with its text).
 */

export type GoalReportStyle = 'table' | 'csv';

/** A figure in a CSV cell: "82,2", "-3", "1234". */
export function csvFigure(value: IndicatorValue): string {
  return indicatorValueText(value).replace('.', ',');
}

/** The KF-mål as its heading reads: "2. I Alingsås finns goda livsmiljöer …". */
export function councilGoalTitle(goal: { readonly number: number; readonly text: string }) {
  return `${String(goal.number)}. ${goal.text}`;
}

export function goalReportCells(row: GoalReportRow, style: GoalReportStyle): string[] {
  const empty = style === 'table' ? NO_DATA : '';
  const figure = (value: IndicatorValue | null): string =>
    value === null ? empty : style === 'table' ? formatIndicatorValue(value) : csvFigure(value);
  return [
    style === 'table' ? String(row.councilGoal.number) : councilGoalTitle(row.councilGoal),
    row.boardGoal.text,
    row.indicator?.name ?? empty,
    row.unitName === '' ? empty : row.unitName,
    row.targetText ?? empty,
    figure(row.outcome),
    figure(row.women),
    figure(row.men),
    figure(row.previousYear),
    row.source === '' ? empty : row.source,
    row.assessmentName ?? empty,
  ];
}
