import { fieldId } from './import-form';

const FILE_ID = fieldId('file');

/** The ledger file: a labelled file input for SIE and CSV files, with its hint and error. */
export function FileField({
  inputKey,
  error,
  onChoose,
}: {
  /** Changes to empty the input (after an import). */
  readonly inputKey: number;
  readonly error: string | undefined;
  readonly onChoose: (file: File | null) => void;
}) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={FILE_ID}>
        Fil med bokföring
      </label>
      <span id={`${FILE_ID}-hint`} className="field__hint">
        SIE 4 (.se, .si, .sie) eller CSV (.csv, .txt), högst 2 GB.
      </span>
      {error ? (
        <span id={`${FILE_ID}-error`} className="field__error">
          <span className="visually-hidden">Fel: </span>
          {error}
        </span>
      ) : null}
      <input
        key={inputKey}
        id={FILE_ID}
        type="file"
        className="field__file"
        accept=".se,.si,.sie,.csv,.txt"
        aria-describedby={`${FILE_ID}-hint${error ? ` ${FILE_ID}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChoose(event.target.files?.[0] ?? null);
        }}
      />
    </div>
  );
}
