import { useSearchParams } from 'react-router';
import { getForecastAccuracy, type ForecastAccuracy } from '#contract/forecast-accuracy';
import { listFollowUpYears, type FollowUpYear } from '#contract/organisation';
import { formatPercentFromBasisPoints, formatTkr } from '#domain/kernel/format';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard, type BoardChoice } from '../../app/board-context';
import { useUser } from '../../app/session-context';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { STATEMENT_PARAMS, readStatementRequest } from '../../ui/statement-params';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { followUpScopeOf } from './follow-up-access';
import {
  ACCURACY_SORT_NAMES_SV,
  ACCURACY_SORT_PARAM,
  ACCURACY_SORTS,
  accuracySortParamValue,
  arrangeAccuracyRows,
  defaultAccuracyYear,
  readAccuracySort,
  type AccuracySort,
} from './forecast-accuracy-rows';
import { ForecastAccuracyTable } from './ForecastAccuracyTable';
import { FollowUpFrame } from './FollowUpFrame';
import '../../styles/forecast-accuracy.css';

const NO_QUERY = {};

/** År: the years of the board, those not closed marked so. */
function YearControl({
  years,
  year,
}: {
  readonly years: readonly FollowUpYear[];
  readonly year: number;
}) {
  const changeSearchParams = useSearchParamChange();
  const options = years.map((entry) => ({
    value: String(entry.year),
    label: entry.lastActualMonth === 12 ? String(entry.year) : `${String(entry.year)} (pågår)`,
  }));
  if (!years.some((entry) => entry.year === year)) {
    options.unshift({ value: String(year), label: String(year) });
  }
  return (
    <div className="period-controls" role="group" aria-label="Period">
      <SelectField
        label="År"
        value={String(year)}
        options={options}
        onChange={(value) => {
          changeSearchParams((next) => {
            next.set(STATEMENT_PARAMS.year, value);
          });
        }}
      />
      <p className="period-controls__hint">
        Prognoserna under året jämförs med årets slutliga utfall.
      </p>
    </div>
  );
}

/** The sort, kept in the address (?sortering=). */
function useAccuracySort(): [AccuracySort, (sort: AccuracySort) => void] {
  const [searchParams] = useSearchParams();
  const changeSearchParams = useSearchParamChange();
  const sort = readAccuracySort(searchParams.get(ACCURACY_SORT_PARAM));
  const set = (next: AccuracySort) => {
    changeSearchParams(
      (changed) => {
        const value = accuracySortParamValue(next);
        if (value === null) changed.delete(ACCURACY_SORT_PARAM);
        else changed.set(ACCURACY_SORT_PARAM, value);
      },
      { replace: true },
    );
  };
  return [sort, set];
}

function toleranceSv(tolerance: NonNullable<ForecastAccuracy['tolerance']>): string {
  const limits = [
    ...(tolerance.amount === null ? [] : [`${formatTkr(tolerance.amount)} tkr`]),
    ...(tolerance.basisPoints === null
      ? []
      : [`${formatPercentFromBasisPoints(tolerance.basisPoints)}\u00a0% av utfallet`]),
  ];
  return limits.join(' och ');
}

/** What the figures mean, above the table. */
function Explanation({ accuracy }: { readonly accuracy: ForecastAccuracy }) {
  return (
    <div className="section__intro">
      <p>
        Felet är enhetens helårsprognos vid rapportmånaden minus årets slutliga utfall, i tkr. Plus:
        prognosen var för optimistisk (året blev sämre), minus: för pessimistisk. Prognosen är
        enhetens senaste per kontogrupp, budgeten där ingen prognos lämnats; månader utan prognos
        från enheten visas med –.
      </p>
      <p>
        Medelfel är medelvärdet av felens belopp (utan tecken) över de månader enheten lämnade
        prognos, också i procent av årets utfall så att stora och små enheter kan jämföras.
        {accuracy.tolerance
          ? ` Inom gränsen från: månaden från vilken alla prognoser låg inom nämndens gräns (${toleranceSv(accuracy.tolerance)}).`
          : ''}
      </p>
    </div>
  );
}

