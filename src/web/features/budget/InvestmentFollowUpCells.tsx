import type { InvestmentFollowUpRow } from '#domain/budget/investment-follow-up';
import { formatInteger } from '#domain/kernel/format';
import { roundToTkr } from '#domain/kernel/money';
import { AmountCell, NotApplicableCell } from '../../ui/Amount';

/** The investment follow-up table's figure cells, as read (InvestmentFollowUpTable.tsx). */

/** A row's booked actual (Bokfört): the ledger's through the line's links, a button to its
 * transactions for a line; "–" for a row linked to nothing. */
export function BookedCell({
  row,
  onTrace,
}: {
  readonly row: InvestmentFollowUpRow;
  readonly onTrace?: (() => void) | undefined;
}) {
  if (row.ledgerActual === null) return <NotApplicableCell reason="ej kopplad till bokföringen" />;
  if (!onTrace) return <AmountCell value={row.ledgerActual} />;
  return (
    <td className="amount">
      <button
        type="button"
        className="link-button"
        aria-label={`${row.label}, bokfört ${String(roundToTkr(row.ledgerActual))} tkr: visa verifikat`}
        onClick={onTrace}
      >
        {formatInteger(roundToTkr(row.ledgerActual))}
      </button>
    </td>
  );
}

/** A row's Utfall t.o.m. the month (booked + adjustment), Prognos and Avvikelse cells. */
function ActualAndForecast({ row }: { readonly row: InvestmentFollowUpRow }) {
  return (
    <>
      {row.actualYearToDate === null ? (
        <NotApplicableCell reason="inget utfall" />
      ) : (
        <AmountCell value={row.actualYearToDate} />
      )}
      <AmountCell value={row.forecast} />
      <AmountCell value={row.variance} signal />
    </>
  );
}

/** A row's figures as read: Budget, Bokfört, Justering, Utfall, Prognos, Avvikelse. */
export function FollowUpFigures({
  row,
  onTrace,
}: {
  readonly row: InvestmentFollowUpRow;
  readonly onTrace?: (() => void) | undefined;
}) {
  return (
    <>
      <AmountCell value={row.budget} />
      <BookedCell row={row} onTrace={onTrace} />
      {row.adjustment === null ? <td /> : <AmountCell value={row.adjustment} />}
      <ActualAndForecast row={row} />
    </>
  );
}
