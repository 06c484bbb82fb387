import { useCallback, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listFollowUpYears } from '#contract/organisation';
import { useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { AccountBreakdownView } from './AccountBreakdownView';
import { PeriodControls } from '../../ui/PeriodControls';
import {
  changeStatementSearch,
  readStatementRequest,
  resolvePeriod,
} from '../../ui/statement-params';
import { StatementView } from './StatementView';
import { useReadableScope } from './use-readable-scope';
import { TransactionsView } from './TransactionsView';

const NO_QUERY = {};

/** The page before there are figures to show: its heading and a message. */
function PageWithoutFigures({
  children,
  busy = false,
}: {
  readonly children: ReactNode;
  readonly busy?: boolean;
}) {
  useDocumentTitle('Driftredovisning');
  return (
    <div className="page" aria-busy={busy}>
      <h1 className="page__title">Driftredovisning</h1>
      {children}
    </div>
  );
}

/**
 * Remembers the level shown; says yes when it changed since, so the heading takes focus after
 * a drill-down but not when the page first opens (the skip link must stay the first stop).
 */
function useFocusClaim(): (scopeKey: string) => boolean {
  const shown = useRef<string | null>(null);
  return useCallback((scopeKey: string) => {
    const changed = shown.current !== null && shown.current !== scopeKey;
    shown.current = scopeKey;
    return changed;
  }, []);
}

/**
 * Driftredovisning: the board's operating statement, drilled down by org unit and account, and
 * from an actual to the transactions behind it.
 */
export function OperatingStatementPage() {
  const choice = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const readable = useReadableScope();
  const asked = readStatementRequest(searchParams);
  // A unit or department head starts at what they may read, not at the whole board.
  const firstGranted = readable.orgUnitIds[0];
  const request =
    asked.orgUnitId === null && !readable.board && firstGranted !== undefined
      ? { ...asked, orgUnitId: firstGranted }
      : asked;
  const claimFocus = useFocusClaim();
  const { state, retry } = useApiGet(
    listFollowUpYears,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    NO_QUERY,
  );

  if (state.status === 'error') {
    return (
      <PageWithoutFigures>
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      </PageWithoutFigures>
    );
  }
  if (state.status === 'loading') {
    return (
      <PageWithoutFigures busy>
        <LoadingMessage>Hämtar driftredovisningen …</LoadingMessage>
      </PageWithoutFigures>
    );
  }

  const { years } = state.data;
  const period = resolvePeriod(years, request);
  if (!period) {
    return (
      <PageWithoutFigures>
        <InfoNote>
          {choice.board.name} har ingen budget och inget utfall ännu. Läs in budget eller bokföring
          för att se driftredovisningen.
        </InfoNote>
      </PageWithoutFigures>
    );
  }
  if (request.unknownAccountGroup !== null) {
    return (
      <PageWithoutFigures>
        <ErrorAlert message={`Kontogruppen ”${request.unknownAccountGroup}” finns inte.`} />
        <p>
          <Link to={{ search: changeStatementSearch(searchParams, { accountGroup: null }) }}>
            Visa driftredovisningen utan kontogrupp
          </Link>
        </p>
      </PageWithoutFigures>
    );
  }

  const viewProps = {
    choice,
    period,
    orgUnitId: request.orgUnitId,
    controls: <PeriodControls years={years} period={period} />,
    claimFocus,
  };
  if (request.accountGroup && request.trace) {
    return (
      <TransactionsView
        {...viewProps}
        accountGroup={request.accountGroup}
        column={request.trace}
        accountNumber={request.accountNumber}
      />
    );
  }
  return request.accountGroup ? (
    <AccountBreakdownView {...viewProps} accountGroup={request.accountGroup} />
  ) : (
    <StatementView {...viewProps} />
  );
}
