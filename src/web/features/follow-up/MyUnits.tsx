import { Link, useSearchParams } from 'react-router';
import { getUnitReport } from '../../../contract/follow-up';
import { getOperatingStatement } from '../../../contract/operating-statement';
import { FOLLOW_UP_STATUS_NAMES_SV } from '../../../domain/follow-up/follow-up-status';
import { useApiGet } from '../../api/use-api';
import type { BoardChoice } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { AmountCell } from '../../ui/Amount';
import { InfoNote } from '../../ui/StatusMessages';
import { unitReportLink, type PagePeriod } from './follow-up-text';

const COLUMNS = 5;

/** A unit's row: its name leading to its report, its status and variances. */
function UnitRow({
  choice,
  orgUnitId,
  name,
  period,
}: {
  readonly choice: BoardChoice;
  readonly orgUnitId: string;
  readonly name: string;
  readonly period: PagePeriod;
}) {
  const [searchParams] = useSearchParams();
  const { state } = useApiGet(
    getUnitReport,
    { municipalityId: choice.municipality.id, boardId: choice.board.id, orgUnitId },
    { year: period.year, month: period.month },
  );
  const report = state.status === 'success' ? state.data : null;
  return (
    <tr>
      <th scope="row">
        <Link to={unitReportLink(searchParams, orgUnitId, period)}>{name}</Link>
      </th>
      {report ? (
        <>
          <td>
            <span className={`status-tag status-tag--${report.status}`}>
              {FOLLOW_UP_STATUS_NAMES_SV[report.status]}
            </span>
          </td>
          <AmountCell value={report.figures.variance} signal />
          <AmountCell value={report.figures.forecast} />
          <AmountCell value={report.figures.forecastVariance} signal />
        </>
      ) : (
        <td colSpan={COLUMNS - 1}>
          {state.status === 'error' ? state.message : 'Hämtar enhetens rapport …'}
        </td>
      )}
    </tr>
  );
}

/** A granted department or unit: the unit itself, or the department's units. */
function GrantedRows({
  choice,
  orgUnitId,
  period,
}: {
  readonly choice: BoardChoice;
  readonly orgUnitId: string;
  readonly period: PagePeriod;
}) {
  const { state } = useApiGet(
    getOperatingStatement,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    { year: period.year, month: period.month, orgUnitId },
  );
  if (state.status !== 'success') {
    return (
      <tr>
        <td colSpan={COLUMNS}>
          {state.status === 'error' ? state.message : 'Hämtar dina enheter …'}
        </td>
      </tr>
    );
  }
  const scope = state.data.path.at(-1);
  if (!scope) return null;
  const units =
    scope.kind === 'unit'
      ? [{ id: scope.id, name: scope.name }]
      : state.data.breakdown.flatMap((entry) =>
          entry.kind === 'org-unit' && entry.orgUnit.kind === 'unit'
            ? [{ id: entry.orgUnit.id, name: entry.orgUnit.name }]
            : [],
        );
  return (
    <>
      {units.map((unit) => (
        <UnitRow
          key={unit.id}
          choice={choice}
          orgUnitId={unit.id}
          name={unit.name}
          period={period}
        />
      ))}
    </>
  );
}

/**
 * For a unit or department head: their own units at the report month, each leading to its
 * report, with where it stands. (The whole board's table is for those who read the board.)
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
  const can = useCan();
  if (orgUnitIds.length === 0 || !can('statement:read')) {
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
      <div className="table-frame">
        <table className="figures-table">
          <caption>
            <span className="visually-hidden">Dina enheter. </span>
            <span className="figures-table__unit">Belopp i tkr</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="figures-table__label-head">
                Enhet
              </th>
              <th scope="col" className="figures-table__label-head">
                Status
              </th>
              <th scope="col" className="amount-head">
                Avvikelse
              </th>
              <th scope="col" className="amount-head">
                Prognos
              </th>
              <th scope="col" className="amount-head">
                Prognosavvikelse
              </th>
            </tr>
          </thead>
          <tbody>
            {orgUnitIds.map((orgUnitId) => (
              <GrantedRows key={orgUnitId} choice={choice} orgUnitId={orgUnitId} period={period} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
