import { useState } from 'react';
import type { BudgetGrid } from '#contract/budget';
import { saveAccountLines, type AccountLines } from '#contract/budget-accounts';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { ore, oreFromTkr, roundToTkr, sumOre, type Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { AmountCell } from '../../ui/Amount';
import { AmountInputCell } from './AmountInputCell';
import { refreshOnEditConflict } from './edit-conflict';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

/** The unspecified line's key among the inputs. */
const UNSPECIFIED = '';

const tkrText = (amount: Ore) => (amount === 0 ? '' : formatInteger(roundToTkr(amount)));

/**
 * A cell per account: an amount per account of the group and the rest not put on an account
 * (ej kontofördelat); the cell is their sum, shown in the grid.
 */
export function AccountLinesForm({
  grid,
  lines,
  editable,
  onSaved,
  onStale,
}: {
  readonly grid: BudgetGrid;
  readonly lines: AccountLines;
  readonly editable: boolean;
  readonly onSaved: (lines: AccountLines, grid: BudgetGrid) => void;
  /** Another's save of the version came first: read it again (the amounts typed stay). */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(
    () =>
      new Map([
        [UNSPECIFIED, tkrText(lines.unspecified)],
        ...lines.accounts.map((account): [string, string] => [
          account.number,
          tkrText(account.amount),
        ]),
      ]),
  );
  const [saved, setSaved] = useState(false);
  const submission = useSubmit('Kontofördelningen kunde inte sparas.');
  const amounts = new Map<string, Ore | null>(
    [...texts].map(([key, text]) => {
      const parsed = parseWholeNumberSv(text);
      return [
        key,
        parsed.kind === 'empty'
          ? ore(0)
          : parsed.kind === 'number'
            ? oreFromTkr(parsed.value)
            : null,
      ];
    }),
  );
  const wrong = [...amounts.values()].filter((amount) => amount === null).length;
  const total = sumOre([...amounts.values()].map((amount) => amount ?? ore(0)));

  const submit = async () => {
    if (wrong > 0) return;
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveAccountLines,
            { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id },
            {},
            {
              baseRevision: grid.version.revision,
              orgUnitId: lines.orgUnitId,
              accountGroup: lines.accountGroup,
              year: lines.year,
              unspecified: amounts.get(UNSPECIFIED) ?? ore(0),
              accounts: lines.accounts.map((account) => ({
                number: account.number,
                amount: amounts.get(account.number) ?? ore(0),
              })),
            },
          ),
        onStale,
      ),
    );
    if (answer) {
      setSaved(true);
      onSaved(answer.lines, answer.grid);
    }
  };

  const input = (key: string, label: string) => (
    <AmountInputCell
      label={`${label}, ${String(lines.year)}, tkr`}
      invalid={amounts.get(key) === null}
      value={texts.get(key) ?? ''}
      onChange={(text) => {
        setSaved(false);
        setTexts((current) => new Map(current).set(key, text));
      }}
    />
  );

  const table = (
    <div className="table-frame">
      <table className="data-table">
        <caption>Budget per konto {lines.year}, tkr</caption>
        <thead>
          <tr>
            <th scope="col">Konto</th>
            <th scope="col" className="amount-head">
              Budget {lines.year}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.accounts.map((account) => (
            <tr key={account.number}>
              <th scope="row">
                {account.number} {account.name}
              </th>
              {editable ? (
                input(account.number, `${account.number} ${account.name}`)
              ) : (
                <AmountCell value={account.amount} />
              )}
            </tr>
          ))}
          <tr>
            <th scope="row">Ej kontofördelat</th>
            {editable ? (
              input(UNSPECIFIED, 'Ej kontofördelat')
            ) : (
              <AmountCell value={lines.unspecified} />
            )}
          </tr>
        </tbody>
        <tfoot>
          <tr className="row--total">
            <th scope="row">Summa (cellen i budgeten)</th>
            <td className="amount">{formatTkr(editable ? total : lines.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
  if (!editable) return table;
  return (
    <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {table}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.busy || wrong > 0}
        >
          {submission.busy ? 'Sparar …' : 'Spara kontofördelningen'}
        </button>
        <span className="form-actions__hint" role="status">
          {wrong > 0
            ? 'Beloppen anges i hela tkr.'
            : saved
              ? 'Kontofördelningen är sparad.'
              : total !== lines.total
                ? `Cellen blir ${formatTkr(total)} tkr (nu ${formatTkr(lines.total)}).`
                : ''}
        </span>
      </div>
    </SubmitForm>
  );
}
