import { useMemo, useState } from 'react';
import {
  BUDGET_STATUS_NAMES_SV,
  getBudgetGrid,
  saveBudgetCells,
  type BudgetGrid,
} from '#contract/budget';
import { formatTkr } from '#domain/kernel/format';
import type { AccountGroup } from '#domain/ledger/account-group';
import { apiGet, apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { FactList } from '../../ui/FactList';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { amountsOf, cellsSavedByOthers, gridRows, type CellSavedByOther } from './budget-grid';
import { BudgetGridTable, type CellDraft } from './BudgetGridTable';
import { BudgetWorkbook } from './BudgetWorkbook';
import { DecisionForm } from './DecisionForm';
import { InvestmentBudgetEditor } from './InvestmentBudgetEditor';
import { FramesPanel } from './FramesPanel';
import { CellDetailPanel } from './CellDetailPanel';
import { refreshOnEditConflict } from './edit-conflict';

const yearLabel = (grid: BudgetGrid, year: number) =>
  year === grid.version.budgetYear ? `Budget ${String(year)}` : `Plan ${String(year)}`;

function VersionGrid({
  initial,
  onChanged,
}: {
  readonly initial: BudgetGrid;
  readonly onChanged: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const [grid, setGrid] = useState(initial);
  const [year, setYear] = useState(initial.version.budgetYear);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, CellDraft>>(new Map());
  const [saved, setSaved] = useState<string | null>(null);
  /** Counts the saves of cells, so the phasing shown is read again after one. */
  const [cellSaves, setCellSaves] = useState(0);
  /** The user's unsaved cells that another saved since the grid was read. */
  const [savedByOthers, setSavedByOthers] = useState<readonly CellSavedByOther[]>([]);
  const submission = useSubmit('Budgeten kunde inte sparas.');
  const params = { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id };
  const editable = grid.version.status === 'draft' && can('budget:edit');
  const rows = useMemo(() => gridRows(grid), [grid]);
  const edits = new Map(
    [...drafts].flatMap(([key, draft]) =>
      draft.amount === null ? [] : [[key, draft.amount] as const],
    ),
  );
  const amounts = amountsOf(grid.cells, edits);
  const invalid = [...drafts.values()].filter((draft) => draft.amount === null).length;

  /**
   * Reads the version again after another's save came first (here or in a panel): the grid and
   * its revision are the saved ones, the user's unsaved cells stay, and those the other changed
   * too are named.
   */
  const reread = async () => {
    const fresh = await apiGet(getBudgetGrid, params, {});
    setSavedByOthers(cellsSavedByOthers(grid, fresh, edits));
    setGrid(fresh);
  };
  /** A panel saved the version's figures: the revision to save on next. */
  const savedRevision = (revision: number) => {
    setGrid((current) => ({ ...current, version: { ...current.version, revision } }));
  };

  const save = async () => {
    const cells = [...edits].map(([key, amount]) => {
      const [orgUnitId = '', accountGroup = '', cellYear = '0'] = key.split('|');
      return {
        orgUnitId,
        accountGroup: accountGroup as AccountGroup,
        year: Number(cellYear),
        amount,
      };
    });
    const next = await submission.run(() =>
      refreshOnEditConflict(
        () => apiPost(saveBudgetCells, params, {}, { baseRevision: grid.version.revision, cells }),
        reread,
      ),
    );
    if (next) {
      setGrid(next);
      setSavedByOthers([]);
      setDrafts(new Map());
      setCellSaves((count) => count + 1);
      setSaved(
        `${String(cells.length)} ${cells.length === 1 ? 'cell är sparad' : 'celler är sparade'}.`,
      );
    }
  };

  return (
    <>
      <FactList
        facts={[
          ['Status', BUDGET_STATUS_NAMES_SV[grid.version.status]],
          ['Används i uppföljningen', grid.version.inFollowUp ? 'Ja' : 'Nej'],
          [
            'Beslut',
            grid.version.decidedBy
              ? `${grid.version.decidedBy}, ${grid.version.decidedAt ?? ''}`
              : 'Inte beslutad',
          ],
          ['Skapad av', grid.version.createdBy ?? '–'],
        ]}
      />
      <div className="budget-years" role="group" aria-label="År">
        {grid.years.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className={candidate === year ? 'button button--primary' : 'button'}
            aria-pressed={candidate === year}
            onClick={() => {
              setYear(candidate);
            }}
          >
            {yearLabel(grid, candidate)}
          </button>
        ))}
      </div>
      {editable ? null : (
        <InfoNote>
          {grid.version.status === 'draft'
            ? 'Din roll kan läsa men inte ändra budgeten.'
            : 'Versionen är beslutad och ändras inte. Gör en ny version (t.ex. en revidering) för att ändra.'}
        </InfoNote>
      )}
      {saved ? (
        <p role="status" className="message message--success">
          {saved}
        </p>
      ) : null}
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {savedByOthers.length > 0 ? (
        <div className="message message--warning" role="status">
          <p>
            {savedByOthers.length === 1 ? 'En' : savedByOthers.length} av dina osparade celler har
            också sparats av någon annan (beloppet när du öppnade budgeten → deras, i tkr). Dina
            belopp står kvar i tabellen; spara igen för att ersätta deras.
          </p>
          <ul>
            {savedByOthers.map((cell) => (
              <li key={cell.key}>
                {cell.label}: {formatTkr(cell.before)} → {formatTkr(cell.theirs)} (ditt:{' '}
                {formatTkr(cell.mine)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <BudgetWorkbook
        grid={grid}
        unsavedEdits={drafts.size > 0}
        onImported={setGrid}
        onStale={reread}
      />
      <BudgetGridTable
        grid={grid}
        year={year}
        rows={rows}
        amounts={amounts}
        drafts={drafts}
        editable={editable}
        onChange={(changes) => {
          setSaved(null);
          setDrafts((current) => {
            const next = new Map(current);
            for (const { key, draft } of changes) next.set(key, draft);
            return next;
          });
        }}
      />
      {editable ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={submission.busy || drafts.size === 0 || invalid > 0}
            onClick={() => {
              void save();
            }}
          >
            {submission.busy ? 'Sparar …' : 'Spara ändringarna'}
          </button>
          <button
            type="button"
            className="button"
            disabled={drafts.size === 0}
            onClick={() => {
              setDrafts(new Map());
              setSavedByOthers([]);
            }}
          >
            Ångra osparade ändringar
          </button>
          <span className="form-actions__hint" role="status">
            {invalid > 0
              ? `${String(invalid)} ${invalid === 1 ? 'cell är inte' : 'celler är inte'} ett helt tal i tkr.`
              : drafts.size > 0
                ? `${String(drafts.size)} osparade ändringar.`
                : ''}
          </span>
        </div>
      ) : null}
      <FramesPanel
        key={`frames-${grid.version.id}`}
        grid={grid}
        year={year}
        rows={rows}
        amounts={amounts}
        editable={editable}
        onSaved={savedRevision}
        onStale={reread}
      />
      <CellDetailPanel
        key={`${grid.version.id}-${String(year)}-${String(cellSaves)}`}
        grid={grid}
        year={year}
        rows={rows}
        editable={can('budget:edit') && grid.version.status !== 'superseded'}
        onGridChanged={setGrid}
        onSaved={savedRevision}
        onStale={reread}
      />
      {can('budget:edit') && grid.version.status !== 'superseded' ? (
        <DecisionForm
          key={`${grid.version.id}-${grid.version.status}`}
          grid={grid}
          onDecided={(next) => {
            setGrid(next);
            setDrafts(new Map());
            setSaved('Beslutet är sparat.');
            onChanged();
          }}
          onStale={reread}
        />
      ) : null}
      <InvestmentBudgetEditor key={`investments-${grid.version.status}`} version={grid.version} />
    </>
  );
}

/** A budget version: its grid for the budget year and the plan years, saving and the decision. */
export function BudgetVersionView({
  versionId,
  created,
  onChanged,
}: {
  readonly versionId: string;
  /** The version's status changed: the list of versions is out of date. */
  readonly onChanged: () => void;
  /** The grid as the server answered when the version was just made (no need to ask again). */
  readonly created: BudgetGrid | null;
}) {
  const { municipality, board } = useSelectedBoard();
  const { state, retry } = useApiGet(
    getBudgetGrid,
    { municipalityId: municipality.id, boardId: board.id, versionId },
    {},
    { skip: created?.version.id === versionId },
  );
  const grid =
    created?.version.id === versionId ? created : state.status === 'success' ? state.data : null;
  if (state.status === 'error' && !grid)
    return <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />;
  if (!grid) return <LoadingMessage>Hämtar budgeten …</LoadingMessage>;
  return (
    <section aria-labelledby="version-title">
      <h2 id="version-title" className="section__title">
        {grid.version.name}
      </h2>
      <VersionGrid key={grid.version.id} initial={grid} onChanged={onChanged} />
    </section>
  );
}
