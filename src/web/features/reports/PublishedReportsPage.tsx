import { DownloadLinks } from '../../ui/DownloadLinks';
import {
  downloadPublishedReport,
  listPublishedReports,
  type PublishedReport,
} from '#contract/published-reports';
import { Link, useSearchParams } from 'react-router';
import { endpointUrl } from '../../api/client';
import { boardSearch } from '../../app/navigation';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard, type BoardChoice } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { monthYearSv, timeSv } from '../follow-up/follow-up-text';
import { publishedReportPath } from './report-paths';

const NO_QUERY = {};

export const REPORT_FORMATS = [
  ['docx', 'Word (DOCX)'],
  ['pdf', 'PDF'],
  ['html', 'HTML'],
] as const;

/** "2025-05-13 10:00 av Maria Sjöberg". */
const publishedSv = (report: PublishedReport): string =>
  `${timeSv(report.publishedAt)}${report.publishedBy ? ` av ${report.publishedBy}` : ''}`;

/** The published months, newest first, each with its report as Word, PDF or HTML. */
function ReportsTable({
  choice,
  reports,
}: {
  readonly choice: BoardChoice;
  readonly reports: readonly PublishedReport[];
}) {
  const params = { municipalityId: choice.municipality.id, boardId: choice.board.id };
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  return (
    <div className="table-frame">
      <table className="data-table published-reports">
        <caption>Publicerade månadsrapporter, {choice.board.name}</caption>
        <thead>
          <tr>
            <th scope="col">Rapport</th>
            <th scope="col">Publicerad</th>
            <th scope="col">Ladda ned</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => {
            const month = monthYearSv(report.year, report.month);
            return (
              <tr key={`${String(report.year)}-${String(report.month)}`}>
                <th scope="row">
                  <Link to={{ pathname: publishedReportPath(report), search }}>
                    Resultatrapport {month}
                  </Link>
                </th>
                <td className="nowrap">{publishedSv(report)}</td>
                <td>
                  <DownloadLinks
                    secondary
                    failureMessage="Rapporten kunde inte laddas ned."
                    busyText={`Hämtar resultatrapport ${month} …`}
                    links={REPORT_FORMATS.map(([format, label]) => ({
                      key: format,
                      href: endpointUrl(downloadPublishedReport, params, {
                        year: report.year,
                        month: report.month,
                        format,
                      }),
                      fileName: `Resultatrapport ${month}.${format}`,
                      label: (
                        <>
                          {label}
                          <span className="visually-hidden"> för resultatrapport {month}</span>
                        </>
                      ),
                    }))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Rapporter: the board's published monthly reports (resultatrapporter), for everyone who may
 * read them, a nämndledamot above all. A month is here from when a controller publishes it
 * until it is reopened.
 */
export function PublishedReportsPage() {
  const choice = useSelectedBoard();
  const title = `Rapporter ${choice.board.name}`;
  useDocumentTitle(title);
  const { state, retry } = useApiGet(
    listPublishedReports,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    NO_QUERY,
  );
  const data = shownData(state);
  return (
    <div className="page" aria-busy={state.status === 'loading'}>
      <h1 className="page__title">{title}</h1>
      <p className="page__lead">
        Nämndens månadsrapporter när controllern har publicerat dem: resultatet, enheternas
        kommentarer och åtgärder, årsprognosen och investeringarna. Läs en rapport här, eller ladda
        ned den som Word, PDF eller HTML.
      </p>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar de publicerade rapporterna …</LoadingMessage>
        ) : null
      ) : data.reports.length === 0 ? (
        <InfoNote>
          {choice.board.name} har ingen publicerad månadsrapport ännu. Rapporten för en månad visas
          här när controllern har publicerat den.
        </InfoNote>
      ) : (
        <ReportsTable choice={choice} reports={data.reports} />
      )}
    </div>
  );
}
