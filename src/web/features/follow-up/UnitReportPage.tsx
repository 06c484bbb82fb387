import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getUnitReport } from '#contract/follow-up';
import { listFollowUpYears } from '#contract/organisation';
import { useApiGet } from '../../api/use-api';
import { useSelectedBoard, type BoardChoice } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { PeriodControls } from '../../ui/PeriodControls';
import { readStatementRequest, resolvePeriod } from '../../ui/statement-params';
import { followUpLink, monthYearSv, unitReportTitleSv, type PagePeriod } from './follow-up-text';
import { UnitReportForm } from './UnitReportForm';

const NO_QUERY = {};

/** The page's frame: the way back to the month, the heading and the period choice. */
function UnitFrame({
  title,
  period,
  controls,
  busy = false,
  children,
}: {
  readonly title: string;
  readonly period: PagePeriod | null;
  readonly controls?: ReactNode;
  readonly busy?: boolean;
  readonly children: ReactNode;
}) {
  useDocumentTitle(title);
  const [searchParams] = useSearchParams();
  return (
    <div className="page unit-report" aria-busy={busy}>
      {period ? (
        <p className="back-link">
          <Link to={followUpLink(searchParams, period)}>
            Månadsuppföljning {monthYearSv(period.year, period.month)}
          </Link>
        </p>
      ) : null}
      <h1 className="page__title">{title}</h1>
      {controls}
      {children}
    </div>
  );
}

/** The report of one unit at the month in the address. */
function UnitReportView({
  choice,
  orgUnitId,
  period,
  controls,
}: {
  readonly choice: BoardChoice;
  readonly orgUnitId: string;
  readonly period: PagePeriod;
  readonly controls: ReactNode;
}) {
  const { state, retry } = useApiGet(
    getUnitReport,
    { municipalityId: choice.municipality.id, boardId: choice.board.id, orgUnitId },
    { year: period.year, month: period.month },
  );
  if (state.status !== 'success') {
    return (
      <UnitFrame
        title={`Uppföljning, ${monthYearSv(period.year, period.month)}`}
        period={period}
        controls={controls}
        busy={state.status === 'loading'}
      >
        {state.status === 'error' ? (
          <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
        ) : (
          <LoadingMessage>Hämtar enhetens rapport …</LoadingMessage>
        )}
      </UnitFrame>
    );
  }
  const report = state.data;
  return (
    <UnitFrame
      title={unitReportTitleSv(report.orgUnit.name, report.year, report.month)}
      period={period}
      controls={controls}
    >
      <UnitReportForm
        key={`${report.orgUnit.id}-${String(report.year)}-${String(report.month)}`}
        choice={choice}
        initial={report}
      />
    </UnitFrame>
  );
}

/**
 * Uppföljning › a unit's report (/uppfoljning/enhet/<id>?ar=&manad=): the unit manager's
 * forecast with its comment, comment and action for the month, and the controller's review.
 */
export function UnitReportPage() {
  const choice = useSelectedBoard();
  const { orgUnitId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { state, retry } = useApiGet(
    listFollowUpYears,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    NO_QUERY,
  );
  if (state.status !== 'success') {
    return (
      <UnitFrame title="Uppföljning" period={null} busy={state.status === 'loading'}>
        {state.status === 'error' ? (
          <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
        ) : (
          <LoadingMessage>Hämtar enhetens rapport …</LoadingMessage>
        )}
      </UnitFrame>
    );
  }
  const { years } = state.data;
  const period = resolvePeriod(years, readStatementRequest(searchParams));
  if (!period) {
    return (
      <UnitFrame title="Uppföljning" period={null}>
        <InfoNote>{choice.board.name} har ingen budget och inget utfall ännu.</InfoNote>
      </UnitFrame>
    );
  }
  return (
    <UnitReportView
      choice={choice}
      orgUnitId={orgUnitId}
      period={period}
      controls={<PeriodControls years={years} period={period} />}
    />
  );
}
