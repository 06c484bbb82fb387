import { z } from 'zod';
import { idSchema, oreSchema } from './common';

/**
 * What an import read in: the ledger (SIE or CSV, or the demo's), the HR system's export (sick
 * leave), the placement register, financial assistance, other volumes, the case system's access
 * log. Each has its own batches; the import history lists them all.
 */
export const IMPORT_KINDS = [
  'ledger',
  'hr',
  'placements',
  'assistance',
  'volumes',
  'access-log',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const importKindSchema = z.enum(IMPORT_KINDS);

/** The kinds other than the ledger whose latest import can be undone. */
export const REGISTER_IMPORT_KINDS = ['placements', 'assistance', 'volumes'] as const;
export type RegisterImportKind = (typeof REGISTER_IMPORT_KINDS)[number];

export const importListEntrySchema = z.object({
  kind: importKindSchema,
  id: idSchema,
  /** The ledger's source; the other kinds are read from CSV files. */
  source: z.enum(['demo', 'sie', 'csv']),
  fileName: z.string().nullable(),
  sha256: z.string().nullable(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  status: z.enum(['committed', 'undone']),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  /** The ledger's transactions; for the other kinds, their rows (as rowCount). */
  transactionCount: z.number().int(),
  /** The file's rows: transactions, employee months, placements, payments, values, log entries. */
  rowCount: z.number().int(),
  /** The ledger's months with their sums (empty for the other kinds: see periods). */
  months: z.array(
    z.object({
      period: z.number().int(),
      transactionCount: z.number().int(),
      /** Result sign. */
      amount: oreSchema,
      /** Whether this import is the month's actuals now. */
      actual: z.boolean(),
    }),
  ),
  /** The months (YYYYMM, ascending) the import holds, of every kind that has months. */
  periods: z.array(z.number().int()),
  /** Placements: the units (codes) whose register the import replaced. */
  unitCodes: z.array(z.string()),
  /** Volumes: the measures the file holds. */
  measures: z.array(z.string()),
  /** Placements: the first and last date; the access log: the first and last entry (ISO). */
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  /**
   * Whether it can be undone now: the ledger, the latest import of one of its months; HR,
   * placements, assistance and volumes, the latest committed import of its kind; the access
   * log, never.
   */
  undoable: z.boolean(),
});
export type ImportListEntry = z.infer<typeof importListEntrySchema>;

const KIND_NAMES_SV: Readonly<Record<Exclude<ImportKind, 'ledger'>, string>> = {
  hr: 'Sjukfrånvaro (HR)',
  placements: 'Placeringar',
  assistance: 'Ekonomiskt bistånd',
  volumes: 'Volymer',
  'access-log': 'Åtkomstlogg',
};

const LEDGER_NAMES_SV: Readonly<Record<ImportListEntry['source'], string>> = {
  demo: 'Huvudbok (demodata)',
  sie: 'Huvudbok SIE',
  csv: 'Huvudbok CSV',
};

/** What an import read in, in Swedish: "Huvudbok SIE", "Sjukfrånvaro (HR)", "Placeringar" … */
export function importKindNameSv(entry: Pick<ImportListEntry, 'kind' | 'source'>): string {
  return entry.kind === 'ledger' ? LEDGER_NAMES_SV[entry.source] : KIND_NAMES_SV[entry.kind];
}

/** The kinds as a filter offers them, in Swedish. */
export const IMPORT_KIND_CHOICES_SV: readonly {
  readonly kind: ImportKind;
  readonly name: string;
}[] = [
  { kind: 'ledger', name: 'Huvudbok' },
  ...IMPORT_KINDS.filter((kind) => kind !== 'ledger').map((kind) => ({
    kind,
    name: KIND_NAMES_SV[kind],
  })),
];
