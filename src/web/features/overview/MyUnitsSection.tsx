import { codeAndName } from '#domain/organisation/code-and-name';
import { Link, useSearchParams } from 'react-router';
import type { Overview } from '#contract/overview';
import { FOLLOW_UP_STATUS_NAMES_SV } from '#domain/follow-up/follow-up-status';
import type { Month } from '#domain/kernel/period';
import { AmountCell } from '../../ui/Amount';
import { TkrTable } from '../../ui/TkrTable';
import { monthYearSv, unitReportLink } from '../follow-up/follow-up-text';
import { unitTodoSv } from './overview-text';

/**
 * A unit or department head's own units at the month: each unit's report (linked), where it
 * stands, its variances and what is asked of the head now.
 */
export function MyUnitsSection({
  myUnits,
  period,
}: {
  readonly myUnits: NonNullable<Overview['myUnits']>;
  readonly period: { readonly year: number; readonly month: Month };
}) {
  const [searchParams] = useSearchParams();
  const name = monthYearSv(period.year, period.month);
  return (
    <section className="section overview-section" aria-labelledby="overview-my-units">
      <h2 id="overview-my-units" className="section__title">
        Dina enheter, {name}
      </h2>
      {myUnits.units.length === 0 ? (
        <p>Du har ingen enhet i den här nämnden.</p>
      ) : (
        <TkrTable
          caption={`Dina enheters månadsrapporter, ${name}`}
          labelHeader="Enhet"
          heads={
            <>
              <th scope="col" className="figures-table__label-head">
                Status
              </th>
              <th scope="col">Avvikelse hittills</th>
              <th scope="col">Avvikelse prognos/budget</th>
              <th scope="col" className="figures-table__label-head">
                Att göra
              </th>
            </>
          }
        >
          <tbody>
            {myUnits.units.map((unit) => (
              <tr key={unit.id}>
                <th scope="row">
                  <Link to={unitReportLink(searchParams, unit.id, period)}>
                    {codeAndName(unit)}
                  </Link>
                </th>
                <td>
                  <span className={`status-tag status-tag--${unit.status}`}>
                    {FOLLOW_UP_STATUS_NAMES_SV[unit.status]}
                  </span>
                </td>
                <AmountCell value={unit.figures.variance} signal />
                <AmountCell value={unit.figures.forecastVariance} signal />
                <td>{unitTodoSv(unit, myUnits.locked)}</td>
              </tr>
            ))}
          </tbody>
        </TkrTable>
      )}
    </section>
  );
}
