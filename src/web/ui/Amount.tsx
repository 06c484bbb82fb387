import { Link, type To } from 'react-router';
import type { Ore } from '#domain/kernel/money';
import { roundToTkr } from '#domain/kernel/money';
import { formatTkr } from '#domain/kernel/format';

/**
 * A table cell with an amount in whole tkr. In result sign every cost is negative, so colour
 * would only be noise on budget and actual columns; on a variance column (signal) a negative
 * amount is unfavourable and is also marked dark red. The minus sign is always there, so
 * colour is never the only signal. An amount that rounds to 0 tkr is written 0.
 */
export function AmountCell({
  value,
  signal = false,
  to,
}: {
  readonly value: Ore;
  readonly signal?: boolean;
  /** Where the figure's transactions are shown: the figure becomes a link there. */
  readonly to?: To | undefined;
}) {
  const unfavourable = signal && roundToTkr(value) < 0;
  return (
    <td className={unfavourable ? 'amount amount--negative' : 'amount'}>
      {to ? (
        // The name keeps the figure (as shown) and says where the link leads; the table's
        // headers say which figure it is.
        <Link
          className="amount-link"
          to={to}
          aria-label={`${formatTkr(value)}, visa transaktionerna`}
        >
          {formatTkr(value)}
        </Link>
      ) : (
        formatTkr(value)
      )}
    </td>
  );
}

/** A cell where the figure does not apply, e.g. a budget for an account that is not budgeted per account. */
export function NotApplicableCell({ reason }: { readonly reason: string }) {
  return (
    <td className="amount amount--none">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{reason}</span>
    </td>
  );
}
