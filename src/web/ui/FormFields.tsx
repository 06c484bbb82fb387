import type { ReactNode } from 'react';
import type { SelectOption } from './SelectField';

/** What every form field has: a visible label, maybe a hint, maybe an error to put right. */
export interface FieldProps {
  /** The control's id; the hint and the error get ids derived from it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly className?: string;
}

/** The hint and the error under a label, and the aria attributes that tie them to the control. */
function fieldDescription({ id, hint, error }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const messages = (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Fel: </span>
          {error}
        </span>
      ) : null}
    </>
  );
  return {
    messages,
    aria: { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined },
  };
}

const fieldClass = (className: string | undefined, error: string | undefined): string =>
  ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');

/** A field's frame: the label above, the hint and the error, then the control. */
function FieldFrame(props: FieldProps & { readonly children: ReactNode }) {
  const { messages } = fieldDescription(props);
  return (
    <div className={fieldClass(props.className, props.error)}>
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      {messages}
      {props.children}
    </div>
  );
}

/** A one-line text input with its label above. */
export function TextField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly required?: boolean;
    readonly inputMode?: 'text' | 'numeric';
    readonly maxLength?: number;
    readonly autoComplete?: string;
    readonly size?: 'short' | 'medium';
    /** The id of a datalist whose values are offered as the user types. */
    readonly list?: string | undefined;
    readonly type?: 'text' | 'password';
  },
) {
  const { id, value, onChange, required, inputMode, maxLength } = props;
  const { aria } = fieldDescription(props);
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        className={props.size ? `field__input field__input--${props.size}` : 'field__input'}
        type={props.type ?? 'text'}
        value={value}
        inputMode={inputMode}
        maxLength={maxLength}
        list={props.list}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        aria-required={required ? true : undefined}
        {...aria}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </FieldFrame>
  );
}

/** A text of several lines (paragraphs parted by a blank line) with its label above. */
export function TextAreaField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly rows?: number;
    readonly maxLength?: number;
    /** Marks the label "(krävs)" and the control as required. */
    readonly required?: boolean;
  },
) {
  const { id, value, onChange, required, maxLength } = props;
  const { aria } = fieldDescription(props);
  const label = required ? (
    <>
      {props.label}
      <span className="required-mark"> (krävs)</span>
    </>
  ) : (
    props.label
  );
  return (
    <FieldFrame {...props} label={label}>
      <textarea
        id={id}
        className="field__input field__textarea"
        rows={props.rows ?? 5}
        maxLength={maxLength}
        value={value}
        aria-required={required ? true : undefined}
        {...aria}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </FieldFrame>
  );
}

/** A select with its label above, a hint and an error. */
export function SelectInput(
  props: FieldProps & {
    readonly value: string;
    readonly options: readonly SelectOption[];
    readonly onChange: (value: string) => void;
  },
) {
  const { id, value, options, onChange } = props;
  const { aria } = fieldDescription(props);
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        className="field__select"
        value={value}
        {...aria}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: ReactNode;
}

/** Radio buttons in a fieldset whose legend is the question. */
export function RadioGroup<T extends string>({
  name,
  legend,
  hint,
  value,
  options,
  onChange,
}: {
  readonly name: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly value: T;
  readonly options: readonly RadioOption<T>[];
  readonly onChange: (value: T) => void;
}) {
  const hintId = `${name}-hint`;
  return (
    <fieldset className="choice-group" aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span className="choice__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A checkbox with its label beside it and a hint below. */
export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <div className="choice choice--with-hint">
      <input
        id={id}
        type="checkbox"
        className="choice__input"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <span className="choice__text">
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <span id={`${id}-hint`} className="field__hint">
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}

/** A form that validates itself (noValidate), marks itself busy while it is sent, and runs onSubmit without a page load. */
export function SubmitForm({
  className,
  busy,
  onSubmit,
  children,
}: {
  readonly className: string;
  readonly busy: boolean;
  readonly onSubmit: () => Promise<void>;
  readonly children: ReactNode;
}) {
  return (
    <form
      className={className}
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
