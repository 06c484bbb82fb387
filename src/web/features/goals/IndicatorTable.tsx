import type { BoardGoalDto, IndicatorDto } from '#contract/goals';
import { formatTarget } from '#domain/goals/indicator';
import { indicatorValue } from '#domain/goals/indicator-value';
import { INDICATOR_STATUS_NAMES_SV } from '#domain/goals/assessment';
import { IndicatorChart } from './IndicatorChart';
import { figureSv, outcomeDateSv } from './goals-model';

const targetSv = (indicator: IndicatorDto): string =>
  indicator.target
    ? formatTarget({
        comparator: indicator.target.comparator,
        value: indicatorValue(indicator.target.value),
      })
    : '–';

/** "69 % av kvinnorna, 70 % av männen" / "85 kvinnor, 81 män"; '' without a split. */
function genderSv(indicator: IndicatorDto): string {
  const latest = indicator.latest;
  if (!latest || (latest.women === null && latest.men === null)) return '–';
  return `${figureSv(latest.women, indicator.unit)} / ${figureSv(latest.men, indicator.unit)}`;
}

/** The board goal's indicators: target, latest outcome, women/men, the year before, status. */
export function IndicatorTable({
  goal,
  year,
}: {
  readonly goal: BoardGoalDto;
  readonly year: number;
}) {
  return (
    <div className="table-frame">
      <table className="data-table indicator-table">
        <caption>Nyckeltal för ”{goal.text}”</caption>
        <thead>
          <tr>
            <th scope="col">Nyckeltal</th>
            <th scope="col" className="num">
              Mål {year}
            </th>
            <th scope="col" className="num">
              Utfall
            </th>
            <th scope="col" className="num">
              Kvinnor / män
            </th>
            <th scope="col" className="num">
              Föregående år
            </th>
            <th scope="col">Status</th>
            <th scope="col">Över åren</th>
          </tr>
        </thead>
        <tbody>
          {goal.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">
                {indicator.name}
                <span className="indicator-table__source">
                  Källa: {indicator.source || 'ej angiven'}
                  {indicator.koladaKpi ? ` (Kolada ${indicator.koladaKpi})` : ''}
                  {indicator.owner ? `. Ansvarig: ${indicator.owner}` : ''}
                </span>
              </th>
              <td className="num">{targetSv(indicator)}</td>
              <td className="num">
                {indicator.latest ? (
                  <>
                    {figureSv(indicator.latest.total, indicator.unit)}
                    <span className="indicator-table__date">
                      {outcomeDateSv(indicator.latest.measuredOn)}
                    </span>
                  </>
                ) : (
                  'Utfall saknas'
                )}
                {indicator.comparisons.map((figure) => (
                  <span
                    key={`${figure.label}-${figure.measuredOn}`}
                    className="indicator-table__date"
                  >
                    {figure.label}: {figureSv(figure.value, indicator.unit)}
                  </span>
                ))}
              </td>
              <td className="num">{genderSv(indicator)}</td>
              <td className="num">
                {indicator.previousYear
                  ? figureSv(indicator.previousYear.total, indicator.unit)
                  : '–'}
              </td>
              <td>
                <span className={`indicator-status indicator-status--${indicator.status}`}>
                  {INDICATOR_STATUS_NAMES_SV[indicator.status]}
                </span>
              </td>
              <td>
                <IndicatorChart indicator={indicator} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
