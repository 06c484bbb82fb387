import { useCallback } from 'react';
import { useLocation, useSearchParams, type To } from 'react-router';
import type { AccountGroup } from '../../../domain/ledger/account-group';
import type { Month } from '../../../domain/kernel/period';
import { changeStatementSearch } from './statement-params';

/** A level of the statement: the board (no org unit), a department or a unit; maybe one group. */
export interface Scope {
  readonly orgUnitId: string | null;
  readonly accountGroup: AccountGroup | null;
}

/**
 * Addresses of other scopes for the same period. Other parameters in the address (such as
 * the chosen board) are kept.
 */
export function useScopeLink(year: number, month: Month): (scope: Scope) => To {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  return useCallback(
    (scope: Scope) => ({
      pathname,
      search: changeStatementSearch(searchParams, {
        year,
        month,
        orgUnit: scope.orgUnitId,
        accountGroup: scope.accountGroup,
      }),
    }),
    [pathname, searchParams, year, month],
  );
}
