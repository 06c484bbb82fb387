import { useSearchParams } from 'react-router';
import { downloadGoalReport, getGoals } from '#contract/goals';
import { ASSESSMENT_LEVELS, ASSESSMENT_NAMES_SV } from '#domain/goals/assessment';
import { MONTH_NAMES_SV, MONTHS } from '#domain/kernel/period';
import { endpointUrl } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { DownloadLinks } from '../../ui/DownloadLinks';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { periodQuery, readStatementRequest, STATEMENT_PARAMS } from '../../ui/statement-params';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { CarryOverForm } from './CarryOverForm';
import { GoalSection } from './GoalSection';
import '../../styles/goals.css';

/** The four levels with their signal colours, each with its text (colour never alone). */
function AssessmentLegend() {
  return (
    <ul className="assessment-legend" aria-label="Bedömningens nivåer">
      {ASSESSMENT_LEVELS.map((level) => (
        <li key={level}>
          <span className={`assessment-badge assessment-badge--${level}`}>
            {ASSESSMENT_NAMES_SV[level]}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Mål och nyckeltal: the board's goals of a year (?ar=) under the council's goals, each with
 * its assessment at the report month (?manad=), how the board works toward it, its Agenda 2030
 * goals and its indicators. The controller sets assessments and any outcome; an indicator's
 * owner (a unit's head) enters its outcomes; everyone of the board reads.
 */
export function GoalsPage() {
  const choice = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const change = useSearchParamChange();
  const request = readStatementRequest(searchParams);
  const query = periodQuery(request);
  const { state, retry } = useApiGet(
    getGoals,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    query,
  );
  const data = shownData(state);
  const title = `Mål och nyckeltal ${choice.board.name}${data ? ` ${String(data.year)}` : ''}`;
  useDocumentTitle(title);

  return (
    <div className="page goals-page" aria-busy={state.status === 'loading'}>
      <h1 className="page__title">{title}</h1>
      {data ? (
        <div className="period-controls" role="group" aria-label="Period">
          <SelectField
            label="År"
            value={String(data.year)}
            options={(data.years.includes(data.year) ? data.years : [...data.years, data.year]).map(
              (year) => ({ value: String(year), label: String(year) }),
            )}
            onChange={(value) => {
              change((next) => {
                next.set(STATEMENT_PARAMS.year, value);
              });
            }}
          />
          <SelectField
            label="Rapportmånad"
            value={String(data.reportMonth)}
            options={MONTHS.map((month) => ({
              value: String(month),
              label: `${MONTH_NAMES_SV[month]}${month === 8 ? ' (delår)' : month === 12 ? ' (helår)' : ''}`,
            }))}
            onChange={(value) => {
              change((next) => {
                next.set(STATEMENT_PARAMS.year, String(data.year));
                next.set(STATEMENT_PARAMS.month, value);
              });
            }}
          />
        </div>
      ) : null}
      <p className="page__intro">
        Nämndens mål under kommunfullmäktiges prioriterade mål, med nyckeltalens mål och utfall till
        och med rapportmånadens slut, och bedömningen av varje mål:
      </p>
      <AssessmentLegend />
      {data && data.councilGoals.length > 0 ? (
        <DownloadLinks
          secondary
          failureMessage="Måluppföljningen kunde inte laddas ned."
          busyText="Hämtar måluppföljningen …"
          links={(
            [
              ['docx', 'Word (DOCX)'],
              ['pdf', 'PDF'],
              ['html', 'HTML'],
            ] as const
          ).map(([format, label]) => ({
            key: format,
            href: endpointUrl(
              downloadGoalReport,
              { municipalityId: choice.municipality.id, boardId: choice.board.id },
              { year: data.year, month: data.reportMonth, format },
            ),
            fileName: `Måluppföljning ${String(data.year)}.${format}`,
            label: <>Måluppföljningen som {label}</>,
          }))}
        />
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar målen …</LoadingMessage>
        ) : null
      ) : data.councilGoals.length === 0 ? (
        <InfoNote>
          {choice.board.name} har inga mål för {data.year}. Controllern läser in dem med{' '}
          <code>namndkoll goals import</code>.
        </InfoNote>
      ) : (
        data.councilGoals.map((council) => (
          <section
            key={council.id}
            className="section council-goal"
            aria-labelledby={`council-${council.id}`}
          >
            <h2 id={`council-${council.id}`} className="section__title">
              {council.number}. {council.text}
            </h2>
            {council.boardGoals.map((goal) => (
              <GoalSection
                key={goal.id}
                choice={choice}
                goal={goal}
                year={data.year}
                reportMonth={data.reportMonth}
                mayEdit={data.mayEdit}
                units={data.units}
                onSaved={retry}
              />
            ))}
          </section>
        ))
      )}
      {data &&
      data.mayEdit &&
      data.councilGoals.length > 0 &&
      !data.years.includes(data.year + 1) ? (
        <CarryOverForm
          choice={choice}
          year={data.year}
          onCarried={(toYear) => {
            change((next) => {
              next.set(STATEMENT_PARAMS.year, String(toYear));
            });
          }}
        />
      ) : null}
    </div>
  );
}
