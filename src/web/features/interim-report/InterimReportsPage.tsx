import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  listBoardReports,
  openBoardReport,
  type BoardReportListDto,
} from '#contract/board-reports';
import { listFollowUpYears } from '#contract/organisation';
import { REPORT_KIND_NAMES_SV, reportKindOf } from '#domain/interim-report/report-template';
import { SECTION_STATE_NAMES_SV, SECTION_STATES } from '#domain/interim-report/section-workflow';
import { toMonth } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch } from '../../app/navigation';
import { useCan } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { PeriodControls } from '../../ui/PeriodControls';
import {
  readStatementRequest,
  resolvePeriod,
  type StatementPeriod,
} from '../../ui/statement-params';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { monthYearSv } from '../follow-up/follow-up-text';
import { boardReportPath } from './report-cycle-paths';
import '../../styles/interim-report.css';

const NO_QUERY = {};

/** "3 godkända, 1 klar för granskning, 6 ej påbörjade": where the written sections stand. */
function standingSv(counts: BoardReportListDto['reports'][number]['sectionStates']): string {
  return SECTION_STATES.filter((state) => counts[state] > 0)
    .map((state) => `${String(counts[state])} ${SECTION_STATE_NAMES_SV[state].toLowerCase()}`)
    .join(', ');
}

/**
 * Delårsrapport: the board's interim and annual reports of a year, each with where its
 * sections stand; the controller opens the report of the chosen month from the template.
 */
export function InterimReportsPage() {
  const { municipality, board } = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const params = { municipalityId: municipality.id, boardId: board.id };
  const years = useApiGet(listFollowUpYears, params, NO_QUERY);
  const title = `Delårsrapport och verksamhetsberättelse, ${board.name}`;
  useDocumentTitle(title);
  const loaded = shownData(years.state);
  const period = loaded ? resolvePeriod(loaded.years, readStatementRequest(searchParams)) : null;
  return (
    <div className="page interim-reports" aria-busy={years.state.status === 'loading'}>
      <h1 className="page__title">{title}</h1>
      <p className="page__lead">
        Rapporten byggs av nämndens siffror och av texter som skribenterna skriver i sina avsnitt.
        Controllern öppnar rapporten, fördelar avsnitten och granskar dem.
      </p>
      {years.state.status === 'error' ? (
        <ErrorAlert
          message={years.state.message}
          onRetry={years.state.retryable ? years.retry : undefined}
        />
      ) : null}
      {loaded === null ? <LoadingMessage>Hämtar åren …</LoadingMessage> : null}
      {loaded && period ? (
        <>
          <PeriodControls years={loaded.years} period={period} />
          <ReportsOfYear params={params} period={period} />
        </>
      ) : null}
      {loaded && !period ? (
        <InfoNote>{board.name} har ingen budget och inget utfall ännu.</InfoNote>
      ) : null}
    </div>
  );
}

function ReportsOfYear({
  params,
  period,
}: {
  readonly params: { readonly municipalityId: string; readonly boardId: string };
  readonly period: StatementPeriod;
}) {
  const can = useCan();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  const { state, retry } = useApiGet(listBoardReports, params, { year: period.year });
  const opening = useSubmit('Rapporten kunde inte öppnas.');
  const data = shownData(state);
  const kindName = REPORT_KIND_NAMES_SV[reportKindOf(period.month)];
  const openedForMonth = data?.reports.find((report) => report.month === period.month);

  const open = async () => {
    const opened = await opening.run(() =>
      apiPost(openBoardReport, params, {}, { year: period.year, month: period.month }),
    );
    if (opened) void navigate({ pathname: boardReportPath(opened.id), search });
  };

  return (
    <section className="section" aria-labelledby="reports-of-year">
      <h2 id="reports-of-year" className="section__title">
        Rapporter {period.year}
      </h2>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? <LoadingMessage>Hämtar rapporterna …</LoadingMessage> : null}
      {data && data.reports.length === 0 ? (
        <InfoNote>
          Ingen delårsrapport eller verksamhetsberättelse är öppnad för {period.year}.
        </InfoNote>
      ) : null}
      {data && data.reports.length > 0 ? (
        <div className="table-frame">
          <table className="data-table interim-reports__table">
            <caption className="visually-hidden">Rapporter {period.year}</caption>
            <thead>
              <tr>
                <th scope="col">Rapport</th>
                <th scope="col">Avsnitt</th>
                <th scope="col">Publicerad</th>
              </tr>
            </thead>
            <tbody>
              {data.reports.map((report) => (
                <tr key={report.id}>
                  <th scope="row">
                    <Link to={{ pathname: boardReportPath(report.id), search }}>
                      {REPORT_KIND_NAMES_SV[report.kind]}{' '}
                      {monthYearSv(report.year, toMonth(report.month))}
                    </Link>
                  </th>
                  <td>{standingSv(report.sectionStates)}</td>
                  <td>{report.publishedAt ? report.publishedAt.slice(0, 10) : 'Nej'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {can('reports:manage') && data && !openedForMonth ? (
        <div className="interim-reports__open">
          <button
            type="button"
            className="button"
            disabled={opening.busy}
            onClick={() => {
              void open();
            }}
          >
            Öppna {kindName.toLowerCase()} för {monthYearSv(period.year, period.month)}
          </button>
          {opening.failure ? <ErrorAlert message={opening.failure} /> : null}
        </div>
      ) : null}
    </section>
  );
}
