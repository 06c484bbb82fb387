import { Link, useParams, useSearchParams } from 'react-router';
import { downloadPublishedReport, getPublishedReportDocument } from '#contract/published-reports';
import { toMonth, type Month } from '#domain/kernel/period';
import { endpointUrl } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch, REPORTS_PATH } from '../../app/navigation';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { monthYearSv, timeSv } from '../follow-up/follow-up-text';
import { REPORT_FORMATS } from './PublishedReportsPage';
import { ReportDocumentView } from './ReportDocumentView';
import '../../styles/reports.css';

/** The year and month of the address (/rapporter/2023/7), or null when they are no month. */
function monthOf(year: string | undefined, month: string | undefined) {
  const y = Number(year);
  const m = Number(month);
  return Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12
    ? { year: y, month: toMonth(m) }
    : null;
}

/**
 * A published monthly report read in the app (/rapporter/<år>/<månad>): the document the
 * downloads are made from, drawn by React in the frame, with the downloads beside it.
 */
export function PublishedReportPage() {
  const params = useParams();
  const key = monthOf(params.year, params.month);
  return key ? <PublishedReport period={key} /> : <NotFoundPage />;
}

function PublishedReport({ period }: { readonly period: { year: number; month: Month } }) {
  const { municipality, board } = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const boardParams = { municipalityId: municipality.id, boardId: board.id };
  const title = `Resultatrapport ${monthYearSv(period.year, period.month)}, ${board.name}`;
  useDocumentTitle(title);
  const { state, retry } = useApiGet(getPublishedReportDocument, boardParams, period);
  const data = shownData(state);
  const back = (
    <p>
      <Link
        className="back-link"
        to={{ pathname: REPORTS_PATH, search: boardSearch(searchParams) }}
      >
        Alla rapporter
      </Link>
    </p>
  );
  return (
    <div className="page" aria-busy={state.status === 'loading'}>
      {back}
      <h1 className="page__title">{title}</h1>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar rapporten …</LoadingMessage>
        ) : null
      ) : (
        <>
          <p className="page__lead">
            Publicerad {timeSv(data.report.publishedAt)}
            {data.report.publishedBy ? ` av ${data.report.publishedBy}` : ''}. Daterad{' '}
            {data.document.dateIso}.
          </p>
          <ul className="document-links" aria-label="Ladda ned rapporten">
            {REPORT_FORMATS.map(([format, label]) => (
              <li key={format}>
                <a
                  className="button button--secondary"
                  href={endpointUrl(downloadPublishedReport, boardParams, {
                    year: data.report.year,
                    month: data.report.month,
                    format,
                  })}
                  download
                >
                  Ladda ned {label}
                </a>
              </li>
            ))}
          </ul>
          <ReportDocumentView document={data.document} />
        </>
      )}
    </div>
  );
}
