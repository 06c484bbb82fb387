import type { Month } from '#domain/kernel/period';

/** A report month of the year. */
export interface MonthKey {
  readonly year: number;
  readonly month: Month;
}

/** "2025-05": a report month as the audit log and file names write it. */
export const yearMonthText = (key: { readonly year: number; readonly month: number }): string =>
  `${String(key.year)}-${String(key.month).padStart(2, '0')}`;

/** The audit log's object id of a board's report month: "<board id>/2025-05". */
export const boardMonthObjectId = (board: { readonly boardId: string }, key: MonthKey): string =>
  `${board.boardId}/${yearMonthText(key)}`;
