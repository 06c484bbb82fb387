/**
 * A table cell to type a whole number in, as the budget grid's: right-aligned, marked and
 * announced as invalid when what is typed is not a number. Named by its label, or by the
 * id a label elsewhere points to.
 */
export function AmountInputCell({
  value,
  invalid,
  label,
  id,
  onChange,
}: {
  readonly value: string;
  readonly invalid: boolean;
  readonly label?: string;
  readonly id?: string;
  readonly onChange: (text: string) => void;
}) {
  return (
    <td className="budget-grid__cell">
      <input
        id={id}
        className={
          invalid ? 'budget-grid__input budget-grid__input--invalid' : 'budget-grid__input'
        }
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid ? true : undefined}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </td>
  );
}
