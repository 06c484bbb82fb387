import { useId, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { getFollowUpView, type FollowUpView } from '#contract/follow-up';
import { listFollowUpYears } from '#contract/organisation';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard, type BoardChoice } from '../../app/board-context';
import { OPERATING_STATEMENT_PATH } from '../../app/navigation';
import { useCan, useUser } from '../../app/session-context';
import { TextField } from '../../ui/FormFields';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { PeriodControls } from '../../ui/PeriodControls';
import { readStatementRequest, resolvePeriod } from '../../ui/statement-params';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { followUpScopeOf } from './follow-up-access';
import {
  ARRANGEMENT_PARAMS,
  arrangeRows,
  FOLLOW_UP_SORT_NAMES_SV,
  FOLLOW_UP_SORTS,
  missingUnitSv,
  readBeyond,
  readSortParam,
  sortParamValue,
  submissionSentenceSv,
  submissionSummary,
} from './follow-up-rows';
import { followUpTitleSv, monthYearSv, type PagePeriod } from './follow-up-text';
import { FollowUpTable } from './FollowUpTable';
import { MonthEvents, MonthPublication } from './MonthPublication';
import { MonthlyReportLinks } from './MonthlyReportLinks';
import { MonthlyReportTexts } from './MonthlyReportTexts';
import { AllocationForecastSection } from './AllocationForecastForm';
import { MyUnits } from './MyUnits';
import { ResultChart } from './ResultChart';
import { FollowUpFrame } from './FollowUpFrame';
import { ThresholdForm } from './ThresholdForm';

const NO_QUERY = {};

