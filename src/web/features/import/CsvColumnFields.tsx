import { SelectInput, TextField } from '../../ui/FormFields';
import {
  CSV_COLUMN_FIELDS,
  CSV_COLUMN_LABELS_SV,
  fieldId,
  REQUIRED_CSV_COLUMNS,
  type CsvForm,
  type FieldErrors,
} from './import-form';

const HEADERS_LIST_ID = 'import-csv-file-headers';

const DELIMITER_OPTIONS = [
  { value: '', label: 'Hitta från rubrikraden' },
  { value: ';', label: 'Semikolon (;)' },
  { value: ',', label: 'Komma (,)' },
  { value: '\t', label: 'Tabb' },
];

const DECIMAL_OPTIONS = [
  { value: '', label: 'Automatiskt' },
  { value: ',', label: 'Komma (,)' },
  { value: '.', label: 'Punkt (.)' },
];

const SIGN_OPTIONS = [
  { value: 'debit-positive', label: 'Bokföringens: debet positivt' },
  { value: 'result-sign', label: 'Resultatsign: intäkter positiva, kostnader negativa' },
];

const isDelimiter = (value: string): value is CsvForm['delimiter'] =>
  value === '' || value === ';' || value === ',' || value === '\t';
const isDecimal = (value: string): value is CsvForm['decimal'] =>
  value === '' || value === ',' || value === '.';
const isSign = (value: string): value is CsvForm['sign'] =>
  value === 'debit-positive' || value === 'result-sign';

const HINTS: Partial<Record<(typeof CSV_COLUMN_FIELDS)[number], string>> = {
  date: 'ÅÅÅÅ-MM-DD',
  period: 'ÅÅÅÅMM, om datum saknas',
};

/** Which of the CSV file's columns hold what, and how its numbers are written. */
export function CsvColumnFields({
  value,
  fileHeaders,
  errors,
  onChange,
}: {
  readonly value: CsvForm;
  /** The chosen file's header row, when it has been read. */
  readonly fileHeaders: readonly string[] | null;
  readonly errors: FieldErrors;
  readonly onChange: (value: CsvForm) => void;
}) {
  return (
    <fieldset className="form-group">
      <legend className="form-group__legend">Kolumner i CSV-filen</legend>
      <p className="form-group__hint">
        Skriv rubrikerna som de står på filens första rad. Konto, Ansvar och Belopp krävs, liksom
        Datum eller Period. Nämndkoll kommer ihåg kolumnerna till nästa import.
      </p>
      {fileHeaders ? (
        <>
          <p className="form-group__hint">
            Rubriker i filen: {fileHeaders.join(', ')}. Kolumner med kända namn är ifyllda;
            kontrollera dem.
          </p>
          <datalist id={HEADERS_LIST_ID}>
            {fileHeaders.map((header) => (
              <option key={header} value={header} />
            ))}
          </datalist>
        </>
      ) : null}
      <div className="form-grid">
        {CSV_COLUMN_FIELDS.map((field) => (
          <TextField
            key={field}
            id={fieldId(`csv.${field}`)}
            label={CSV_COLUMN_LABELS_SV[field]}
            hint={HINTS[field]}
            required={REQUIRED_CSV_COLUMNS.includes(field)}
            value={value.columns[field]}
            list={fileHeaders ? HEADERS_LIST_ID : undefined}
            error={errors[`csv.${field}`]}
            onChange={(text) => {
              onChange({ ...value, columns: { ...value.columns, [field]: text } });
            }}
          />
        ))}
      </div>
      <div className="form-grid">
        <SelectInput
          id={fieldId('csv.delimiter')}
          label="Avgränsare"
          value={value.delimiter}
          options={DELIMITER_OPTIONS}
          onChange={(delimiter) => {
            if (isDelimiter(delimiter)) onChange({ ...value, delimiter });
          }}
        />
        <SelectInput
          id={fieldId('csv.decimal')}
          label="Decimaltecken"
          value={value.decimal}
          options={DECIMAL_OPTIONS}
          onChange={(decimal) => {
            if (isDecimal(decimal)) onChange({ ...value, decimal });
          }}
        />
        <SelectInput
          id={fieldId('csv.sign')}
          label="Tecken på beloppen"
          value={value.sign}
          options={SIGN_OPTIONS}
          onChange={(sign) => {
            if (isSign(sign)) onChange({ ...value, sign });
          }}
        />
      </div>
    </fieldset>
  );
}
