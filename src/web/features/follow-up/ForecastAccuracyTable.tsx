import type { ForecastAccuracy, ForecastAccuracyFigures } from '#contract/forecast-accuracy';
import { MONTH_ABBREVIATIONS_SV, MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { formatTkr } from '#domain/kernel/format';
import { NotApplicableCell } from '../../ui/Amount';
import { TkrTable } from '../../ui/TkrTable';
import {
  ACCURACY_SORT_NAMES_SV,
  formatErrorTkr,
  formatPercentTenths,
  type AccuracySort,
  type ShownAccuracyRow,
} from './forecast-accuracy-rows';

const monthName = (month: Month | null): string | null =>
  month === null ? null : MONTH_NAMES_SV[month];

/** A row's cells after its header: each report month's error, the means and the limit. */
function FigureCells({
  figures,
  reportMonths,
  withTolerance,
}: {
  readonly figures: ForecastAccuracyFigures;
  readonly reportMonths: readonly Month[];
  readonly withTolerance: boolean;
}) {
  const noForecast = figures.months.length === 0;
  return (
    <>
      {reportMonths.map((month) => {
        const scored = figures.months.find((each) => each.reportMonth === month);
        return scored ? (
          <td key={month} className="amount">
            {formatErrorTkr(scored.error)}
          </td>
        ) : (
          <NotApplicableCell key={month} reason="ingen prognos" />
        );
      })}
      <td className="amount">{formatTkr(figures.finalActual)}</td>
      {figures.meanAbsoluteError === null ? (
        <NotApplicableCell reason="ingen prognos" />
      ) : (
        <td className="amount">{formatTkr(figures.meanAbsoluteError)}</td>
      )}
      {figures.meanAbsolutePercentTenths === null ? (
        <NotApplicableCell reason={noForecast ? 'ingen prognos' : 'utfallet är noll'} />
      ) : (
        <td className="amount">{formatPercentTenths(figures.meanAbsolutePercentTenths)}</td>
      )}
      {withTolerance ? (
        <td>{monthName(figures.withinToleranceFromMonth) ?? (noForecast ? '–' : 'Inte inom')}</td>
      ) : null}
    </>
  );
}

/**
 * The units' forecast errors per report month of a closed year, their means and, with the
 * board's tolerance, the month from which they stayed within it: in the organisation's order
 * (departments' sums with their units under them, the board's at the foot) or ranked.
 */
export function ForecastAccuracyTable({
  accuracy,
  rows,
  sort,
}: {
  readonly accuracy: ForecastAccuracy;
  readonly rows: readonly ShownAccuracyRow[];
  readonly sort: AccuracySort;
}) {
  const withTolerance = accuracy.tolerance !== null;
  const ranked = sort !== 'organisation';
  const caption = `Prognossäkerhet per enhet ${String(accuracy.year)}: prognosens fel mot årets utfall per rapportmånad${
    ranked ? `, ${ACCURACY_SORT_NAMES_SV[sort].toLowerCase()}` : ''
  }`;
  return (
    <TkrTable
      className="follow-up-table forecast-accuracy-table"
      caption={caption}
      labelHeader="Enhet"
      heads={
        <>
          {accuracy.reportMonths.map((month) => (
            <th key={month} scope="col" className="amount-head">
              <span aria-hidden="true">{MONTH_ABBREVIATIONS_SV[month]}</span>
              <span className="visually-hidden">Fel i prognosen från {MONTH_NAMES_SV[month]}</span>
            </th>
          ))}
          <th scope="col" className="amount-head">
            Utfall
          </th>
          <th scope="col" className="amount-head">
            Medelfel
          </th>
          <th
            scope="col"
            className="amount-head"
            aria-sort={sort === 'best' ? 'ascending' : sort === 'worst' ? 'descending' : undefined}
          >
            Medelfel i %
          </th>
          {withTolerance ? (
            <th scope="col" className="figures-table__label-head">
              Inom gränsen från
            </th>
          ) : null}
          <th scope="col" className="amount-head">
            Plats
          </th>
        </>
      }
    >
      <tbody>
        {rows.map(({ row, indented }) => (
          <tr
            key={row.orgUnit.id}
            className={row.orgUnit.kind === 'department' ? 'row--subtotal' : undefined}
          >
            <th scope="row" className={indented ? 'follow-up-table__unit--indented' : undefined}>
              {row.orgUnit.name}
              {ranked && row.department ? (
                <span className="forecast-accuracy__department">
                  <span className="visually-hidden">, </span>
                  {row.department.name}
                </span>
              ) : null}
            </th>
            <FigureCells
              figures={row}
              reportMonths={accuracy.reportMonths}
              withTolerance={withTolerance}
            />
            <td className="amount">{row.rank === null ? '' : String(row.rank)}</td>
          </tr>
        ))}
      </tbody>
      {accuracy.board && !ranked ? (
        <tfoot>
          <tr className="row--total">
            <th scope="row">Hela nämnden</th>
            <FigureCells
              figures={accuracy.board}
              reportMonths={accuracy.reportMonths}
              withTolerance={withTolerance}
            />
            <td />
          </tr>
        </tfoot>
      ) : null}
    </TkrTable>
  );
}
