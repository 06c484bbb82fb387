import { codeAndName } from '#domain/organisation/code-and-name';
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { BudgetGrid } from '#contract/budget';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { oreFromTkr, roundToTkr, type Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import { ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '#domain/ledger/account-group';
import { AmountCell } from '../../ui/Amount';
import { cellKey, GRID_GROUPS, pastedRows, sumCells, type GridRow } from './budget-grid';

/** What the user has typed in a cell and not saved: the text, and the amount if it is one. */
export interface CellDraft {
  readonly text: string;
  readonly amount: Ore | null;
}

const inputId = (row: number, column: number) => `budget-cell-${String(row)}-${String(column)}`;

function focusCell(row: number, column: number): void {
  const input = document.getElementById(inputId(row, column));
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/**
 * One year of a budget version as a grid: units down, account groups across, in whole tkr,
 * with each row's net cost and each column's sum, departments' sums after their units and
 * the board's at the bottom. Arrow keys and Enter move between cells as in Excel; a block
 * copied from Excel is pasted from the cell it is pasted in, right and down.
 */
export function BudgetGridTable({
  grid,
  year,
  rows,
  amounts,
  drafts,
  editable,
  onChange,
}: {
  readonly grid: BudgetGrid;
  readonly year: number;
  readonly rows: readonly GridRow[];
  readonly amounts: ReadonlyMap<string, Ore>;
  readonly drafts: ReadonlyMap<string, CellDraft>;
  readonly editable: boolean;
  readonly onChange: (changes: readonly { key: string; draft: CellDraft }[]) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  const unitRows = rows.filter((row) => row.kind === 'unit');
  const allUnitIds = grid.units.map((unit) => unit.id);
  const allocation = grid.allocations.find((entry) => entry.year === year)?.amount ?? null;
  const boardNet = sumCells(amounts, allUnitIds, GRID_GROUPS, year);
  const previousNet = grid.previousYear.cells
    .filter((cell) => cell.accountGroup !== 'financial_items')
    .reduce((sum, cell) => sum + cell.amount, 0) as Ore;

  const draftOf = (text: string): CellDraft => {
    const parsed = parseWholeNumberSv(text);
    if (parsed.kind === 'empty') return { text, amount: oreFromTkr(0) };
    return { text, amount: parsed.kind === 'number' ? oreFromTkr(parsed.value) : null };
  };

  const move = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const target =
      event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey)
        ? [row + 1, column]
        : event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)
          ? [row - 1, column]
          : event.key === 'ArrowRight' && (atEnd || whole)
            ? [row, column + 1]
            : event.key === 'ArrowLeft' && (atStart || whole)
              ? [row, column - 1]
              : null;
    if (!target) return;
    const [nextRow = row, nextColumn = column] = target;
    if (
      nextRow < 0 ||
      nextRow >= unitRows.length ||
      nextColumn < 0 ||
      nextColumn >= GRID_GROUPS.length
    )
      return;
    event.preventDefault();
    focusCell(nextRow, nextColumn);
  };

  const paste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const block = pastedRows(event.clipboardData.getData('text/plain'));
    if (block.length === 1 && block[0]?.length === 1) return; // one value: an ordinary paste
    event.preventDefault();
    const changes = block.flatMap((cells, rowOffset) =>
      cells.flatMap((text, columnOffset) => {
        const unitRow = unitRows[row + rowOffset];
        const group = GRID_GROUPS[column + columnOffset];
        return unitRow && group
          ? [{ key: cellKey(unitRow.id, group, year), draft: draftOf(text.trim()) }]
          : [];
      }),
    );
    onChange(changes);
  };

  const cellText = (unitId: string, group: AccountGroup): string => {
    const key = cellKey(unitId, group, year);
    const draft = drafts.get(key);
    if (draft) return draft.text;
    const amount = amounts.get(key);
    return amount === undefined || amount === 0 ? '' : formatInteger(roundToTkr(amount));
  };

  let unitIndex = -1;
  return (
    <div
      className="table-frame budget-grid"
      role="region"
      aria-label={`Budget ${String(year)}`}
      tabIndex={0}
    >
      <table ref={table} className="data-table budget-grid__table">
        <caption>
          Budget {year}, belopp i tkr.{' '}
          {editable ? 'Skriv i cellerna eller klistra in från Excel.' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Enhet</th>
            {GRID_GROUPS.map((group) => (
              <th key={group} scope="col" className="amount-head">
                {ACCOUNT_GROUP_NAMES_SV[group]}
              </th>
            ))}
            <th scope="col" className="amount-head">
              Nettokostnad
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            if (row.kind === 'department') {
              return (
                <tr key={`sum-${row.id}`} className="row--subtotal">
                  <th scope="row">Summa {row.name}</th>
                  {GRID_GROUPS.map((group) => (
                    <AmountCell key={group} value={sumCells(amounts, row.unitIds, [group], year)} />
                  ))}
                  <AmountCell value={sumCells(amounts, row.unitIds, GRID_GROUPS, year)} />
                </tr>
              );
            }
            unitIndex += 1;
            const rowIndex = unitIndex;
            return (
              <tr key={row.id}>
                <th scope="row" className={row.depth > 0 ? 'budget-grid__unit' : undefined}>
                  {codeAndName(row)}
                </th>
                {GRID_GROUPS.map((group, column) => {
                  const key = cellKey(row.id, group, year);
                  const invalid = drafts.get(key)?.amount === null;
                  return editable ? (
                    <td key={group} className="amount budget-grid__cell">
                      <input
                        id={inputId(rowIndex, column)}
                        className={
                          invalid
                            ? 'budget-grid__input budget-grid__input--invalid'
                            : 'budget-grid__input'
                        }
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`${row.name}, ${ACCOUNT_GROUP_NAMES_SV[group]}, ${String(year)}, tkr`}
                        aria-invalid={invalid ? true : undefined}
                        value={cellText(row.id, group)}
                        onChange={(event) => {
                          onChange([{ key, draft: draftOf(event.target.value) }]);
                        }}
                        onKeyDown={(event) => {
                          move(event, rowIndex, column);
                        }}
                        onPaste={(event) => {
                          paste(event, rowIndex, column);
                        }}
                        onFocus={(event) => {
                          event.currentTarget.select();
                        }}
                      />
                    </td>
                  ) : (
                    <AmountCell key={group} value={amounts.get(key) ?? oreFromTkr(0)} />
                  );
                })}
                <AmountCell value={sumCells(amounts, [row.id], GRID_GROUPS, year)} />
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="row--total">
            <th scope="row">Verksamhetens nettokostnader</th>
            {GRID_GROUPS.map((group) => (
              <AmountCell key={group} value={sumCells(amounts, allUnitIds, [group], year)} />
            ))}
            <AmountCell value={boardNet} />
          </tr>
          <tr>
            <th scope="row" colSpan={GRID_GROUPS.length + 1}>
              Kommunbidrag {year}
            </th>
            <td className="amount">{allocation === null ? 'ej satt' : formatTkr(allocation)}</td>
          </tr>
          <tr className="row--total">
            <th scope="row" colSpan={GRID_GROUPS.length + 1}>
              Årets resultat (nettokostnad + kommunbidrag)
            </th>
            {allocation === null ? (
              <td className="amount">–</td>
            ) : (
              <AmountCell value={(boardNet + allocation) as Ore} signal />
            )}
          </tr>
          <tr>
            <th scope="row" colSpan={GRID_GROUPS.length + 1}>
              Jämförelse: nettokostnad i budget {grid.previousYear.year}
            </th>
            <AmountCell value={previousNet} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
