import { codeAndName } from '#domain/organisation/code-and-name';
import type { TransactionTraceResponse } from '#contract/operating-statement';
import { formatInteger, formatKronor } from '#domain/kernel/format';
import { PagingFooter } from '../../ui/PagingFooter';

type TraceRow = TransactionTraceResponse['rows'][number];

/** Where a transaction comes from: "huvudbok.se rad 29", or "Demodata". */
export function sourceTextSv(source: TraceRow['source']): string {
  if (source.kind === 'demo') return 'Demodata';
  const file = source.fileName ?? (source.kind === 'sie' ? 'SIE-fil' : 'CSV-fil');
  return source.line === null ? file : `${file} rad ${String(source.line)}`;
}

const transactionsSv = (count: number): string =>
  `${formatInteger(count)} ${count === 1 ? 'transaktion' : 'transaktioner'}`;

export interface TransactionsTableProps {
  readonly title: string;
  readonly trace: TransactionTraceResponse;
  readonly rows: readonly TraceRow[];
  readonly loadingMore: boolean;
  readonly moreError: string | null;
  readonly onMore: () => void;
}

/**
 * Datum, verifikation, text, konto, enhet, belopp in kronor and öre, källa; a footer with the
 * sum of all of them (the figure in the statement), and Visa fler while there are more.
 */
export function TransactionsTable({
  title,
  trace,
  rows,
  loadingMore,
  moreError,
  onMore,
}: TransactionsTableProps) {
  const shown = rows.length;
  // One account's transactions: its name is said above the table, the number is enough here.
  const oneAccount = trace.accountNumber !== null;
  const hasMore = shown < trace.total;
  return (
    <>
      {/* Focusable: on a narrow screen the table scrolls sideways, also from the keyboard. */}
      <div className="table-frame" role="region" aria-label={title} tabIndex={0}>
        <table className="data-table transactions">
          <caption>
            <span className="visually-hidden">{title}. </span>
            <span className="figures-table__unit">Belopp i kr</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Verifikation</th>
              <th scope="col">Text</th>
              <th scope="col">Konto</th>
              <th scope="col">Enhet</th>
              <th scope="col" className="amount-head">
                Belopp
              </th>
              <th scope="col">Källa</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="nowrap">{row.date}</td>
                <td className="nowrap">{row.verification ?? '–'}</td>
                <td className="transactions__text">{row.text ?? ''}</td>
                <td className={oneAccount ? 'nowrap' : undefined}>
                  {oneAccount ? row.account.number : `${row.account.number} ${row.account.name}`}
                </td>
                <td>{codeAndName(row.orgUnit)}</td>
                <td className="amount">{formatKronor(row.amount)}</td>
                <td className="transactions__source">{sourceTextSv(row.source)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="row--total">
              <th scope="row" colSpan={5}>
                Summa, {transactionsSv(trace.total)}
              </th>
              <td className="amount">{formatKronor(trace.sum)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <PagingFooter
        statusText={
          hasMore
            ? `Visar ${formatInteger(shown)} av ${transactionsSv(trace.total)}.`
            : trace.total === 1
              ? 'Visar den enda transaktionen.'
              : `Visar alla ${transactionsSv(trace.total)}.`
        }
        hasMore={hasMore}
        loadingMore={loadingMore}
        moreError={moreError}
        onMore={onMore}
      />
    </>
  );
}
