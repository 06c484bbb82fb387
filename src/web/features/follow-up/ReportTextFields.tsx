import { useId } from 'react';
import { TextAreaField } from '../../ui/FormFields';
import { timeSv } from './follow-up-text';

/** Kommentar, Åtgärd or Kommentar till prognosen: a field to write in, marked when the
 * threshold requires it. */
export function ReportTextField({
  label,
  value,
  required,
  error,
  saved,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly required: boolean;
  readonly error: string | undefined;
  readonly saved: { readonly updatedBy: string | null; readonly updatedAt: string } | null;
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  const hint = [
    required ? 'Krävs för att lämna in.' : null,
    saved
      ? `Senast sparad ${timeSv(saved.updatedAt)}${saved.updatedBy ? ` av ${saved.updatedBy}` : ''}.`
      : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <TextAreaField
      id={id}
      label={label}
      required={required}
      hint={hint === '' ? undefined : hint}
      error={error}
      value={value}
      onChange={onChange}
    />
  );
}

/** A text as saved, when it cannot be changed. */
export function ReportTextShown({
  label,
  text,
}: {
  readonly label: string;
  readonly text: string;
}) {
  return (
    <div className="report-text">
      <h3 className="section__subtitle">{label}</h3>
      <p className="report-text__body">{text.trim() === '' ? 'Inget skrivet.' : text}</p>
    </div>
  );
}
