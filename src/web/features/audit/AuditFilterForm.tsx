import { useRef, useState } from 'react';
import {
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  auditActionNameSv,
  auditObjectTypeNameSv,
} from '#domain/access/audit-actions';
import { SelectInput, SubmitForm, TextField } from '../../ui/FormFields';
import type { SelectOption } from '../../ui/SelectField';
import { EMPTY_SEARCH, isFiltered, type AuditSearch } from './audit-params';

const ACTION_OPTIONS: readonly SelectOption[] = [
  { value: '', label: 'Alla händelser' },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionNameSv(action) })),
];

const OBJECT_TYPE_OPTIONS: readonly SelectOption[] = [
  { value: '', label: 'Alla typer' },
  ...AUDIT_OBJECT_TYPES,
];

/** The options, and the chosen value too when it is not one of them (from a link). */
function withValue(
  options: readonly SelectOption[],
  value: string,
  label: (value: string) => string,
): readonly SelectOption[] {
  return options.some((option) => option.value === value)
    ? options
    : [...options, { value, label: label(value) }];
}

/** A date with a calendar to pick it from; its value is always YYYY-MM-DD or empty. */
function DateField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (value: string) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <span id={errorId} className="field__error">
          <span className="visually-hidden">Fel: </span>
          {error}
        </span>
      ) : null}
      <input
        id={id}
        type="date"
        className="field__input field__input--medium"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

export const TO_FIELD_ID = 'audit-to';

/**
 * The search: user, period, object and action. Nothing is searched until Sök; the search then
 * goes into the address (the page reads it from there).
 */
export function AuditFilterForm({
  search,
  onSearch,
}: {
  readonly search: AuditSearch;
  readonly onSearch: (search: AuditSearch) => void;
}) {
  const [draft, setDraft] = useState<AuditSearch>(search);
  const [toError, setToError] = useState<string | undefined>(undefined);
  const toInput = useRef<HTMLDivElement>(null);
  const set = (field: keyof AuditSearch) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
  };

  const submit = (): Promise<void> => {
    if (draft.from !== '' && draft.to !== '' && draft.to < draft.from) {
      setToError('Till är före Från. Välj en period som slutar efter att den börjar.');
      toInput.current?.querySelector('input')?.focus();
      return Promise.resolve();
    }
    setToError(undefined);
    onSearch(draft);
    return Promise.resolve();
  };

  return (
    <SubmitForm className="audit-filters" busy={false} onSubmit={submit}>
      <div className="audit-filters__fields">
        <TextField
          id="audit-user"
          label="Användare"
          hint="Användarnamnet, t.ex. controller"
          value={draft.user}
          maxLength={100}
          size="medium"
          onChange={set('user')}
        />
        <DateField id="audit-from" label="Från" value={draft.from} onChange={set('from')} />
        <div ref={toInput}>
          <DateField
            id={TO_FIELD_ID}
            label="Till"
            value={draft.to}
            error={toError}
            onChange={set('to')}
          />
        </div>
        <SelectInput
          id="audit-action"
          label="Händelse"
          value={draft.action}
          options={withValue(ACTION_OPTIONS, draft.action, auditActionNameSv)}
          onChange={set('action')}
        />
      </div>
      <fieldset className="form-group audit-filters__object">
        <legend className="form-group__legend">Objekt</legend>
        <div className="audit-filters__fields">
          <SelectInput
            id="audit-object-type"
            label="Typ"
            value={draft.objectType}
            options={withValue(OBJECT_TYPE_OPTIONS, draft.objectType, auditObjectTypeNameSv)}
            onChange={set('objectType')}
          />
          <TextField
            id="audit-object-id"
            label="Id"
            hint="Objektets id, t.ex. importens"
            value={draft.objectId}
            maxLength={100}
            onChange={set('objectId')}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Sök
        </button>
        {isFiltered(search) || isFiltered(draft) ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft(EMPTY_SEARCH);
              setToError(undefined);
              onSearch(EMPTY_SEARCH);
            }}
          >
            Rensa sökningen
          </button>
        ) : null}
      </div>
    </SubmitForm>
  );
}
