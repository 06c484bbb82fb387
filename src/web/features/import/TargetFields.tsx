import { useUser } from '../../app/session-context';
import { RadioGroup, TextField } from '../../ui/FormFields';
import {
  fieldId,
  type FieldErrors,
  type ImportForm,
  type NewMunicipalityForm,
} from './import-form';

export interface TargetFieldsProps {
  /** The municipality chosen in the header; null when there is none yet. */
  readonly municipalityName: string | null;
  readonly form: ImportForm;
  readonly errors: FieldErrors;
  readonly onChange: (change: Partial<ImportForm>) => void;
}

/** Kommunkod, namn, nämndens kod och namn: what a new municipality is made with. */
function NewMunicipalityFields({
  value,
  errors,
  onChange,
}: {
  readonly value: NewMunicipalityForm;
  readonly errors: FieldErrors;
  readonly onChange: (value: NewMunicipalityForm) => void;
}) {
  const set = (change: Partial<NewMunicipalityForm>): void => {
    onChange({ ...value, ...change });
  };
  return (
    <fieldset className="form-group">
      <legend className="form-group__legend">Ny kommun från första filen</legend>
      <p className="form-group__hint">
        Filen skapar kommunen och nämnden. Enheterna hämtas från filens ansvar och kontona från dess
        kontoplan.
      </p>
      <div className="form-grid">
        <TextField
          id={fieldId('code')}
          label="Kommunkod"
          hint="Fyra siffror"
          size="short"
          inputMode="numeric"
          maxLength={4}
          required
          value={value.code}
          error={errors.code}
          onChange={(code) => {
            set({ code });
          }}
        />
        <TextField
          id={fieldId('name')}
          label="Kommunens namn"
          required
          value={value.name}
          error={errors.name}
          onChange={(name) => {
            set({ name });
          }}
        />
        <TextField
          id={fieldId('boardCode')}
          label="Nämndens kod"
          size="short"
          maxLength={20}
          required
          value={value.boardCode}
          error={errors.boardCode}
          onChange={(boardCode) => {
            set({ boardCode });
          }}
        />
        <TextField
          id={fieldId('boardName')}
          label="Nämndens namn"
          required
          value={value.boardName}
          error={errors.boardName}
          onChange={(boardName) => {
            set({ boardName });
          }}
        />
      </div>
    </fieldset>
  );
}

/** Which municipality the file is for: the chosen one, or a new one made from the file. */
export function TargetFields({ municipalityName, form, errors, onChange }: TargetFieldsProps) {
  // Setting up a municipality is the installation admin's.
  const canCreateMunicipality = useUser().installationAdmin;
  const newFields = (
    <NewMunicipalityFields
      value={form.newMunicipality}
      errors={errors}
      onChange={(newMunicipality) => {
        onChange({ newMunicipality });
      }}
    />
  );
  if (municipalityName === null) return newFields;
  if (!canCreateMunicipality) return null;
  return (
    <>
      <RadioGroup
        name={fieldId('target')}
        legend="Läs in till"
        value={form.target}
        options={[
          { value: 'existing', label: municipalityName },
          { value: 'new', label: 'Ny kommun från första filen' },
        ]}
        onChange={(target) => {
          onChange({ target });
        }}
      />
      {form.target === 'new' ? newFields : null}
    </>
  );
}
