import { importKindNameSv, type ImportKind, type ImportListEntry } from '#contract/import-history';
import { undoHrImportBatch, undoImportBatch, undoRegisterImportBatch } from '#contract/imports';
import { swedishDateTimeMinutes } from '#contract/swedish-time';
import type { Permission } from '#domain/access/roles';
import { apiPost } from '../../api/client';
import { periodsLongSv, periodsShortSv } from './import-text';

/** What the import history says of imports of every kind: names, what they cover, undo. */

/** An entry's key in the list: ids are unique within a kind only. */
export const entryKey = (entry: Pick<ImportListEntry, 'kind' | 'id'>): string =>
  `${entry.kind}-${entry.id}`;

/** The permission that imports (and undoes) a kind. */
export function undoPermission(kind: ImportKind): Permission {
  return kind === 'hr' ? 'personnel:import' : 'ledger:import';
}

/** What an import of another kind than the ledger covers: months, measures, units or dates. */
export function coversSv(entry: ImportListEntry): string {
  const parts = [
    entry.periods.length > 0 ? periodsShortSv(entry.periods) : '',
    entry.measures.length > 0 ? entry.measures.join(', ') : '',
    entry.unitCodes.length > 0
      ? `${entry.unitCodes.length === 1 ? 'enhet' : 'enheter'} ${entry.unitCodes.join(', ')}`
      : '',
    entry.dateRange
      ? entry.kind === 'access-log'
        ? `${swedishDateTimeMinutes(entry.dateRange.from)}–${swedishDateTimeMinutes(entry.dateRange.to)}`
        : `${entry.dateRange.from}–${entry.dateRange.to}`
      : '',
  ];
  return parts.filter(Boolean).join('; ') || '–';
}

/** "huvudbok.se", or the kind's name where there is no file (the demo's ledger). */
export const importNameSv = (entry: ImportListEntry): string =>
  entry.fileName ?? importKindNameSv(entry).toLowerCase();

/** Undoes an import by its kind's endpoint; the sentence saying what it did. */
export async function undoEntry(
  municipalityId: string,
  entry: ImportListEntry,
  signal: AbortSignal,
): Promise<string> {
  const name = importNameSv(entry);
  switch (entry.kind) {
    case 'ledger': {
      const { periods } = await apiPost(
        undoImportBatch,
        { municipalityId, importId: entry.id },
        {},
        undefined,
        signal,
      );
      const months = periodsLongSv(periods);
      return `Importen av ${name} är ångrad. ${months.charAt(0).toUpperCase()}${months.slice(1)} har nu utfallet från importen före, om det finns någon.`;
    }
    case 'hr':
      await apiPost(
        undoHrImportBatch,
        { municipalityId, importId: entry.id },
        {},
        undefined,
        signal,
      );
      return `Importen av ${name} (${importKindNameSv(entry)}) är ångrad. Dess månader har nu sjukfrånvaron från importen före, om det finns någon.`;
    case 'placements':
    case 'assistance':
    case 'volumes':
      await apiPost(
        undoRegisterImportBatch,
        { municipalityId, kind: entry.kind, importId: entry.id },
        {},
        undefined,
        signal,
      );
      return `Importen av ${name} (${importKindNameSv(entry)}) är ångrad. ${
        entry.kind === 'placements'
          ? 'Dess enheter har nu placeringarna från importen före, om det finns någon.'
          : 'Dess månader har nu värdena från importen före, om det finns någon.'
      }`;
    case 'access-log':
      throw new Error('An access log is not undone');
  }
}

/** Why an undo of another kind than the ledger was refused (the server's reason not-latest). */
export const NOT_LATEST_SV =
  'Importen kan inte ångras: den är inte längre den senaste av sitt slag (en senare import finns, eller den är redan ångrad).';
