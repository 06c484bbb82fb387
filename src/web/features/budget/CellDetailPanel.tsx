import { codeAndName } from '#domain/organisation/code-and-name';
import { useState } from 'react';
import type { BudgetGrid } from '#contract/budget';
import { getAccountLines, type AccountLines } from '#contract/budget-accounts';
import { getLinePhasing, type LinePhasing } from '#contract/budget-phasing';
import { ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '#domain/ledger/account-group';
import { useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { SelectInput } from '../../ui/FormFields';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { AccountLinesForm } from './AccountLinesForm';
import { GRID_GROUPS, type GridRow } from './budget-grid';
import { PhasingForm } from './PhasingForm';

type Key = {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly year: number;
};

const sameKey = (a: Key, b: Key) =>
  a.orgUnitId === b.orgUnitId && a.accountGroup === b.accountGroup && a.year === b.year;

/** The answer for the key chosen: the one saved last, else the one read, if it is that key's. */
function current<T extends Key>(key: Key, saved: T | null, read: T | null): T | null {
  if (saved && sameKey(saved, key)) return saved;
  return read && sameKey(read, key) ? read : null;
}

/**
 * Konton och periodisering: pick a unit and an account group of the year shown; budget the
 * cell per account (the rest stays unspecified, the grid shows the sum) and see and change
 * how it is spread over the months, beside the unit's actuals of the year before.
 */
export function CellDetailPanel({
  grid,
  year,
  rows,
  editable,
  onGridChanged,
  onSaved,
  onStale,
}: {
  readonly grid: BudgetGrid;
  readonly year: number;
  readonly rows: readonly GridRow[];
  /** May change phasing (any version but a superseded one, with budget:edit). */
  readonly editable: boolean;
  readonly onGridChanged: (grid: BudgetGrid) => void;
  /** The phasing was saved: the version's figures are at this revision now. */
  readonly onSaved: (revision: number) => void;
  /** Another's save of the version came first: read it again. */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const units = rows.filter((row) => row.kind === 'unit');
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [group, setGroup] = useState<AccountGroup>('personnel_costs');
  const [savedLine, setSavedLine] = useState<LinePhasing | null>(null);
  const [savedAccounts, setSavedAccounts] = useState<AccountLines | null>(null);
  const key: Key = { orgUnitId: unitId, accountGroup: group, year };
  const params = { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id };
  const phasing = useApiGet(getLinePhasing, params, key, { skip: unitId === '' });
  const accounts = useApiGet(getAccountLines, params, key, { skip: unitId === '' });
  const line = current(
    key,
    savedLine,
    phasing.state.status === 'success' ? phasing.state.data : null,
  );
  const accountLines = current(
    key,
    savedAccounts,
    accounts.state.status === 'success' ? accounts.state.data : null,
  );
  const draft = grid.version.status === 'draft';
  /** Reads the line and the version again; the forms keep what was typed. */
  const reread = async () => {
    setSavedLine(null);
    setSavedAccounts(null);
    phasing.retry();
    accounts.retry();
    await onStale();
  };

  return (
    <section className="section" aria-labelledby="cell-detail-title">
      <h3 id="cell-detail-title" className="section__title">
        Konton och periodisering {year}
      </h3>
      <p className="section__intro">
        Välj en enhet och en kontogrupp: fördela budgeten på konton och se hur den fördelas över
        månaderna. Uppföljningen jämför utfallet med den periodiserade budgeten; månaderna summerar
        alltid exakt till årsbeloppet.
      </p>
      <div className="period-controls">
        <SelectInput
          id="cell-detail-unit"
          label="Enhet"
          value={unitId}
          options={units.map((unit) => ({ value: unit.id, label: codeAndName(unit) }))}
          onChange={setUnitId}
        />
        <SelectInput
          id="cell-detail-group"
          label="Kontogrupp"
          value={group}
          options={GRID_GROUPS.map((candidate) => ({
            value: candidate,
            label: ACCOUNT_GROUP_NAMES_SV[candidate],
          }))}
          onChange={(value) => {
            setGroup(value as AccountGroup);
          }}
        />
      </div>
      {phasing.state.status === 'error' ? (
        <ErrorAlert
          message={phasing.state.message}
          onRetry={phasing.state.retryable ? phasing.retry : undefined}
        />
      ) : null}
      {accounts.state.status === 'error' ? (
        <ErrorAlert
          message={accounts.state.message}
          onRetry={accounts.state.retryable ? accounts.retry : undefined}
        />
      ) : null}
      {!line || !accountLines ? <LoadingMessage>Hämtar raden …</LoadingMessage> : null}

      {accountLines ? (
        <>
          <h4 className="section__subtitle">Budget per konto</h4>
          {accountLines.accounts.length === 0 ? (
            <InfoNote>Kontogruppen har inga konton i kontoplanen ännu.</InfoNote>
          ) : (
            <AccountLinesForm
              key={`${accountLines.orgUnitId}-${accountLines.accountGroup}-${String(accountLines.year)}`}
              grid={grid}
              lines={accountLines}
              editable={editable && draft}
              onSaved={(saved, next) => {
                setSavedAccounts(saved);
                setSavedLine(null);
                phasing.retry();
                onGridChanged(next);
              }}
              onStale={reread}
            />
          )}
        </>
      ) : null}

      {line ? (
        <>
          <h4 className="section__subtitle">Periodisering</h4>
          {line.amount === 0 ? (
            <InfoNote>
              Enheten har ingen budget för kontogruppen {year}, så det finns inget att periodisera.
            </InfoNote>
          ) : (
            <PhasingForm
              key={`${line.orgUnitId}-${line.accountGroup}-${String(line.year)}-${String(line.amount)}`}
              grid={grid}
              line={line}
              editable={editable}
              onSaved={(saved) => {
                setSavedLine(saved);
                onSaved(saved.revision);
              }}
              onStale={reread}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
