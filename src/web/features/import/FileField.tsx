import type { ReactNode } from 'react';
import { fieldId } from './import-form';

/** A labelled file input with its hint and error. */
export function FileField({
  field,
  label,
  hint,
  accept,
  inputKey,
  error,
  onChoose,
}: {
  /** The form's key for the field: its id is fieldId(field). */
  readonly field: string;
  readonly label: string;
  readonly hint: ReactNode;
  readonly accept: string;
  /** Changes to empty the input (after an import). */
  readonly inputKey: number;
  readonly error: string | undefined;
  readonly onChoose: (file: File | null) => void;
}) {
  const id = fieldId(field);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      {error ? (
        <span id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Fel: </span>
          {error}
        </span>
      ) : null}
      <input
        key={inputKey}
        id={id}
        type="file"
        className="field__file"
        accept={accept}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChoose(event.target.files?.[0] ?? null);
        }}
      />
    </div>
  );
}
