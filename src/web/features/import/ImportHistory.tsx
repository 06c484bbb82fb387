import { useEffect, useRef, useState } from 'react';
import {
  IMPORT_KIND_CHOICES_SV,
  importKindNameSv,
  type ImportKind,
  type ImportListEntry,
} from '#contract/import-history';
import { formatInteger } from '#domain/kernel/format';
import { ApiError } from '../../api/client';
import { shownData, type ApiState } from '../../api/use-api';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { UndoButtons, type UndoStep } from './UndoButtons';
import { coversSv, entryKey, NOT_LATEST_SV, undoEntry } from './history-kinds';
import {
  dateTimeSv,
  IMPORT_STATE_SV,
  importState,
  periodsShortSv,
  shortHash,
  undoConflictSv,
} from './import-text';

export interface ImportHistoryProps {
  readonly municipalityId: string;
  readonly state: ApiState<{ readonly imports: readonly ImportListEntry[] }>;
  readonly onRetry: () => void;
  /** After an undo (or a failed one): the history is out of date. */
  readonly onUndone: () => void;
  /** Whether the user may undo imports of a kind (a controller); others only read the history. */
  readonly mayUndo: (kind: ImportKind) => boolean;
}

type Message = { readonly kind: 'success' | 'error'; readonly text: string } | null;

const MESSAGE_ID = 'import-history-message';

/** Which kinds the history shows: all, or one. */
type KindFilter = ImportKind | 'all';

/** The file name, and its SHA-256 shortened (the whole hash on hover and for screen readers). */
function FileCell({ entry }: { readonly entry: ImportListEntry }) {
  if (entry.fileName === null) {
    return (
      <td>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">ingen fil</span>
      </td>
    );
  }
  return (
    <td className="history__file">
      <span className="history__file-name">{entry.fileName}</span>
      {entry.sha256 ? (
        <span className="history__hash" title={`SHA-256 ${entry.sha256}`}>
          <span aria-hidden="true">{shortHash(entry.sha256)}…</span>
          <span className="visually-hidden">SHA-256 {entry.sha256}</span>
        </span>
      ) : null}
    </td>
  );
}

/**
 * The months the ledger import holds, and which of them it is the actuals of when not all;
 * another kind's months, measures, units or dates.
 */
function MonthsCell({ entry }: { readonly entry: ImportListEntry }) {
  if (entry.kind !== 'ledger') return <td>{coversSv(entry)}</td>;
  const all = entry.months.map((month) => month.period);
  const actual = entry.months.filter((month) => month.actual).map((month) => month.period);
  const partly = entry.status === 'committed' && actual.length > 0 && actual.length < all.length;
  return (
    <td>
      {periodsShortSv(all)}
      {partly ? <span className="history__note">utfall för {periodsShortSv(actual)}</span> : null}
    </td>
  );
}

function StatusCell({ entry }: { readonly entry: ImportListEntry }) {
  const state = importState(entry);
  // Another kind than the ledger has no months to be the actuals of: done or undone.
  const label =
    entry.kind === 'ledger' || state === 'undone' ? IMPORT_STATE_SV[state] : 'Genomförd';
  const tag = entry.kind === 'ledger' || state === 'undone' ? state : 'current';
  return (
    <td>
      <span className={`status-tag status-tag--${tag}`}>{label}</span>
      {entry.undoneAt ? (
        <span className="history__note">
          {dateTimeSv(entry.undoneAt)}
          {entry.undoneBy ? ` av ${entry.undoneBy}` : ''}
        </span>
      ) : null}
    </td>
  );
}

