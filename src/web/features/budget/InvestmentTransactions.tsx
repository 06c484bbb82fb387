import { useState } from 'react';
import {
  getInvestmentTransactions,
  type InvestmentTransactionsDto,
} from '#contract/investment-links';
import type { InvestmentCategory } from '#domain/budget/investments';
import { investmentLineLabelSv } from '#domain/budget/investment-links';
import { formatInteger, formatKronor } from '#domain/kernel/format';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { apiGet } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { sourceTextSv } from '../operating-statement/TransactionsTable';

/** How many transactions are read at a time ("Visa fler" reads the next as many). */
const PAGE_SIZE = 100;

/**
 * The ledger transactions behind an investment line's booked actual (Bokfört) at a report
 * month: date, verification, text, account, project, amount in kronor and the file and line
 * each came from, a page at a time in date order; the footer gives the count and sum of all of
 * them (the figure in the table), however many are shown.
 */
export function InvestmentTransactions({
  year,
  month,
  line,
  onClose,
}: {
  readonly year: number;
  readonly month: Month;
  readonly line: { readonly category: InvestmentCategory; readonly name: string };
  readonly onClose: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const params = { municipalityId: municipality.id, boardId: board.id };
  const query = { year, month, category: line.category, name: line.name, limit: PAGE_SIZE };
  const { state, retry } = useApiGet(getInvestmentTransactions, params, { ...query, offset: 0 });
  /** The pages read after the first, in order. */
  const [more, setMore] = useState<readonly InvestmentTransactionsDto[]>([]);
  const reading = useSubmit('Fler verifikat kunde inte hämtas.');
  const first = shownData(state);
  const trace = first && {
    ...first,
    rows: [...first.rows, ...more.flatMap((page) => page.rows)],
  };
  const showMore = async () => {
    if (!trace) return;
    const page = await reading.run(() =>
      apiGet(getInvestmentTransactions, params, { ...query, offset: trace.rows.length }),
    );
    if (page) setMore((pages) => [...pages, page]);
  };
  const title = `Verifikat bakom bokfört utfall för ${investmentLineLabelSv(line)}, januari–${MONTH_NAMES_SV[month]} ${String(year)}`;
  return (
    <section className="section">
      <h3 className="section__title">{title}</h3>
      {state.status === 'loading' && !trace ? (
        <LoadingMessage>Hämtar verifikaten …</LoadingMessage>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {trace ? (
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
                <th scope="col">Projekt</th>
                <th scope="col" className="amount-head">
                  Belopp
                </th>
                <th scope="col">Källa</th>
              </tr>
            </thead>
            <tbody>
              {trace.rows.map((row, index) => (
                <tr key={`${row.source.importId}-${String(index)}`}>
                  <td>{row.date}</td>
                  <td>{row.verification ?? ''}</td>
                  <td>{row.text ?? ''}</td>
                  <td>{row.account}</td>
                  <td>{row.projectCode ?? ''}</td>
                  <td className="amount">{formatKronor(row.amount)}</td>
                  <td>{sourceTextSv(row.source)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="row--total">
                <th scope="row" colSpan={5}>
                  Summa, {formatInteger(trace.total)}{' '}
                  {trace.total === 1 ? 'transaktion' : 'transaktioner'}
                  {trace.rows.length < trace.total
                    ? ` (${formatInteger(trace.rows.length)} visas)`
                    : ''}
                </th>
                <td className="amount">{formatKronor(trace.sum)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {reading.failure ? <ErrorAlert message={reading.failure} /> : null}
      <div className="form-actions">
        {trace && trace.rows.length < trace.total ? (
          <button
            type="button"
            className="button"
            disabled={reading.busy}
            onClick={() => {
              void showMore();
            }}
          >
            {reading.busy
              ? 'Hämtar …'
              : `Visa fler (${formatInteger(Math.min(PAGE_SIZE, trace.total - trace.rows.length))} av ${formatInteger(trace.total - trace.rows.length)} till)`}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          Stäng verifikaten
        </button>
      </div>
    </section>
  );
}
