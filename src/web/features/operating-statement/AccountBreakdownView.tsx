import { getAccountBreakdown } from '#contract/operating-statement';
import type { AccountGroup } from '#domain/ledger/account-group';
import { shownData, useApiGet } from '../../api/use-api';
import { InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { AccountTable } from './AccountTable';
import { StatementError } from './StatementError';
import { StatementLayout } from './StatementLayout';
import { accountTableTitleSv, periodTextSv } from './statement-text';
import { boardParams, statementQuery, type StatementViewProps } from './view-props';

/** One account group of the board, a department or a unit, account by account. */
export function AccountBreakdownView(
  props: StatementViewProps & { readonly accountGroup: AccountGroup },
) {
  const { accountGroup } = props;
  const { state, retry } = useApiGet(getAccountBreakdown, boardParams(props), {
    ...statementQuery(props),
    accountGroup,
  });
  const breakdown = shownData(state);
  const heading = accountTableTitleSv(accountGroup);

  return (
    <StatementLayout
      context={breakdown}
      accountGroup={accountGroup}
      controls={props.controls}
      busy={state.status === 'loading'}
      ready={state.status === 'success'}
      scopeKey={`${props.orgUnitId ?? 'board'}/${accountGroup}`}
      claimFocus={props.claimFocus}
    >
      {state.status === 'error' ? (
        <StatementError
          view={props}
          message={state.message}
          onRetry={state.retryable ? retry : undefined}
        />
      ) : breakdown ? (
        <section className="section" aria-labelledby="accounts-heading">
          <h2 id="accounts-heading" className="section__title">
            {heading}
          </h2>
          {breakdown.rows.length === 0 ? (
            <InfoNote>Inga konton har belopp i den här kontogruppen för perioden.</InfoNote>
          ) : null}
          <AccountTable
            breakdown={breakdown}
            title={`${heading}, ${breakdown.path.at(-1)?.name ?? breakdown.board.name}, ${periodTextSv(breakdown.year, breakdown.month)}`}
          />
        </section>
      ) : (
        <LoadingMessage>Hämtar kontona …</LoadingMessage>
      )}
    </StatementLayout>
  );
}
