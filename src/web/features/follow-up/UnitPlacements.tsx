import type { UnitReport } from '#contract/follow-up';
import { formatInteger } from '#domain/kernel/format';
import { roundToKronor, type Ore } from '#domain/kernel/money';
import { placementsNoteSv } from '#domain/placements/placement-proposal';

type Placements = NonNullable<UnitReport['placements']>;

const kr = (amount: Ore) => formatInteger(roundToKronor(amount));

/**
 * The unit's placements (köpt vård) under its forecast: the line beside the ledger, and the
 * placements behind it, each with its care days, cost to date and forecast for the rest of the
 * year (whole kr, rounded only here).
 */
export function UnitPlacements({ placements }: { readonly placements: Placements }) {
  return (
    <div className="unit-placements">
      <p className="section__intro">{placementsNoteSv(placements)}</p>
      {placements.lines.length === 0 ? null : (
        <details>
          <summary>Placeringarna ({placements.lines.length})</summary>
          <div className="table-frame">
            <table className="figures-table">
              <caption className="visually-hidden">Enhetens placeringar</caption>
              <thead>
                <tr>
                  <th scope="col" className="figures-table__label-head">
                    Placering
                  </th>
                  <th scope="col" className="figures-table__label-head">
                    Insats
                  </th>
                  <th scope="col" className="figures-table__label-head">
                    Period
                  </th>
                  <th scope="col" className="amount-head">
                    Dygnskostnad (kr)
                  </th>
                  <th scope="col" className="amount-head">
                    Vårddygn hittills
                  </th>
                  <th scope="col" className="amount-head">
                    Kostnad hittills (kr)
                  </th>
                  <th scope="col" className="amount-head">
                    Prognos resten av året (kr)
                  </th>
                </tr>
              </thead>
              <tbody>
                {placements.lines.map((line) => (
                  <tr key={line.placementRef}>
                    <th scope="row">{line.placementRef}</th>
                    <td>
                      {line.careType}, {line.legalBasis}
                    </td>
                    <td>
                      {line.startDate}–
                      {line.endDate ??
                        (line.plannedEndDate ? `(planerat ${line.plannedEndDate})` : 'pågår')}
                    </td>
                    <td className="amount">{kr(line.dailyCost)}</td>
                    <td className="amount">{formatInteger(line.careDays)}</td>
                    <td className="amount">{kr(line.costToDate)}</td>
                    <td className="amount">{kr(line.forecastRest)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
