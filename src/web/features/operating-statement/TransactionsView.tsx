import type { TransactionTraceResponse } from '#contract/operating-statement';
import { formatKronor, formatTkr } from '#domain/kernel/format';
import type { AccountGroup } from '#domain/ledger/account-group';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import { shownData } from '../../api/use-api';
import { InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { StatementError } from './StatementError';
import { StatementLayout } from './StatementLayout';
import { periodTextSv } from './statement-text';
import type { TraceColumn } from '../../ui/statement-params';
import { TransactionsTable } from './TransactionsTable';
import { useTransactionPages } from './use-transaction-pages';
import { boardParams, statementQuery, type StatementViewProps } from './view-props';
import { FactList } from '../../ui/FactList';

export interface TransactionsViewProps extends StatementViewProps {
  readonly accountGroup: AccountGroup;
  readonly column: TraceColumn;
  /** One account of the group; null for the whole group. */
  readonly accountNumber: string | null;
}

/** The year whose transactions make up the figure: last year's for last year's actual. */
const traceYear = (trace: Pick<TransactionTraceResponse, 'year' | 'column'>): number =>
  trace.column === 'actual' ? trace.year : trace.year - 1;

/** "Transaktioner Utredning ungdom, januari–augusti 2023". */
function traceTitleSv(trace: TransactionTraceResponse): string {
  const scopeName = trace.path.at(-1)?.name ?? trace.board.name;
  return `Transaktioner ${scopeName}, ${periodTextSv(traceYear(trace), trace.month)}`;
}

/** What the figure is: account or group, which actual, and its sum exactly and in tkr. */
function TraceFacts({ trace }: { readonly trace: TransactionTraceResponse }) {
  const account = trace.rows.find((row) => row.account.number === trace.accountNumber)?.account;
  const facts: [string, string][] = [
    trace.accountNumber
      ? ['Konto', account ? `${account.number} ${account.name}` : trace.accountNumber]
      : ['Kontogrupp', ACCOUNT_GROUP_NAMES_SV[trace.accountGroup]],
    [
      trace.column === 'actual' ? 'Utfall' : 'Utfall föregående år',
      periodTextSv(traceYear(trace), trace.month),
    ],
    ['Summa', `${formatKronor(trace.sum)} kr (${formatTkr(trace.sum)} tkr)`],
  ];
  return <FactList facts={facts} compact />;
}

/**
 * The ledger transactions behind an actual of the statement, each with the file and line it
 * was read from; their sum is the figure that was clicked.
 */
export function TransactionsView(props: TransactionsViewProps) {
  const { accountGroup, column, accountNumber } = props;
  const pages = useTransactionPages(boardParams(props), {
    ...statementQuery(props),
    accountGroup,
    column,
    ...(accountNumber === null ? {} : { accountNumber }),
  });
  const { state } = pages;
  const trace = shownData(state);
  const title = trace ? traceTitleSv(trace) : 'Transaktioner';

  return (
    <StatementLayout
      context={trace}
      accountGroup={accountGroup}
      controls={props.controls}
      busy={state.status === 'loading'}
      ready={state.status === 'success'}
      scopeKey={`${props.orgUnitId ?? 'board'}/${accountGroup}/${column}/${accountNumber ?? 'all'}`}
      claimFocus={props.claimFocus}
      trace={{ title, crumb: 'Transaktioner' }}
    >
      {state.status === 'error' ? (
        <StatementError
          view={props}
          message={state.message}
          onRetry={state.retryable ? pages.retry : undefined}
        />
      ) : trace ? (
        <section className="section section--first" aria-label="Transaktioner">
          <TraceFacts trace={trace} />
          {trace.total === 0 ? (
            <InfoNote>Inga transaktioner ligger bakom beloppet för perioden.</InfoNote>
          ) : (
            <TransactionsTable
              title={title}
              trace={trace}
              rows={pages.rows}
              loadingMore={pages.loadingMore}
              moreError={pages.moreError}
              onMore={pages.loadMore}
            />
          )}
        </section>
      ) : (
        <LoadingMessage>Hämtar transaktionerna …</LoadingMessage>
      )}
    </StatementLayout>
  );
}
