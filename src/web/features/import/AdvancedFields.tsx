import { useRef } from 'react';
import { CheckboxField, SelectInput, TextField } from '../../ui/FormFields';
import type { SelectOption } from '../../ui/SelectField';
import { FileField } from './FileField';
import { readTextFile } from './read-text-file';
import {
  fieldId,
  type EncodingChoice,
  type FieldErrors,
  type ImportForm,
  type UnitMappingRow,
} from './import-form';

const ENCODING_OPTIONS: readonly { value: EncodingChoice; label: string }[] = [
  { value: 'auto', label: 'Automatisk' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'cp437', label: 'IBM PC 8-bit (CP437)' },
  { value: 'windows-1252', label: 'Windows-1252' },
];

const isEncoding = (value: string): value is EncodingChoice =>
  ENCODING_OPTIONS.some((option) => option.value === value);

export interface AdvancedFieldsProps {
  readonly form: ImportForm;
  /** The municipality's units ("8112 Utredning barn"); null for a new municipality. */
  readonly units: readonly SelectOption[] | null;
  readonly errors: FieldErrors;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly onChange: (change: Partial<ImportForm>) => void;
  /** Moves focus to a field once it is shown (a mapping row just added). */
  readonly onFocus: (id: string) => void;
  /** Changes to empty the file inputs (after an import). */
  readonly fileInputKey: number;
}

/** Rows mapping a unit code in the file to one of the municipality's units. */
function UnitMappings({
  rows,
  units,
  errors,
  onChange,
}: {
  readonly rows: readonly UnitMappingRow[];
  readonly units: readonly SelectOption[];
  readonly errors: FieldErrors;
  readonly onChange: (rows: readonly UnitMappingRow[], focusId?: string) => void;
}) {
  const nextId = useRef(rows.reduce((max, row) => Math.max(max, row.id), 0) + 1);
  const unitOptions = [{ value: '', label: 'Välj enhet' }, ...units];
  const change = (id: number, patch: Partial<UnitMappingRow>): void => {
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  };
  return (
    <fieldset className="form-group form-group--nested">
      <legend className="form-group__legend">Kopplingar från kod i filen till enhet</legend>
      <p className="form-group__hint">
        För ansvar som har en annan kod i filen än enheten i Nämndkoll. Kopplingarna sparas till
        nästa import.
      </p>
      {rows.length > 0 ? (
        <ul className="mapping-list">
          {rows.map((row, index) => {
            const number = String(index + 1);
            return (
              <li key={row.id} className="mapping-list__row">
                <TextField
                  id={fieldId(`mapping.${String(row.id)}.fileCode`)}
                  label={`Kod i filen, koppling ${number}`}
                  size="medium"
                  value={row.fileCode}
                  error={errors[`mapping.${String(row.id)}.fileCode`]}
                  onChange={(fileCode) => {
                    change(row.id, { fileCode });
                  }}
                />
                <SelectInput
                  id={fieldId(`mapping.${String(row.id)}.unitCode`)}
                  label={`Enhet, koppling ${number}`}
                  value={row.unitCode}
                  options={unitOptions}
                  error={errors[`mapping.${String(row.id)}.unitCode`]}
                  onChange={(unitCode) => {
                    change(row.id, { unitCode });
                  }}
                />
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    onChange(
                      rows.filter((other) => other.id !== row.id),
                      fieldId('mapping-add'),
                    );
                  }}
                >
                  Ta bort<span className="visually-hidden"> koppling {number}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <button
        id={fieldId('mapping-add')}
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          const id = nextId.current;
          nextId.current += 1;
          onChange(
            [...rows, { id, fileCode: '', unitCode: '' }],
            fieldId(`mapping.${String(id)}.fileCode`),
          );
        }}
      >
        Lägg till koppling
      </button>
    </fieldset>
  );
}

/**
 * Teckenkodning, SIE-dimension, enhet för transaktioner utan ansvar, nya enheter och
 * kopplingar: what most files need none of, behind "Avancerat".
 */
export function AdvancedFields({
  form,
  units,
  errors,
  open,
  onToggle,
  onChange,
  onFocus,
  fileInputKey,
}: AdvancedFieldsProps) {
  /** The latest account map chosen, so a slow read of an earlier one is not used. */
  const latestMap = useRef<File | null>(null);
  return (
    <details
      className="disclosure"
      open={open}
      onToggle={(event) => {
        onToggle(event.currentTarget.open);
      }}
    >
      <summary className="disclosure__summary">Avancerat</summary>
      <div className="disclosure__body">
        <div className="form-grid">
          <SelectInput
            id={fieldId('encoding')}
            label="Teckenkodning"
            hint="Automatisk läser av filen och SIE-filens #FORMAT."
            value={form.encoding}
            options={ENCODING_OPTIONS}
            onChange={(encoding) => {
              if (isEncoding(encoding)) onChange({ encoding });
            }}
          />
          {form.format === 'sie' ? (
            <TextField
              id={fieldId('unitDimension')}
              label="SIE-dimension för ansvar"
              hint="Dimensionen i #OBJEKT som håller ansvaren, oftast 1."
              size="short"
              inputMode="numeric"
              maxLength={2}
              value={form.unitDimension}
              error={errors.unitDimension}
              onChange={(unitDimension) => {
                onChange({ unitDimension });
              }}
            />
          ) : null}
          {units ? (
            <SelectInput
              id={fieldId('defaultUnitCode')}
              label="Enhet för transaktioner utan ansvar"
              value={form.defaultUnitCode}
              options={[{ value: '', label: 'Ingen: de är ett problem i filen' }, ...units]}
              onChange={(defaultUnitCode) => {
                onChange({ defaultUnitCode });
              }}
            />
          ) : (
            <TextField
              id={fieldId('defaultUnitCode')}
              label="Enhet för transaktioner utan ansvar"
              hint="En kod; enheten skapas med kommunen."
              size="medium"
              value={form.defaultUnitCode}
              onChange={(defaultUnitCode) => {
                onChange({ defaultUnitCode });
              }}
            />
          )}
        </div>
        <CheckboxField
          id={fieldId('createUnits')}
          label="Skapa enheter för okända ansvar"
          hint="Ansvar i filen som inte är någon enhet blir nya enheter under nämnden. Annars stoppar de importen."
          checked={form.createUnits}
          onChange={(createUnits) => {
            onChange({ createUnits });
          }}
        />
        <FileField
          field="accountMap"
          label="Kontogruppering (valfri)"
          hint={
            <>
              CSV med intervall och kontogrupp per rad, t.ex. 5000;5999;Personalkostnader. Ersätter
              kommunens kontogruppering. Utan fil gäller den nuvarande; en ny kommun får Kommun-Bas.
            </>
          }
          accept=".csv,.txt"
          inputKey={fileInputKey}
          error={errors.accountMap}
          onChoose={(file) => {
            latestMap.current = file;
            if (!file) {
              onChange({ accountMap: null });
              return;
            }
            void readTextFile(file).then((text) => {
              if (latestMap.current === file)
                onChange({ accountMap: { fileName: file.name, text } });
            });
          }}
        />
        {units ? (
          <UnitMappings
            rows={form.unitMappings}
            units={units}
            errors={errors}
            onChange={(unitMappings, focusId) => {
              onChange({ unitMappings });
              if (focusId) onFocus(focusId);
            }}
          />
        ) : null}
      </div>
    </details>
  );
}