/** The accuracy of the board, or of one granted department or unit. */
function AccuracySection({
  choice,
  year,
  orgUnitId,
  sort,
  onSort,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly orgUnitId: string | undefined;
  readonly sort: AccuracySort;
  readonly onSort: (sort: AccuracySort) => void;
}) {
  const { state, retry } = useApiGet(
    getForecastAccuracy,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    orgUnitId === undefined ? { year } : { year, orgUnitId },
  );
  const accuracy = shownData(state);
  const titleId = `forecast-accuracy-${orgUnitId ?? 'board'}`;
  const title =
    orgUnitId === undefined
      ? 'Enheterna'
      : (accuracy?.rows.find((row) => row.orgUnit.id === orgUnitId)?.orgUnit.name ?? 'Din enhet');
  if (state.status === 'error') {
    return <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />;
  }
  if (!accuracy) return <LoadingMessage>Hämtar prognossäkerheten …</LoadingMessage>;
  if (!accuracy.closed) {
    const count = accuracy.monthsWithActuals.length;
    return (
      <InfoNote>
        Året är inte avslutat – prognossäkerheten visas när årets alla månader är
        bokförda/importerade.{' '}
        {count === 0
          ? `Det finns inget utfall för ${String(accuracy.year)} ännu.`
          : `Utfall finns för ${String(count)} av årets 12 månader.`}
      </InfoNote>
    );
  }
  if (accuracy.reportMonths.length === 0) {
    return <InfoNote>Inga prognoser lämnades under {accuracy.year}.</InfoNote>;
  }
  return (
    <section
      className={state.status === 'loading' ? 'section statement--busy' : 'section'}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="section__title">
        {title}
      </h2>
      <Explanation accuracy={accuracy} />
      <div className="follow-up-controls" role="group" aria-label="Sortera enheterna">
        <SelectField
          label="Sortering"
          value={sort}
          options={ACCURACY_SORTS.map((value) => ({
            value,
            label: ACCURACY_SORT_NAMES_SV[value],
          }))}
          onChange={(value) => {
            onSort(ACCURACY_SORTS.find((candidate) => candidate === value) ?? 'organisation');
          }}
        />
      </div>
      <ForecastAccuracyTable
        accuracy={accuracy}
        rows={arrangeAccuracyRows(accuracy.rows, sort)}
        sort={sort}
      />
    </section>
  );
}

/**
 * Uppföljning › Prognossäkerhet: for a closed year (?ar=), each unit's forecast error against
 * the final actual per report month and its mean, rankable, so the controller sees which units
 * forecast well. A unit or department head sees their own part.
 */
export function ForecastAccuracyPage() {
  const user = useUser();
  const choice = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const [sort, setSort] = useAccuracySort();
  const { state, retry } = useApiGet(
    listFollowUpYears,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    NO_QUERY,
  );
  const pageTitle = `Prognossäkerhet ${choice.board.name}`;
  if (state.status === 'error') {
    return (
      <FollowUpFrame className="forecast-accuracy" title={pageTitle}>
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      </FollowUpFrame>
    );
  }
  if (state.status === 'loading') {
    return (
      <FollowUpFrame className="forecast-accuracy" title={pageTitle} busy>
        <LoadingMessage>Hämtar åren …</LoadingMessage>
      </FollowUpFrame>
    );
  }
  const { years } = state.data;
  const year = readStatementRequest(searchParams).year ?? defaultAccuracyYear(years);
  if (year === null) {
    return (
      <FollowUpFrame className="forecast-accuracy" title={pageTitle}>
        <InfoNote>{choice.board.name} har ingen budget och inget utfall ännu.</InfoNote>
      </FollowUpFrame>
    );
  }
  const scope = followUpScopeOf(user.grants, choice.municipality.id, choice.board.id);
  const orgUnitIds = scope.kind === 'board' ? [undefined] : scope.orgUnitIds;
  return (
    <FollowUpFrame
      className="forecast-accuracy"
      title={`${pageTitle} ${String(year)}`}
      controls={<YearControl years={years} year={year} />}
    >
      {orgUnitIds.map((orgUnitId) => (
        <AccuracySection
          key={orgUnitId ?? 'board'}
          choice={choice}
          year={year}
          orgUnitId={orgUnitId}
          sort={sort}
          onSort={setSort}
        />
      ))}
    </FollowUpFrame>
  );
}
