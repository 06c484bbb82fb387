import { getIndicatorComparison, type IndicatorDto } from '#contract/goals';
import { formatTarget } from '#domain/goals/indicator';
import { indicatorValue } from '#domain/goals/indicator-value';
import { shownData, useApiGet } from '../../api/use-api';
import type { BoardChoice } from '../../app/board-context';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { figureSv } from './goals-model';

const NO_QUERY = {};

/**
 * An indicator beside Kolada's figures: the board's own total per year, the municipality's in
 * Kolada, Riket and municipality groups, and the target the average of the year before gives.
 */
export function ComparisonPanel({
  choice,
  indicator,
}: {
  readonly choice: BoardChoice;
  readonly indicator: IndicatorDto;
}) {
  const { state, retry } = useApiGet(
    getIndicatorComparison,
    {
      municipalityId: choice.municipality.id,
      boardId: choice.board.id,
      indicatorId: indicator.id,
    },
    NO_QUERY,
  );
  const data = shownData(state);
  if (state.status === 'error') {
    return <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />;
  }
  if (data === null) return <LoadingMessage>Hämtar jämförelsen …</LoadingMessage>;
  const rows = [
    { label: 'Nämndens utfall', points: data.own },
    { label: `${choice.municipality.name} i Kolada`, points: data.koladaOwn },
    ...data.comparisons.map((series) => ({ label: series.label, points: series.points })),
  ].filter((row) => row.points.length > 0);
  const years = [...new Set(rows.flatMap((row) => row.points.map((point) => point.year)))].sort(
    (a, b) => a - b,
  );
  return (
    <div className="comparison-panel">
      {data.proposedTarget ? (
        <p>
          Förslag till mål {data.proposedTarget.basisYear + 1}:{' '}
          <strong>
            {formatTarget({
              comparator: data.proposedTarget.comparator,
              value: indicatorValue(data.proposedTarget.value),
            })}
          </strong>{' '}
          (genomsnittet för {data.proposedTarget.municipalities} kommuner{' '}
          {data.proposedTarget.basisYear}, Kolada).
        </p>
      ) : null}
      {rows.length === 0 || years.length === 0 ? (
        <InfoNote>
          Inga jämförelsetal ännu. Läs in dem från Kolada med namndkoll import kolada.
        </InfoNote>
      ) : (
        <div className="table-frame">
          <table className="data-table">
            <caption>{indicator.name}: jämförelse per år</caption>
            <thead>
              <tr>
                <th scope="col">Serie</th>
                {years.map((year) => (
                  <th key={year} scope="col" className="num">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {years.map((year) => (
                    <td key={year} className="num">
                      {figureSv(
                        row.points.find((point) => point.year === year)?.total ?? null,
                        indicator.unit,
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
