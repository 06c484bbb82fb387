import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getBoardReport, type BoardReportDto } from '#contract/board-reports';
import { REPORT_KIND_NAMES_SV } from '#domain/interim-report/report-template';
import { toMonth } from '#domain/kernel/period';
import { shownData, useApiGet, type ApiState } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch } from '../../app/navigation';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { monthYearSv } from '../follow-up/follow-up-text';
import '../../styles/interim-report.css';

const NO_QUERY = {};

/** "Delårsrapport augusti 2023". */
export const reportTitleSv = (report: Pick<BoardReportDto, 'kind' | 'year' | 'month'>): string =>
  `${REPORT_KIND_NAMES_SV[report.kind]} ${monthYearSv(report.year, toMonth(report.month))}`;

/** The report the address names (/delarsrapport/<report id>/…), as its pages load it. */
export function useBoardReport() {
  const { reportId = '', sectionKey = '' } = useParams();
  const { municipality, board } = useSelectedBoard();
  const params = { municipalityId: municipality.id, boardId: board.id, reportId };
  const { state, retry } = useApiGet(getBoardReport, params, NO_QUERY);
  return { reportId, sectionKey, board, state, retry, report: shownData(state) };
}

/** A report page's frame: the way back, the title, and the report's loading and failure. */
export function BoardReportFrame({
  className,
  back,
  title,
  state,
  retry,
  loading,
  children,
}: {
  readonly className: string;
  readonly back: { readonly pathname: string; readonly label: string };
  readonly title: string;
  readonly state: ApiState<BoardReportDto>;
  readonly retry: () => void;
  /** "Hämtar rapporten …", while nothing is shown yet. */
  readonly loading: string;
  readonly children: ReactNode;
}) {
  const [searchParams] = useSearchParams();
  useDocumentTitle(title);
  return (
    <div className={`page ${className}`} aria-busy={state.status === 'loading'}>
      <p>
        <Link
          className="back-link"
          to={{ pathname: back.pathname, search: boardSearch(searchParams) }}
        >
          {back.label}
        </Link>
      </p>
      <h1 className="page__title">{title}</h1>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {shownData(state) === null && state.status === 'loading' ? (
        <LoadingMessage>{loading}</LoadingMessage>
      ) : null}
      {children}
    </div>
  );
}
