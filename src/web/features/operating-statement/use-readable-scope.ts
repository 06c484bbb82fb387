import { readableScope } from '#domain/access/access-policy';
import type { OrgUnitRef } from '#contract/operating-statement';
import { useSelectedBoard } from '../../app/board-context';
import { principalOf, useUser } from '../../app/session-context';

/** What of the chosen board the user may read figures for. */
export interface ReadableScope {
  /** The whole board (a controller, an auditor). */
  readonly board: boolean;
  /** Otherwise the departments and units granted, each with what lies under it. */
  readonly orgUnitIds: readonly string[];
  /** Whether a level (null: the board; else the path down to a unit) may be opened. */
  canOpen(path: readonly Pick<OrgUnitRef, 'id'>[] | null): boolean;
}

export function useReadableScope(): ReadableScope {
  const user = useUser();
  const choice = useSelectedBoard();
  const scope = readableScope(principalOf(user), choice.municipality.id, choice.board.id);
  const board = scope === 'board';
  const orgUnitIds = scope === 'board' ? [] : scope;
  return {
    board,
    orgUnitIds,
    canOpen: (path) =>
      board || (path !== null && path.some((unit) => orgUnitIds.includes(unit.id))),
  };
}
