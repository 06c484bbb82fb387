import { Link, useSearchParams } from 'react-router';
import { SECTION_STATE_NAMES_SV } from '#domain/interim-report/section-workflow';
import { boardSearch, INTERIM_REPORT_PATH } from '../../app/navigation';
import { useCan } from '../../app/session-context';
import { InfoNote } from '../../ui/StatusMessages';
import { BoardReportFrame, reportTitleSv, useBoardReport } from './BoardReportFrame';
import { reportSectionPath } from './report-cycle-paths';

/**
 * A report's sections in order: who writes each, by when, and where it stands. The controller
 * sees every section; a writer the sections given to them.
 */
export function InterimReportPage() {
  const { board, state, retry, report } = useBoardReport();
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  const can = useCan();
  return (
    <BoardReportFrame
      className="interim-report"
      back={{ pathname: INTERIM_REPORT_PATH, label: 'Alla rapporter' }}
      title={report ? `${reportTitleSv(report)}, ${board.name}` : 'Rapporten'}
      state={state}
      retry={retry}
      loading="Hämtar rapporten …"
    >
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
    </BoardReportFrame>
  );
}
