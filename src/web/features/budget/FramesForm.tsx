import { codeAndName } from '#domain/organisation/code-and-name';
import { useState } from 'react';
import type { BudgetGrid } from '#contract/budget';
import { saveUnitFrames, type UnitFrames } from '#contract/unit-frames';
import { formatTkr } from '#domain/kernel/format';
import { ore, sumOre, type Ore } from '#domain/kernel/money';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { AmountCell } from '../../ui/Amount';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { AmountInputCell } from './AmountInputCell';
import { GRID_GROUPS, sumCells, type GridRow } from './budget-grid';
import { refreshOnEditConflict } from './edit-conflict';
import {
  balanceSv,
  departmentDifference,
  frameSum,
  framesBalance,
  framesBody,
  framesDraftOf,
  framesHintSv,
  framesReadable,
  readFrames,
  withFrame,
  withPlanned,
  withProposedFrames,
  type FramesDraft,
} from './frames-form';

/**
 * A year's planned result and unit frames of a version, checked against the allocation and the
 * units' budgets as they are typed, and saved on the version's revision.
 */
export function FramesForm({
  grid,
  year,
  rows,
  amounts,
  stored,
  editable,
  onSaved,
  onStale,
}: {
  readonly grid: BudgetGrid;
  readonly year: number;
  readonly rows: readonly GridRow[];
  readonly amounts: ReadonlyMap<string, Ore>;
  readonly stored: UnitFrames;
  readonly editable: boolean;
  readonly onSaved: (frames: UnitFrames) => void;
  /** Another's save came first: read the version and the frames again (the edits stay). */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const [draft, setDraft] = useState<FramesDraft>(() => framesDraftOf(stored, year));
  const [saved, setSaved] = useState(false);
  const submission = useSubmit('Ramfördelningen kunde inte sparas.');
  const unitIds = rows.filter((row) => row.kind === 'unit').map((row) => row.id);

  const read = readFrames(draft);
  const { plannedResult, frames, wrong } = read;
  const readable = framesReadable(read);
  const { boardNet, allocation, total, check, result, netOf, previousNetOf } = framesBalance({
    stored,
    year,
    unitIds: grid.units.map((unit) => unit.id),
    amounts,
    read,
  });
  const storedPlanned = stored.years.find((entry) => entry.year === year)?.plannedResult;

  const edit = (change: (current: FramesDraft) => FramesDraft) => {
    setSaved(false);
    setDraft(change);
  };
  const propose = (netOfUnit: (unitId: string) => Ore) => {
    if (total === null) return;
    edit((current) => withProposedFrames(current, total, unitIds, netOfUnit));
  };

  const submit = async () => {
    const body = framesBody(read, year, grid.version.revision);
    if (body === null) return;
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveUnitFrames,
            { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id },
            {},
            body,
          ),
        onStale,
      ),
    );
    if (answer) {
      setSaved(true);
      onSaved(answer);
    }
  };

  return (
    <SubmitForm className="stacked-form frames-form" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <div className="table-frame">
        <table className="data-table">
          <caption>Budgetens balans {year}, tkr</caption>
          <tbody>
            <tr>
              <th scope="row">Verksamhetens nettokostnad</th>
              <AmountCell value={boardNet} />
            </tr>
            <tr>
              <th scope="row">Kommunbidrag</th>
              <td className="amount">{allocation === null ? 'ej satt' : formatTkr(allocation)}</td>
            </tr>
            <tr className="row--subtotal">
              <th scope="row">Årets resultat</th>
              <td className="amount">{result ? formatTkr(result.result) : '–'}</td>
            </tr>
            <tr>
              <th scope="row">
                {editable ? (
                  <label htmlFor="planned-result">Planerat resultat</label>
                ) : (
                  'Planerat resultat'
                )}
              </th>
              {editable ? (
                <AmountInputCell
                  id="planned-result"
                  invalid={plannedResult === null}
                  value={draft.planned}
                  onChange={(text) => {
                    edit((current) => withPlanned(current, text));
                  }}
                />
              ) : (
                <AmountCell value={storedPlanned ?? ore(0)} />
              )}
            </tr>
            <tr className="row--total">
              <th scope="row">Avvikelse mot planerat resultat</th>
              {result ? (
                <AmountCell value={result.difference} signal />
              ) : (
                <td className="amount">–</td>
              )}
            </tr>
          </tbody>
        </table>
      </div>
      <p
        role="status"
        className={result && result.difference !== 0 ? 'message message--warning' : 'message'}
      >
        {balanceSv(year, result)}
      </p>

      <div className="table-frame">
        <table className="data-table">
          <caption>Ramfördelning {year}, nettokostnad i tkr (minus är kostnad)</caption>
          <thead>
            <tr>
              <th scope="col">Enhet</th>
              <th scope="col" className="amount-head">
                Budget {stored.previousBudget.year}
              </th>
              <th scope="col" className="amount-head">
                Ram {year}
              </th>
              <th scope="col" className="amount-head">
                Budget {year}
              </th>
              <th scope="col" className="amount-head">
                Avvikelse mot ram
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              if (row.kind === 'department') {
                const departmentOff = departmentDifference(frames, amounts, row.unitIds, year);
                return (
                  <tr key={`sum-${row.id}`} className="row--subtotal">
                    <th scope="row">Summa {row.name}</th>
                    <AmountCell value={sumOre(row.unitIds.map(previousNetOf))} />
                    <AmountCell value={frameSum(frames, row.unitIds)} />
                    <AmountCell value={sumCells(amounts, row.unitIds, GRID_GROUPS, year)} />
                    {departmentOff === null ? (
                      <td className="amount">–</td>
                    ) : (
                      <AmountCell value={departmentOff} signal />
                    )}
                  </tr>
                );
              }
              const difference = check?.differences.get(row.id);
              return (
                <tr key={row.id}>
                  <th scope="row" className={row.depth > 0 ? 'budget-grid__unit' : undefined}>
                    {codeAndName(row)}
                  </th>
                  <AmountCell value={previousNetOf(row.id)} />
                  {editable ? (
                    <AmountInputCell
                      label={`Ram ${String(year)}, ${row.name}, tkr`}
                      invalid={wrong.has(row.id)}
                      value={draft.frames.get(row.id) ?? ''}
                      onChange={(text) => {
                        edit((current) => withFrame(current, row.id, text));
                      }}
                    />
                  ) : frames.has(row.id) ? (
                    <AmountCell value={frames.get(row.id) ?? ore(0)} />
                  ) : (
                    <td className="amount">–</td>
                  )}
                  <AmountCell value={netOf(row.id)} />
                  {difference === undefined ? (
                    <td className="amount">–</td>
                  ) : (
                    <AmountCell value={difference} signal />
                  )}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="row--total">
              <th scope="row">Summa ramar</th>
              <td />
              <AmountCell value={check?.framesTotal ?? frameSum(frames, [...frames.keys()])} />
              <AmountCell value={boardNet} />
              <td />
            </tr>
            <tr>
              <th scope="row">Att fördela (planerat resultat − kommunbidrag)</th>
              <td />
              <td className="amount">{total === null ? '–' : formatTkr(total)}</td>
              <td colSpan={2} />
            </tr>
            <tr className="row--total">
              <th scope="row">Ofördelat</th>
              <td />
              {check ? (
                <AmountCell value={check.undistributed} signal />
              ) : (
                <td className="amount">–</td>
              )}
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {editable ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={total === null}
            onClick={() => {
              propose(previousNetOf);
            }}
          >
            Fördela efter budget {stored.previousBudget.year}
          </button>
          <button
            type="button"
            className="button"
            disabled={total === null}
            onClick={() => {
              propose(netOf);
            }}
          >
            Fördela efter förslagets nettokostnad
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={submission.busy || !readable}
          >
            {submission.busy ? 'Sparar …' : 'Spara ramfördelningen'}
          </button>
          <span className="form-actions__hint" role="status">
            {framesHintSv(read, saved)}
          </span>
        </div>
      ) : null}
    </SubmitForm>
  );
}
