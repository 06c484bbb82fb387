import { useCallback } from 'react';
import { useLocation, useSearchParams, type To } from 'react-router';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Month } from '#domain/kernel/period';
import type { StatementColumn } from '#domain/follow-up/measures';
import { changeStatementSearch, TRACE_COLUMNS, type TraceColumn } from '../../ui/statement-params';

/**
 * A level of the statement: the board (no org unit), a department or a unit; maybe one group;
 * maybe the transactions behind one of its actuals (of one account or the whole group).
 */
export interface Scope {
  readonly orgUnitId: string | null;
  readonly accountGroup: AccountGroup | null;
  readonly trace?: { readonly column: TraceColumn; readonly accountNumber: string | null };
}

/**
 * Addresses of other scopes for the same period. Other parameters in the address (such as
 * the chosen board) are kept; the transactions shown are left unless the scope names them.
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
        trace: scope.trace?.column ?? null,
        account: scope.trace?.accountNumber ?? null,
      }),
    }),
    [pathname, searchParams, year, month],
  );
}

/** Links from a row's actuals (this year's and last year's) to the transactions behind them. */
export function traceLinks(
  linkTo: (scope: Scope) => To,
  scope: { readonly orgUnitId: string | null; readonly accountGroup: AccountGroup },
  accountNumber: string | null,
): Partial<Record<StatementColumn, To>> {
  return Object.fromEntries(
    TRACE_COLUMNS.map((column) => [column, linkTo({ ...scope, trace: { column, accountNumber } })]),
  );
}
