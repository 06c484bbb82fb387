import { getOperatingStatement } from '#contract/operating-statement';
import { formatTkr } from '#domain/kernel/format';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { LoadingMessage } from '../../ui/StatusMessages';
import { OrgBreakdownTable } from './OrgBreakdownTable';
import { StatementError } from './StatementError';
import { StatementLayout } from './StatementLayout';
import { StatementTable } from './StatementTable';
import { statementTitleSv } from './statement-text';
import { boardParams, statementQuery, type StatementViewProps } from './view-props';

/** The operating statement of the board, a department or a unit, and the level below. */
export function StatementView(props: StatementViewProps) {
  const { state, retry } = useApiGet(
    getOperatingStatement,
    boardParams(props),
    statementQuery(props),
  );
  const statement = shownData(state);
  const scopeName = statement ? (statement.path.at(-1)?.name ?? statement.board.name) : '';

  return (
    <StatementLayout
      context={statement}
      accountGroup={null}
      controls={props.controls}
      busy={state.status === 'loading'}
      ready={state.status === 'success'}
      scopeKey={props.orgUnitId ?? 'board'}
      claimFocus={props.claimFocus}
    >
      {state.status === 'error' ? (
        <StatementError
          view={props}
          message={state.message}
          onRetry={state.retryable ? retry : undefined}
        />
      ) : statement ? (
        <>
          <StatementTable
            statement={statement}
            title={statementTitleSv(scopeName, statement.year, statement.month)}
          />
          {statement.path.length === 0 &&
          statement.allocation.original !== statement.allocation.revised ? (
            <p>
              Kommunbidraget är ändrat genom beslut under året:{' '}
              {formatTkr(statement.allocation.original)} tkr i budget,{' '}
              {formatTkr(statement.allocation.revised)} tkr efter besluten till och med{' '}
              {MONTH_NAMES_SV[statement.month]} (Beslut under året på sidan Budget).
            </p>
          ) : null}
          <OrgBreakdownTable statement={statement} />
        </>
      ) : (
        <LoadingMessage>Hämtar driftredovisningen …</LoadingMessage>
      )}
    </StatementLayout>
  );
}
