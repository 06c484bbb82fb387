import type { ImportListEntry } from '#contract/import-history';
import { entryKey, importNameSv } from './history-kinds';
import { dateTimeSv } from './import-text';

/**
 * Where undoing stands: nothing asked, one import waiting for confirmation, or being undone
 * (importId: the entry's key, its kind and id).
 */
export type UndoStep =
  | { readonly step: 'idle' }
  | { readonly step: 'confirming'; readonly importId: string }
  | { readonly step: 'undoing'; readonly importId: string };

/** Ångra, which turns into Bekräfta ångra and Avbryt: no import is undone by one slip. */
export function UndoButtons({
  entry,
  undo,
  onStart,
  onCancel,
  onConfirm,
}: {
  readonly entry: ImportListEntry;
  readonly undo: UndoStep;
  readonly onStart: () => void;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}) {
  const what = (
    <span className="visually-hidden">
      {' '}
      importen {importNameSv(entry)} från {dateTimeSv(entry.importedAt)}
    </span>
  );
  const key = entryKey(entry);
  const mine = undo.step !== 'idle' && undo.importId === key;
  if (!mine) {
    return (
      <button
        id={`undo-${key}`}
        type="button"
        className="button button--secondary button--small"
        disabled={undo.step === 'undoing'}
        onClick={onStart}
      >
        Ångra{what}
      </button>
    );
  }
  return (
    <div className="undo-confirm" role="group" aria-label="Bekräfta att importen ska ångras">
      <button
        id={`undo-confirm-${key}`}
        type="button"
        className="button button--danger button--small"
        disabled={undo.step === 'undoing'}
        onClick={onConfirm}
      >
        {undo.step === 'undoing' ? 'Ångrar …' : 'Bekräfta ångra'}
        {what}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={undo.step === 'undoing'}
        onClick={onCancel}
      >
        Avbryt
      </button>
    </div>
  );
}
