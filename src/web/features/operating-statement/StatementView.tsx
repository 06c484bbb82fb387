import { getOperatingStatement } from '#contract/operating-statement';
import { statementAllocationNotesSv } from '#domain/follow-up/allocation-forecast';
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
          {statement.path.length === 0
            ? statementAllocationNotesSv(statement.allocation, statement.month).map((note) => (
                <p key={note}>{note}</p>
              ))
            : null}
          <OrgBreakdownTable statement={statement} />
        </>
      ) : (
        <LoadingMessage>Hämtar driftredovisningen …</LoadingMessage>
      )}
    </StatementLayout>
  );
}