/** Tidigare importer: newest first, with Ångra (and a confirmation) on the undoable ones. */
export function ImportHistory({
  municipalityId,
  state,
  onRetry,
  onUndone,
  mayUndo,
}: ImportHistoryProps) {
  const [undo, setUndo] = useState<UndoStep>({ step: 'idle' });
  const [filter, setFilter] = useState<KindFilter>('all');
  const [message, setMessage] = useState<Message>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const history = shownData(state);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const confirmUndo = async (entry: ImportListEntry): Promise<void> => {
    setUndo({ step: 'undoing', importId: entryKey(entry) });
    const current = new AbortController();
    controller.current = current;
    try {
      setMessage({
        kind: 'success',
        text: await undoEntry(municipalityId, entry, current.signal),
      });
      onUndone();
    } catch (error) {
      if (current.signal.aborted) return;
      const text =
        error instanceof ApiError
          ? error.code === 'conflict'
            ? entry.kind === 'ledger'
              ? undoConflictSv(error.details.reason)
              : NOT_LATEST_SV
            : error.message
          : 'Ett oväntat fel inträffade. Inget ändrades.';
      setMessage({ kind: 'error', text });
      onUndone();
    }
    setUndo({ step: 'idle' });
    setFocusId(MESSAGE_ID);
  };

  if (state.status === 'error') {
    return <ErrorAlert message={state.message} onRetry={state.retryable ? onRetry : undefined} />;
  }
  if (!history) return <LoadingMessage>Hämtar tidigare importer …</LoadingMessage>;

  return (
    <>
      {message ? (
        <p
          id={MESSAGE_ID}
          tabIndex={-1}
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`message message--${message.kind}`}
        >
          {message.text}
        </p>
      ) : null}
      {history.imports.length === 0 ? (
        <InfoNote>Ingen bokföring är inläst för kommunen ännu.</InfoNote>
      ) : (
        <>
          <KindFilterField entries={history.imports} value={filter} onChange={setFilter} />
          {/* Focusable: on a narrow screen the table scrolls sideways, also from the keyboard. */}
          <div
            className={state.status === 'loading' ? 'table-frame table-frame--busy' : 'table-frame'}
            aria-busy={state.status === 'loading'}
            role="region"
            aria-labelledby="history-heading"
            tabIndex={0}
          >
            <table className="data-table history" aria-labelledby="history-heading">
              <thead>
                <tr>
                  <th scope="col">Inläst</th>
                  <th scope="col">Av</th>
                  <th scope="col">Fil</th>
                  <th scope="col">Slag</th>
                  <th scope="col">Avser</th>
                  <th scope="col" className="amount-head">
                    Rader
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Åtgärd</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.imports
                  .filter((entry) => filter === 'all' || entry.kind === filter)
                  .map((entry) => (
                    <tr key={entryKey(entry)}>
                      <th scope="row" className="history__time">
                        <time dateTime={entry.importedAt}>{dateTimeSv(entry.importedAt)}</time>
                      </th>
                      <td>{entry.importedBy ?? '–'}</td>
                      <FileCell entry={entry} />
                      <td>{importKindNameSv(entry)}</td>
                      <MonthsCell entry={entry} />
                      <td className="amount">{formatInteger(entry.rowCount)}</td>
                      <StatusCell entry={entry} />
                      <td className="history__actions">
                        {entry.undoable && mayUndo(entry.kind) ? (
                          <UndoButtons
                            entry={entry}
                            undo={undo}
                            onStart={() => {
                              setMessage(null);
                              setUndo({ step: 'confirming', importId: entryKey(entry) });
                              setFocusId(`undo-confirm-${entryKey(entry)}`);
                            }}
                            onCancel={() => {
                              setUndo({ step: 'idle' });
                              setFocusId(`undo-${entryKey(entry)}`);
                            }}
                            onConfirm={() => void confirmUndo(entry)}
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** Visa: all kinds, or one of those the history holds. */
function KindFilterField({
  entries,
  value,
  onChange,
}: {
  readonly entries: readonly ImportListEntry[];
  readonly value: KindFilter;
  readonly onChange: (value: KindFilter) => void;
}) {
  const present = new Set(entries.map((entry) => entry.kind));
  const choices = IMPORT_KIND_CHOICES_SV.filter((choice) => present.has(choice.kind));
  if (choices.length < 2) return null;
  return (
    <div className="field history__filter">
      <label className="field__label" htmlFor="history-kind">
        Visa
      </label>
      <select
        id="history-kind"
        className="field__select"
        value={value}
        onChange={(event) => {
          onChange(event.target.value as KindFilter);
        }}
      >
        <option value="all">Alla slag</option>
        {choices.map((choice) => (
          <option key={choice.kind} value={choice.kind}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}
