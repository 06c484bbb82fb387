import { useEffect, useRef, useState } from 'react';
import { undoImportBatch } from '#contract/imports';
import type { ImportListEntry } from '#contract/import-history';
import { formatInteger } from '#domain/kernel/format';
import { ApiError, apiPost } from '../../api/client';
import { shownData, type ApiState } from '../../api/use-api';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { UndoButtons, type UndoStep } from './UndoButtons';
import {
  dateTimeSv,
  IMPORT_STATE_SV,
  importState,
  periodsLongSv,
  periodsShortSv,
  shortHash,
  sourceNameSv,
  undoConflictSv,
} from './import-text';

export interface ImportHistoryProps {
  readonly municipalityId: string;
  readonly state: ApiState<{ readonly imports: readonly ImportListEntry[] }>;
  readonly onRetry: () => void;
  /** After an undo (or a failed one): the history is out of date. */
  readonly onUndone: () => void;
  /** Whether the user may undo imports (a controller); others only read the history. */
  readonly canUndo: boolean;
}

type Message = { readonly kind: 'success' | 'error'; readonly text: string } | null;

const MESSAGE_ID = 'import-history-message';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

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

/** The months the import holds, and which of them it is the actuals of when not all. */
function MonthsCell({ entry }: { readonly entry: ImportListEntry }) {
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
  return (
    <td>
      <span className={`status-tag status-tag--${state}`}>{IMPORT_STATE_SV[state]}</span>
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
  canUndo,
}: ImportHistoryProps) {
  const [undo, setUndo] = useState<UndoStep>({ step: 'idle' });
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
    setUndo({ step: 'undoing', importId: entry.id });
    const current = new AbortController();
    controller.current = current;
    const name = entry.fileName ?? sourceNameSv(entry.source).toLowerCase();
    try {
      const { periods } = await apiPost(
        undoImportBatch,
        { municipalityId, importId: entry.id },
        {},
        undefined,
        current.signal,
      );
      setMessage({
        kind: 'success',
        text: `Importen av ${name} är ångrad. ${capitalised(periodsLongSv(periods))} har nu utfallet från importen före, om det finns någon.`,
      });
      onUndone();
    } catch (error) {
      if (current.signal.aborted) return;
      const text =
        error instanceof ApiError
          ? error.code === 'conflict'
            ? undoConflictSv(error.details.reason)
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
        // Focusable: on a narrow screen the table scrolls sideways, also from the keyboard.
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
                <th scope="col">Källa</th>
                <th scope="col">Månader</th>
                <th scope="col" className="amount-head">
                  Transaktioner
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Åtgärd</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.imports.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="history__time">
                    <time dateTime={entry.importedAt}>{dateTimeSv(entry.importedAt)}</time>
                  </th>
                  <td>{entry.importedBy ?? '–'}</td>
                  <FileCell entry={entry} />
                  <td>{sourceNameSv(entry.source)}</td>
                  <MonthsCell entry={entry} />
                  <td className="amount">{formatInteger(entry.transactionCount)}</td>
                  <StatusCell entry={entry} />
                  <td className="history__actions">
                    {entry.undoable && canUndo ? (
                      <UndoButtons
                        entry={entry}
                        undo={undo}
                        onStart={() => {
                          setMessage(null);
                          setUndo({ step: 'confirming', importId: entry.id });
                          setFocusId(`undo-confirm-${entry.id}`);
                        }}
                        onCancel={() => {
                          setUndo({ step: 'idle' });
                          setFocusId(`undo-${entry.id}`);
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
      )}
    </>
  );
}
