import { useId } from 'react';
import { SelectInput } from './FormFields';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly className?: string;
}

/** A select with a visible label and an id of its own (outside forms: the header, the period). */
export function SelectField(props: SelectFieldProps) {
  return <SelectInput id={useId()} {...props} />;
}
