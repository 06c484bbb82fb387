import { Link, useParams, useSearchParams } from 'react-router';
import { getBoardReport, type BoardReportDto } from '#contract/board-reports';
import { REPORT_KIND_NAMES_SV } from '#domain/interim-report/report-template';
import { SECTION_STATE_NAMES_SV } from '#domain/interim-report/section-workflow';
import { toMonth } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch, INTERIM_REPORT_PATH } from '../../app/navigation';
import { useCan } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { monthYearSv } from '../follow-up/follow-up-text';
import { reportSectionPath } from './report-cycle-paths';
import '../../styles/interim-report.css';

const NO_QUERY = {};

/** "Delårsrapport augusti 2023". */
export const reportTitleSv = (report: Pick<BoardReportDto, 'kind' | 'year' | 'month'>): string =>
  `${REPORT_KIND_NAMES_SV[report.kind]} ${monthYearSv(report.year, toMonth(report.month))}`;

/**
 * A report's sections in order: who writes each, by when, and where it stands. The controller
 * sees every section; a writer the sections given to them.
 */
export function InterimReportPage() {
  const { reportId = '' } = useParams();
  const { municipality, board } = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  const can = useCan();
  const params = { municipalityId: municipality.id, boardId: board.id, reportId };
  const { state, retry } = useApiGet(getBoardReport, params, NO_QUERY);
  const report = shownData(state);
  const title = report ? `${reportTitleSv(report)}, ${board.name}` : 'Rapporten';
  useDocumentTitle(title);
  return (
    <div className="page interim-report" aria-busy={state.status === 'loading'}>
      <p>
        <Link className="back-link" to={{ pathname: INTERIM_REPORT_PATH, search }}>
          Alla rapporter
        </Link>
      </p>
      <h1 className="page__title">{title}</h1>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {report === null && state.status === 'loading' ? (
        <LoadingMessage>Hämtar rapporten …</LoadingMessage>
      ) : null}
      {report && report.sections.length === 0 ? (
        <InfoNote>Du har inga avsnitt att skriva i den här rapporten.</InfoNote>
      ) : null}
      {report && report.sections.length > 0 ? (
        <div className="table-frame">
          <table className="data-table interim-report__sections">
            <caption>{can('reports:manage') ? 'Rapportens avsnitt' : 'Dina avsnitt'}</caption>
            <thead>
              <tr>
                <th scope="col">Avsnitt</th>
                <th scope="col">Skribent</th>
                <th scope="col">Klart senast</th>
                <th scope="col">Läge</th>
              </tr>
            </thead>
            <tbody>
              {report.sections.map((section) => (
                <tr key={section.key} className={section.level === 2 ? 'interim-report__part' : ''}>
                  <th scope="row">
                    {section.writerRole === null ? (
                      section.title
                    ) : (
                      <Link to={{ pathname: reportSectionPath(report.id, section.key), search }}>
                        {section.title}
                      </Link>
                    )}
                  </th>
                  <td>
                    {section.writerRole === null
                      ? 'Bara siffror'
                      : (section.assignee?.displayName ?? 'Ingen ännu')}
                  </td>
                  <td>{section.deadline ?? ''}</td>
                  <td>
                    {section.writerRole === null ? '' : SECTION_STATE_NAMES_SV[section.state]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
