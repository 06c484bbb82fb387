import type { z } from 'zod';
import {
  MAX_ACCOUNT_MAP_CHARACTERS,
  type getImportSettings,
  type importJobRequestSchema,
  type TEXT_ENCODING_CHOICES,
} from '#contract/imports';
import {
  CSV_MAPPING_FIELDS,
  isCsvColumnMapping,
  type CsvColumnMapping,
  type CsvMappingField,
} from '#domain/ledger/csv/ledger-csv';
import type { CsvHeaderProposal } from '#domain/ledger/csv/csv-column-proposal';

export type ImportSettings = z.output<typeof getImportSettings.response>;
/** A job request without the upload and without saying whether it is a check. */
export type JobOptions = Omit<z.input<typeof importJobRequestSchema>, 'uploadId' | 'dryRun'>;
export type EncodingChoice = (typeof TEXT_ENCODING_CHOICES)[number];
export type LedgerFormat = 'sie' | 'csv';
export type TargetKind = 'existing' | 'new';

/** The CSV columns the user names by their header, in the order the form shows them. */
export const CSV_COLUMN_FIELDS = CSV_MAPPING_FIELDS;
export type CsvColumnField = CsvMappingField;

export const CSV_COLUMN_LABELS_SV: Readonly<Record<CsvColumnField, string>> = {
  date: 'Datum',
  period: 'Period',
  account: 'Konto',
  unit: 'Ansvar',
  amount: 'Belopp',
  text: 'Text',
  verification: 'Verifikation',
  activity: 'Aktivitet',
  project: 'Projekt',
  accountName: 'Kontonamn',
};

/** Besides these, a date or a period column is needed. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumnField[] = ['account', 'unit', 'amount'];

export interface CsvForm {
  readonly columns: Readonly<Record<CsvColumnField, string>>;
  /** '' : found from the header line. */
  readonly delimiter: '' | ';' | ',' | '\t';
  /** '' : a comma with semicolons, else a point. */
  readonly decimal: '' | ',' | '.';
  readonly sign: 'debit-positive' | 'result-sign';
}

export interface UnitMappingRow {
  /** Stable within the form, for keys and field ids. */
  readonly id: number;
  readonly fileCode: string;
  readonly unitCode: string;
}

export interface NewMunicipalityForm {
  readonly code: string;
  readonly name: string;
  readonly boardCode: string;
  readonly boardName: string;
}

/** Everything the import form holds except the file. */
export interface ImportForm {
  readonly target: TargetKind;
  readonly newMunicipality: NewMunicipalityForm;
  readonly format: LedgerFormat;
  readonly encoding: EncodingChoice;
  readonly unitDimension: string;
  /** '' : none. */
  readonly defaultUnitCode: string;
  readonly createUnits: boolean;
  readonly unitMappings: readonly UnitMappingRow[];
  readonly csv: CsvForm;
  /** An account map file the user chose, read as text; null: the municipality's mapping. */
  readonly accountMap: { readonly fileName: string; readonly text: string } | null;
}

const EMPTY_COLUMNS = Object.fromEntries(CSV_COLUMN_FIELDS.map((field) => [field, ''])) as Record<
  CsvColumnField,
  string
>;

/** The form as the municipality's remembered settings fill it (null: a new municipality). */
export function initialImportForm(settings: ImportSettings | null): ImportForm {
  const remembered: unknown = settings?.csvColumns;
  const csv: CsvColumnMapping | null = isCsvColumnMapping(remembered) ? remembered : null;
  const columns = { ...EMPTY_COLUMNS };
  if (csv) for (const field of CSV_COLUMN_FIELDS) columns[field] = csv[field] ?? '';
  return {
    target: settings ? 'existing' : 'new',
    newMunicipality: { code: '', name: '', boardCode: 'SN', boardName: 'Socialnämnden' },
    format: 'sie',
    encoding: 'auto',
    unitDimension: String(settings?.unitDimension ?? 1),
    defaultUnitCode: settings?.defaultUnitCode ?? '',
    createUnits: false,
    unitMappings: [],
    accountMap: null,
    csv: {
      columns,
      delimiter: csv?.delimiter ?? '',
      decimal: csv?.decimal ?? '',
      sign: csv?.sign ?? 'debit-positive',
    },
  };
}

/** SIE or CSV from the file's extension; null when the extension says neither. */
export function guessFormat(fileName: string): LedgerFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  if (extension === 'se' || extension === 'si' || extension === 'sie') return 'sie';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  return null;
}

