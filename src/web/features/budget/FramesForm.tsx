import { codeAndName } from '../../../domain/organisation/code-and-name';
import { useState } from 'react';
import type { BudgetGrid } from '../../../contract/budget';
import { saveUnitFrames, type UnitFrames } from '../../../contract/unit-frames';
import {
  checkFrames,
  checkResult,
  distributeFrame,
  frameToDistribute,
} from '../../../domain/budget/unit-frames';
import { formatInteger, formatTkr } from '../../../domain/kernel/format';
import { ore, oreFromTkr, roundToTkr, sumOre, type Ore } from '../../../domain/kernel/money';
import { parseWholeNumberSv } from '../../../domain/kernel/parse';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { AmountCell } from '../../ui/Amount';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { AmountInputCell } from './AmountInputCell';
import { GRID_GROUPS, sumCells, type GridRow } from './budget-grid';
import { refreshOnEditConflict } from './edit-conflict';

const tkrText = (amount: Ore) => formatInteger(roundToTkr(amount));

/** A typed amount in tkr: empty is no frame (or 0 for the result), text that is no number null. */
function readTkr(text: string): Ore | 'empty' | null {
  const parsed = parseWholeNumberSv(text);
  if (parsed.kind === 'empty') return 'empty';
  return parsed.kind === 'number' ? oreFromTkr(parsed.value) : null;
}

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
  const ofYear = stored.years.find((entry) => entry.year === year);
  const [planned, setPlanned] = useState(tkrText(ofYear?.plannedResult ?? ore(0)));
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(
    () => new Map(ofYear?.frames.map((frame) => [frame.orgUnitId, tkrText(frame.amount)]) ?? []),
  );
  const [saved, setSaved] = useState(false);
  const submission = useSubmit('Ramfördelningen kunde inte sparas.');
  const units = rows.filter((row) => row.kind === 'unit');
  const allocation = ofYear?.allocation ?? null;

  const plannedRead = readTkr(planned);
  const plannedResult = plannedRead === 'empty' ? ore(0) : plannedRead;
  const frames = new Map<string, Ore>();
  const wrong = new Set<string>();
  for (const [unitId, text] of texts) {
    const amount = readTkr(text);
    if (amount === null) wrong.add(unitId);
    else if (amount !== 'empty') frames.set(unitId, amount);
  }
  const netOf = (unitId: string) => sumCells(amounts, [unitId], GRID_GROUPS, year);
  const boardNet = sumCells(
    amounts,
    grid.units.map((unit) => unit.id),
    GRID_GROUPS,
    year,
  );
  const total =
    allocation === null || plannedResult === null
      ? null
      : frameToDistribute(allocation, plannedResult);
  const check = total === null ? null : checkFrames(total, frames, netOf);
  const result =
    allocation === null || plannedResult === null
      ? null
      : checkResult(boardNet, allocation, plannedResult);
  const previousNet = new Map(stored.previousBudget.nets.map((net) => [net.orgUnitId, net.amount]));

  const propose = (netOfUnit: (unitId: string) => Ore) => {
    if (total === null) return;
    setSaved(false);
    setTexts(
      new Map(
        distributeFrame(
          total,
          units.map((unit) => ({ unitId: unit.id, net: netOfUnit(unit.id) })),
        ).map((entry) => [entry.unitId, tkrText(entry.frame)]),
      ),
    );
  };

  const submit = async () => {
    if (plannedResult === null || wrong.size > 0) return;
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveUnitFrames,
            { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id },
            {},
            {
              baseRevision: grid.version.revision,
              year,
              plannedResult,
              frames: [...frames].map(([orgUnitId, amount]) => ({ orgUnitId, amount })),
            },
          ),
        onStale,
      ),
    );
    if (answer) {
      setSaved(true);
      onSaved(answer);
    }
  };

  const frameSum = (unitIds: readonly string[]) =>
    sumOre(unitIds.map((id) => frames.get(id) ?? ore(0)));
  const hasFrame = (unitIds: readonly string[]) => unitIds.some((id) => frames.has(id));

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
                  value={planned}
                  onChange={(text) => {
                    setSaved(false);
                    setPlanned(text);
                  }}
                />
              ) : (
                <AmountCell value={ofYear?.plannedResult ?? ore(0)} />
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
        {result === null
          ? `Kommunbidraget för ${String(year)} är inte satt: ange det under Kommunbidrag och ramförändring.`
          : result.difference === 0
            ? `Budgeten ${String(year)} är i balans med det planerade resultatet.`
            : `Budgeten ${String(year)} avviker med ${formatTkr(result.difference)} tkr från det planerade resultatet.`}
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
                return (
                  <tr key={`sum-${row.id}`} className="row--subtotal">
                    <th scope="row">Summa {row.name}</th>
                    <AmountCell
                      value={sumOre(row.unitIds.map((id) => previousNet.get(id) ?? ore(0)))}
                    />
                    <AmountCell value={frameSum(row.unitIds)} />
                    <AmountCell value={sumCells(amounts, row.unitIds, GRID_GROUPS, year)} />
                    {hasFrame(row.unitIds) ? (
                      <AmountCell
                        value={ore(
                          sumCells(amounts, row.unitIds, GRID_GROUPS, year) - frameSum(row.unitIds),
                        )}
                        signal
                      />
                    ) : (
                      <td className="amount">–</td>
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
                  <AmountCell value={previousNet.get(row.id) ?? ore(0)} />
                  {editable ? (
                    <AmountInputCell
                      label={`Ram ${String(year)}, ${row.name}, tkr`}
                      invalid={wrong.has(row.id)}
                      value={texts.get(row.id) ?? ''}
                      onChange={(text) => {
                        setSaved(false);
                        setTexts((current) => new Map(current).set(row.id, text));
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
              <AmountCell value={check?.framesTotal ?? frameSum([...frames.keys()])} />
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
              propose((unitId) => previousNet.get(unitId) ?? ore(0));
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
            disabled={submission.busy || plannedResult === null || wrong.size > 0}
          >
            {submission.busy ? 'Sparar …' : 'Spara ramfördelningen'}
          </button>
          <span className="form-actions__hint" role="status">
            {wrong.size > 0 || plannedResult === null
              ? 'Ramar och resultat anges i hela tkr.'
              : saved
                ? 'Ramfördelningen är sparad.'
                : ''}
          </span>
        </div>
      ) : null}
    </SubmitForm>
  );
}
