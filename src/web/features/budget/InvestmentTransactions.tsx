import { getInvestmentTransactions } from '#contract/investment-links';
import type { InvestmentCategory } from '#domain/budget/investments';
import { investmentLineLabelSv } from '#domain/budget/investment-links';
import { formatInteger, formatKronor } from '#domain/kernel/format';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { sourceTextSv } from '../operating-statement/TransactionsTable';

/**
 * The ledger transactions behind an investment line's booked actual (Bokfört) at a report
 * month: date, verification, text, account, project, amount in kronor and the file and line
 * each came from, summing to the figure in the table (the first 200).
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
  const { state, retry } = useApiGet(
    getInvestmentTransactions,
    { municipalityId: municipality.id, boardId: board.id },
    { year, month, category: line.category, name: line.name, offset: 0, limit: 200 },
  );
  const trace = shownData(state);
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
                    ? ` (de första ${formatInteger(trace.rows.length)} visas)`
                    : ''}
                </th>
                <td className="amount">{formatKronor(trace.sum)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Stäng verifikaten
        </button>
      </div>
    </section>
  );
}
