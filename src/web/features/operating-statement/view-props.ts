import type { ReactNode } from 'react';
import type { BoardChoice } from '../../app/board-context';
import type { StatementPeriod } from '../../ui/statement-params';

/** What the page hands each of its views. */
export interface StatementViewProps {
  readonly choice: BoardChoice;
  readonly period: StatementPeriod;
  /** A department or unit; null for the whole board. */
  readonly orgUnitId: string | null;
  readonly controls: ReactNode;
  readonly claimFocus: (scopeKey: string) => boolean;
}

/** The statement query for a view: the period and, if any, the org unit. */
export function statementQuery({ period, orgUnitId }: StatementViewProps) {
  return { year: period.year, month: period.month, ...(orgUnitId ? { orgUnitId } : {}) };
}

export function boardParams({ choice }: StatementViewProps) {
  return { municipalityId: choice.municipality.id, boardId: choice.board.id };
}
