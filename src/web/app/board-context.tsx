import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { errorMessageSv } from '#contract/error-messages-sv';
import { listMunicipalities } from '#contract/organisation';
import type { boardSummarySchema, MunicipalitySummary } from '#contract/organisation';
import { shownData, useApiGet } from '../api/use-api';
import { BOARD_PARAM } from './navigation';

export type BoardSummary = z.infer<typeof boardSummarySchema>;

/** A board and the municipality it belongs to: what every page is about. */
export interface BoardChoice {
  readonly municipality: MunicipalitySummary;
  readonly board: BoardSummary;
}

/** The boards to choose from and the chosen one, or why there is none yet. */
export type BoardSelection =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string; readonly retry?: () => void }
  | { readonly status: 'empty' }
  | {
      readonly status: 'ready';
      readonly choices: readonly BoardChoice[];
      readonly selected: BoardChoice;
      readonly selectBoard: (boardId: string) => void;
    };

const BoardContext = createContext<BoardSelection | null>(null);
const RefreshContext = createContext<(() => void) | null>(null);

const NO_PARAMS = {};
const NO_QUERY = {};

/**
 * Loads the municipalities and their boards. The first board is chosen unless the address
 * names another (?namnd=<board id>), so a link to another board's page stays a link to it.
 * While the list is loaded again (after an import made a new municipality) the pages keep
 * showing the one loaded before.
 */
export function BoardProvider({ children }: { readonly children: ReactNode }) {
  const { state, retry } = useApiGet(listMunicipalities, NO_PARAMS, NO_QUERY);
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const requestedBoardId = searchParams.get(BOARD_PARAM);

  const loaded = shownData(state);
  const choices = useMemo<readonly BoardChoice[]>(
    () =>
      loaded
        ? loaded.municipalities.flatMap((municipality) =>
            municipality.boards.map((board) => ({ municipality, board })),
          )
        : [],
    [loaded],
  );

  const selectBoard = useCallback(
    (boardId: string) => {
      const isFirst = choices[0]?.board.id === boardId;
      // Another board's departments and accounts differ: start from its whole statement.
      void navigate({ pathname, search: isFirst ? '' : `?${BOARD_PARAM}=${boardId}` });
    },
    [choices, navigate, pathname],
  );

  const selection = useMemo<BoardSelection>(() => {
    if (state.status === 'loading' && loaded === null) return { status: 'loading' };
    if (state.status === 'error') {
      return state.retryable
        ? { status: 'error', message: state.message, retry }
        : { status: 'error', message: state.message };
    }
    const first = choices[0];
    if (!first) return { status: 'empty' };
    if (requestedBoardId === null)
      return { status: 'ready', choices, selected: first, selectBoard };
    const requested = choices.find((choice) => choice.board.id === requestedBoardId);
    if (!requested) {
      const message = errorMessageSv({
        code: 'not-found',
        message: 'Unknown board',
        details: { entity: 'board', value: requestedBoardId },
        issues: [],
      });
      return { status: 'error', message };
    }
    return { status: 'ready', choices, selected: requested, selectBoard };
  }, [state, loaded, retry, choices, requestedBoardId, selectBoard]);

  return (
    <RefreshContext value={retry}>
      <BoardContext value={selection}>{children}</BoardContext>
    </RefreshContext>
  );
}

/** Loads the municipalities and boards again, e.g. after an import made a new municipality. */
export function useRefreshBoards(): () => void {
  const refresh = useContext(RefreshContext);
  if (!refresh) throw new Error('useRefreshBoards outside BoardProvider');
  return refresh;
}

/** The boards and the chosen one, in whatever state loading them is in. */
export function useBoardSelection(): BoardSelection {
  const selection = useContext(BoardContext);
  if (!selection) throw new Error('useBoardSelection outside BoardProvider');
  return selection;
}

/** The chosen board, for pages: the frame shows pages only once a board is chosen. */
export function useSelectedBoard(): BoardChoice {
  const selection = useBoardSelection();
  if (selection.status !== 'ready') throw new Error('No board is chosen yet');
  return selection.selected;
}