/** The ids of the form's fields, so an error can lead to its field. */
export const fieldId = (key: string): string => `import-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** What must be put right before the file can be sent: field key -> Swedish message. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The fields in the order the form shows them, so the first error is the first on screen. */
export function validateImportForm(form: ImportForm, file: File | null): FieldErrors {
  const errors: Record<string, string> = {};
  if (form.target === 'new') {
    const { code, name, boardCode, boardName } = form.newMunicipality;
    if (!/^\d{4}$/.test(code.trim()))
      errors.code = 'Ange kommunkoden med fyra siffror, t.ex. 1489.';
    if (name.trim() === '') errors.name = 'Ange kommunens namn.';
    if (boardCode.trim() === '') errors.boardCode = 'Ange nämndens kod.';
    if (boardName.trim() === '') errors.boardName = 'Ange nämndens namn.';
  }
  if (!file) errors.file = 'Välj filen som ska läsas in.';
  if (form.format === 'csv') {
    const { columns } = form.csv;
    if (columns.date.trim() === '' && columns.period.trim() === '') {
      errors['csv.date'] = 'Ange kolumnen för datum eller den för period.';
    }
    for (const field of REQUIRED_CSV_COLUMNS) {
      if (columns[field].trim() === '') {
        errors[`csv.${field}`] =
          `Ange rubriken på kolumnen för ${CSV_COLUMN_LABELS_SV[field].toLowerCase()}.`;
      }
    }
  }
  if (form.format === 'sie') {
    const dimension = form.unitDimension.trim();
    if (dimension !== '' && !/^\d{1,2}$/.test(dimension)) {
      errors.unitDimension = 'Ange dimensionen som ett tal mellan 1 och 99.';
    } else if (dimension === '0') errors.unitDimension = 'Dimensionen är minst 1.';
  }
  if (form.accountMap) {
    if (form.accountMap.text.trim() === '') errors.accountMap = 'Filen med kontogruppering är tom.';
    else if (form.accountMap.text.length > MAX_ACCOUNT_MAP_CHARACTERS)
      errors.accountMap = 'Filen med kontogruppering är för stor för att vara en kontogruppering.';
  }
  for (const row of form.target === 'new' ? [] : form.unitMappings) {
    const fileCode = row.fileCode.trim();
    if (fileCode === '' && row.unitCode === '') continue;
    if (fileCode === '') errors[`mapping.${String(row.id)}.fileCode`] = 'Ange koden i filen.';
    if (row.unitCode === '') errors[`mapping.${String(row.id)}.unitCode`] = 'Välj en enhet.';
  }
  return errors;
}

function csvColumns(csv: CsvForm): CsvColumnMapping {
  const named = (field: CsvColumnField): string | undefined => {
    const value = csv.columns[field].trim();
    return value === '' ? undefined : value;
  };
  return {
    date: named('date'),
    period: named('period'),
    account: csv.columns.account.trim(),
    unit: csv.columns.unit.trim(),
    amount: csv.columns.amount.trim(),
    text: named('text'),
    verification: named('verification'),
    activity: named('activity'),
    project: named('project'),
    accountName: named('accountName'),
    delimiter: csv.delimiter === '' ? undefined : csv.delimiter,
    decimal: csv.decimal === '' ? undefined : csv.decimal,
    sign: csv.sign,
  };
}

/** The job request for a valid form (see validateImportForm). */
export function jobOptions(form: ImportForm, municipalityId: string | null): JobOptions {
  const { code, name, boardCode, boardName } = form.newMunicipality;
  const target: JobOptions['target'] =
    form.target === 'new' || municipalityId === null
      ? {
          kind: 'new',
          code: code.trim(),
          name: name.trim(),
          boardCode: boardCode.trim(),
          boardName: boardName.trim(),
        }
      : { kind: 'existing', municipalityId };
  const dimension = form.unitDimension.trim();
  const defaultUnitCode = form.defaultUnitCode.trim();
  return {
    format: form.format,
    target,
    encoding: form.encoding,
    ...(form.format === 'sie' && dimension !== '' ? { unitDimension: Number(dimension) } : {}),
    createUnits: form.createUnits,
    ...(defaultUnitCode === '' ? {} : { defaultUnitCode }),
    // Codes are mapped to units that exist: a new municipality has none yet.
    unitMappings:
      target.kind === 'new'
        ? []
        : form.unitMappings
            .filter((row) => row.fileCode.trim() !== '' && row.unitCode !== '')
            .map((row) => ({ fileCode: row.fileCode.trim(), unitCode: row.unitCode })),
    ...(form.format === 'csv' ? { csvColumns: csvColumns(form.csv) } : {}),
    ...(form.accountMap ? { accountMap: form.accountMap } : {}),
  };
}

/**
 * The columns with the file's header row taken into account: a field that is empty, or names
 * a header the file does not have, gets the proposed header (when there is one). A remembered
 * column the file has is kept.
 */
export function withProposedColumns(csv: CsvForm, proposal: CsvHeaderProposal): CsvForm {
  const present = new Set(proposal.headers.map((header) => header.toLocaleLowerCase('sv-SE')));
  const columns = { ...csv.columns };
  for (const field of CSV_COLUMN_FIELDS) {
    const current = columns[field].trim();
    const proposed = proposal.columns[field];
    if (current !== '' && present.has(current.toLocaleLowerCase('sv-SE'))) continue;
    if (proposed !== undefined) columns[field] = proposed;
    else if (current !== '') columns[field] = '';
  }
  return { ...csv, columns };
}
