import type { ImportOutcome } from '#contract/ledger-import';
import { codeAndNameSv } from '#contract/import-messages-sv';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { sumOre, type Ore } from '#domain/kernel/money';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import { periodShortSv } from './import-text';

/** A small table of the preview: a heading above, amounts in tkr. */
function PreviewTable({
  id,
  title,
  labelHeader,
  countHeader,
  rows,
  total,
}: {
  readonly id: string;
  readonly title: string;
  readonly labelHeader: string;
  readonly countHeader?: string;
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly count?: number;
    readonly amount: Ore;
    /** A second, smaller line under the label ("ersätter tidigare import"). */
    readonly note?: string;
  }[];
  readonly total: { readonly count?: number; readonly amount: Ore };
}) {
  return (
    <section className="preview-table" aria-labelledby={id}>
      <h4 id={id} className="preview-table__title">
        {title}
      </h4>
      <div className="table-frame">
        <table className="data-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              {countHeader ? (
                <th scope="col" className="amount-head">
                  {countHeader}
                </th>
              ) : null}
              <th scope="col" className="amount-head">
                Belopp, tkr
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  {row.note ? <span className="preview-table__note">{row.note}</span> : null}
                </th>
                {countHeader ? <td className="amount">{formatInteger(row.count ?? 0)}</td> : null}
                <td className="amount">{formatTkr(row.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="row--total">
              <th scope="row">Summa</th>
              {countHeader ? <td className="amount">{formatInteger(total.count ?? 0)}</td> : null}
              <td className="amount">{formatTkr(total.amount)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** Months, account groups and units of a checked or imported file, in result sign. */
export function OutcomeTables({ outcome }: { readonly outcome: ImportOutcome }) {
  return (
    <div className="preview">
      <PreviewTable
        id="preview-months"
        title="Månader"
        labelHeader="Månad"
        countHeader="Transaktioner"
        rows={outcome.months.map((month) => ({
          key: String(month.period),
          label: periodShortSv(month.period),
          count: month.transactionCount,
          amount: month.amount,
          ...(month.replaces ? { note: 'ersätter tidigare import' } : {}),
        }))}
        total={{
          count: outcome.transactionCount,
          amount: sumOre(outcome.months.map((month) => month.amount)),
        }}
      />
      <div className="preview__pair">
        <PreviewTable
          id="preview-groups"
          title="Per kontogrupp"
          labelHeader="Kontogrupp"
          rows={outcome.byGroup.map((group) => ({
            key: group.accountGroup,
            label: ACCOUNT_GROUP_NAMES_SV[group.accountGroup],
            amount: group.amount,
          }))}
          total={{ amount: sumOre(outcome.byGroup.map((group) => group.amount)) }}
        />
        <PreviewTable
          id="preview-units"
          title="Per enhet"
          labelHeader="Enhet"
          countHeader="Transaktioner"
          rows={outcome.byUnit.map((unit) => ({
            key: unit.code,
            label: codeAndNameSv(unit),
            count: unit.transactionCount,
            amount: unit.amount,
          }))}
          total={{
            count: sumCounts(outcome.byUnit),
            amount: sumOre(outcome.byUnit.map((unit) => unit.amount)),
          }}
        />
      </div>
    </div>
  );
}

function sumCounts(rows: readonly { readonly transactionCount: number }[]): number {
  return rows.reduce((total, row) => total + row.transactionCount, 0);
}