/** Where the units stand: how many have handed in, and who has not. */
function SubmissionSummary({ view }: { readonly view: FollowUpView }) {
  const summary = submissionSummary(view.rows);
  if (summary.units === 0) return null;
  return (
    <section className="section section--first" aria-labelledby="submission-title">
      <h2 id="submission-title" className="section__title">
        Enheternas rapporter
      </h2>
      <p className="submission-summary">
        <strong>{submissionSentenceSv(summary)}</strong>
        {summary.approved > 0 ? `, ${String(summary.approved)} är godkända` : ''}.
      </p>
      {summary.missing.length > 0 ? (
        <>
          <p className="submission-summary__lead">Har inte lämnat in:</p>
          <ul className="submission-summary__missing">
            {summary.missing.map((unit) => (
              <li key={unit.name}>{missingUnitSv(unit)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Sort and filter the table, kept in the address (?sortering=&over=). */
function useArrangement() {
  const [searchParams] = useSearchParams();
  const change = useSearchParamChange();
  const sort = readSortParam(searchParams.get(ARRANGEMENT_PARAMS.sort));
  const beyondText = searchParams.get(ARRANGEMENT_PARAMS.beyond) ?? '';
  const set = (param: string, value: string) => {
    change(
      (next) => {
        if (value === '' || (param === ARRANGEMENT_PARAMS.sort && value === 'organisation'))
          next.delete(param);
        else next.set(param, value);
      },
      { replace: true },
    );
  };
  return { sort, beyondText, set };
}

/** The units' table with its sort and filter. */
function UnitsSection({
  view,
  period,
  statementLinks,
}: {
  readonly view: FollowUpView;
  readonly period: PagePeriod;
  readonly statementLinks: boolean;
}) {
  const filterId = useId();
  const { sort, beyondText, set } = useArrangement();
  const beyond = readBeyond(beyondText);
  const rows = arrangeRows(view.rows, { sort, beyond: beyond.ok ? beyond.beyond : null });
  const caption = `Månadsuppföljning per enhet, ${monthYearSv(view.year, view.month)}${
    sort === 'organisation' ? '' : `, ${FOLLOW_UP_SORT_NAMES_SV[sort].toLowerCase()}`
  }`;
  return (
    <section className="section" aria-labelledby="units-title">
      <h2 id="units-title" className="section__title">
        Enheterna
      </h2>
      <div className="follow-up-controls" role="group" aria-label="Sortera och filtrera enheterna">
        <SelectField
          label="Sortering"
          value={sort}
          options={FOLLOW_UP_SORTS.map((value) => ({
            value,
            label: FOLLOW_UP_SORT_NAMES_SV[value],
          }))}
          onChange={(value) => {
            const chosen =
              FOLLOW_UP_SORTS.find((candidate) => candidate === value) ?? 'organisation';
            set(ARRANGEMENT_PARAMS.sort, sortParamValue(chosen));
          }}
        />
        <TextField
          id={filterId}
          label="Visa bara enheter med avvikelse över (tkr)"
          hint="Avvikelse eller prognosavvikelse, plus eller minus. Tomt: alla enheter."
          size="medium"
          inputMode="numeric"
          value={beyondText}
          error={beyond.ok ? undefined : beyond.error}
          onChange={(value) => {
            set(ARRANGEMENT_PARAMS.beyond, value.trim());
          }}
        />
      </div>
      {rows.length === 0 ? (
        <InfoNote>Ingen enhet har en avvikelse över {beyondText} tkr.</InfoNote>
      ) : (
        <FollowUpTable
          view={view}
          rows={rows}
          period={period}
          caption={caption}
          statementLinks={statementLinks}
        />
      )}
    </section>
  );
}

/** The notes above the figures: published and locked; how far the actuals go. */
function ViewNotes({ view }: { readonly view: FollowUpView }) {
  const period = monthYearSv(view.year, view.month);
  return (
    <>
      {view.locked ? (
        <InfoNote>
          Månadsrapporten för {period} är publicerad och månaden är låst. Inget ändras förrän en
          controller öppnar månaden igen.
        </InfoNote>
      ) : null}
      {view.lastActualMonth === null ? (
        <InfoNote>Det finns inget utfall för {view.year} ännu.</InfoNote>
      ) : view.lastActualMonth < view.month ? (
        <InfoNote>
          Utfall finns till och med {MONTH_NAMES_SV[view.lastActualMonth]} {view.year}.
        </InfoNote>
      ) : null}
    </>
  );
}

/** The whole board's follow-up: for a controller, an auditor. */
function BoardFollowUp({
  choice,
  period,
  controls,
}: {
  readonly choice: BoardChoice;
  readonly period: PagePeriod;
  readonly controls: ReactNode;
}) {
  const can = useCan();
  const { state, retry } = useApiGet(
    getFollowUpView,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    { year: period.year, month: period.month },
  );
  const loaded = shownData(state);
  // Publishing answers with the month's view: shown until the next fetch completes.
  const [answered, setAnswered] = useState<{
    readonly view: FollowUpView;
    readonly over: FollowUpView | null;
  } | null>(null);
  const view = answered && answered.over === loaded ? answered.view : loaded;
  const title = followUpTitleSv(choice.board.name, period.year, period.month);
  const manage = can('follow-up:manage');
  return (
    <FollowUpFrame title={title} controls={controls} busy={state.status === 'loading'}>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {view ? (
        <div className={state.status === 'loading' ? 'statement statement--busy' : 'statement'}>
          <ViewNotes view={view} />
          <SubmissionSummary view={view} />
          <UnitsSection
            view={view}
            period={{ year: view.year, month: view.month }}
            statementLinks={can('statement:read')}
          />
          <section className="section" aria-labelledby="chart-title">
            <h2 id="chart-title" className="section__title">
              Nämndens resultat månad för månad
            </h2>
            <ResultChart chart={view.chart} year={view.year} />
          </section>
          <MonthlyReportLinks
            choice={choice}
            period={{ year: view.year, month: view.month }}
            published={view.locked}
          />
          <AllocationForecastSection
            choice={choice}
            view={view}
            editable={manage && !view.locked}
            onSaved={retry}
          />
          <MonthlyReportTexts
            choice={choice}
            period={{ year: view.year, month: view.month }}
            editable={manage && !view.locked}
          />
          {manage ? (
            <MonthPublication
              key={`${String(view.year)}-${String(view.month)}`}
              choice={choice}
              view={view}
              onChanged={(next) => {
                setAnswered({ view: next, over: loaded });
              }}
            />
          ) : (
            <section className="section" aria-labelledby="events-title">
              <h2 id="events-title" className="section__title">
                Publicering
              </h2>
              <MonthEvents events={view.events} />
            </section>
          )}
          {manage ? (
            <ThresholdForm choice={choice} threshold={view.threshold} onSaved={retry} />
          ) : null}
        </div>
      ) : state.status === 'loading' ? (
        <LoadingMessage>Hämtar månadsuppföljningen …</LoadingMessage>
      ) : null}
    </FollowUpFrame>
  );
}

/**
 * Uppföljning › Månadsuppföljning: per unit the year-to-date actual against the phased budget,
 * the full-year forecast and where its report stands, at a report month (?ar=&manad=). A unit
 * or department head sees their own units and opens their reports from here.
 */
export function FollowUpPage() {
  const can = useCan();
  const user = useUser();
  const choice = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const { search } = useLocation();
  const { state, retry } = useApiGet(
    listFollowUpYears,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    NO_QUERY,
  );
  if (!can('follow-up:read')) {
    return <Navigate replace to={{ pathname: OPERATING_STATEMENT_PATH, search }} />;
  }
  const pageTitle = `Månadsuppföljning ${choice.board.name}`;
  if (state.status === 'error') {
    return (
      <FollowUpFrame title={pageTitle}>
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      </FollowUpFrame>
    );
  }
  if (state.status === 'loading') {
    return (
      <FollowUpFrame title={pageTitle} busy>
        <LoadingMessage>Hämtar månadsuppföljningen …</LoadingMessage>
      </FollowUpFrame>
    );
  }
  const { years } = state.data;
  const period = resolvePeriod(years, readStatementRequest(searchParams));
  if (!period) {
    return (
      <FollowUpFrame title={pageTitle}>
        <InfoNote>
          {choice.board.name} har ingen budget och inget utfall ännu. Läs in budget eller bokföring
          för att följa upp.
        </InfoNote>
      </FollowUpFrame>
    );
  }
  const controls = <PeriodControls years={years} period={period} />;
  const scope = followUpScopeOf(user.grants, choice.municipality.id, choice.board.id);
  if (scope.kind === 'board') {
    return <BoardFollowUp choice={choice} period={period} controls={controls} />;
  }
  return (
    <FollowUpFrame
      title={followUpTitleSv(choice.board.name, period.year, period.month)}
      controls={controls}
    >
      <MyUnits choice={choice} orgUnitIds={scope.orgUnitIds} period={period} />
    </FollowUpFrame>
  );
}
