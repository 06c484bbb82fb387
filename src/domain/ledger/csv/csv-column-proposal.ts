import { guessDelimiter, splitCsvRecord, type CsvMappingField } from './ledger-csv';

/**
 * The header names that financial systems' ledger exports use for each field, most specific
 * first, compared without case, spaces, dots, dashes and underscores (Raindance, Unit4, Visma
 * and Excel lists seen at Swedish municipalities).
 */
const KNOWN_HEADERS: Readonly<Record<CsvMappingField, readonly string[]>> = {
  date: [
    'bokföringsdatum',
    'bokfdatum',
    'verifikationsdatum',
    'transaktionsdatum',
    'datum',
    'date',
  ],
  period: ['period', 'bokföringsperiod', 'redovisningsperiod'],
  account: ['konto', 'kontonummer', 'kontonr', 'kontokod', 'account'],
  unit: ['ansvar', 'ansvarskod', 'ansvarsområde', 'ansvarsenhet', 'enhet', 'kostnadsställe', 'kst'],
  amount: ['belopp', 'beloppsek', 'beloppkr', 'summa', 'amount'],
  text: ['text', 'verifikationstext', 'transaktionstext', 'beskrivning', 'fritext'],
  verification: ['verifikation', 'verifikationsnummer', 'verifikationsnr', 'vernr', 'verifikat'],
  activity: ['aktivitet', 'verksamhet', 'verksamhetskod'],
  project: ['projekt', 'projektkod', 'projektnummer'],
  accountName: ['kontonamn', 'kontobenämning', 'kontotext', 'benämning'],
};

const normalise = (name: string): string =>
  name.toLocaleLowerCase('sv-SE').replace(/[\s._-]+/g, '');

export interface CsvHeaderProposal {
  readonly delimiter: ';' | ',' | '\t';
  /** The header row's names as written (a byte order mark and surrounding spaces removed). */
  readonly headers: readonly string[];
  /** For each field a header is found for: that header, as written. Each header used once. */
  readonly columns: Readonly<Partial<Record<CsvMappingField, string>>>;
}

/**
 * A proposal of which column holds what, from a CSV file's header row, so the user confirms
 * rather than types. Fields with no recognisable header are left out.
 */
export function proposeCsvColumns(headerRow: string): CsvHeaderProposal {
  const row = headerRow.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(row);
  const headers = splitCsvRecord(row, delimiter)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const byName = new Map<string, string>();
  for (const header of headers) {
    const key = normalise(header);
    if (!byName.has(key)) byName.set(key, header);
  }
  const used = new Set<string>();
  const columns: Partial<Record<CsvMappingField, string>> = {};
  for (const [field, names] of Object.entries(KNOWN_HEADERS) as [
    CsvMappingField,
    readonly string[],
  ][]) {
    const header = names.map((name) => byName.get(name)).find((found) => found !== undefined);
    if (header !== undefined && !used.has(header)) {
      columns[field] = header;
      used.add(header);
    }
  }
  return { delimiter, headers, columns };
}
