import { getFollowUpView } from '#contract/follow-up';
import { shownData, useApiGet } from '../../api/use-api';
import type { BoardChoice } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { arrangeRows } from './follow-up-rows';
import { monthYearSv, type PagePeriod } from './follow-up-text';
import { FollowUpTable } from './FollowUpTable';

/**
 * A granted department or unit: the follow-up view of its part of the board (the department's
 * sum with its units, or the unit), in the controller's table.
 */
function GrantedPart({
  choice,
  orgUnitId,
  period,
  headingLevel,
}: {
  readonly choice: BoardChoice;
  readonly orgUnitId: string;
  readonly period: PagePeriod;
  /** One granted part is the page's table; several get a heading each. */
  readonly headingLevel: 'none' | 'h3';
}) {
  const can = useCan();
  const { state, retry } = useApiGet(
    getFollowUpView,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    { year: period.year, month: period.month, orgUnitId },
  );
  const view = shownData(state);
  if (state.status === 'error') {
    return <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />;
  }
  if (!view) return <LoadingMessage>Hämtar dina enheter …</LoadingMessage>;
  const part = view.rows.find((row) => row.orgUnit.id === orgUnitId)?.orgUnit.name ?? '';
  const rows = arrangeRows(view.rows, { sort: 'organisation', beyond: null });
  return (
    <div className={state.status === 'loading' ? 'statement statement--busy' : 'statement'}>
      {headingLevel === 'h3' ? <h3 className="section__subtitle">{part}</h3> : null}
      <FollowUpTable
        view={view}
        rows={rows}
        period={{ year: view.year, month: view.month }}
        caption={`Dina enheter: ${part}, ${monthYearSv(view.year, view.month)}`}
        statementLinks={can('statement:read')}
        boardTotal={false}
      />
    </div>
  );
}

/**
 * For a unit or department head: their own units at the report month, in the same table as the
 * controller's (the figures, the status and what the threshold still asks for), each leading
 * to its report. One follow-up view per granted department or unit, as the server scopes it.
 */
export function MyUnits({
  choice,
  orgUnitIds,
  period,
}: {
  readonly choice: BoardChoice;
  readonly orgUnitIds: readonly string[];
  readonly period: PagePeriod;
}) {
  if (orgUnitIds.length === 0) {
    return <InfoNote>Din roll ger inte tillgång till någon enhets uppföljning i nämnden.</InfoNote>;
  }
  return (
    <section className="section section--first" aria-labelledby="my-units-title">
      <h2 id="my-units-title" className="section__title">
        Dina enheter
      </h2>
      <p className="section__intro">
        Öppna enhetens rapport för att lämna prognos, kommentar och åtgärd för månaden.
      </p>
      {orgUnitIds.map((orgUnitId) => (
        <GrantedPart
          key={orgUnitId}
          choice={choice}
          orgUnitId={orgUnitId}
          period={period}
          headingLevel={orgUnitIds.length > 1 ? 'h3' : 'none'}
        />
      ))}
    </section>
  );
}
