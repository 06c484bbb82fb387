import type { ImportListEntry } from '#contract/import-history';
import { FactList } from '../../ui/FactList';
import {
  dateTimeSv,
  IMPORT_STATE_SV,
  importState,
  periodsShortSv,
  sourceNameSv,
  transactionsSv,
} from '../import/import-text';

/** An import in a few facts: when and by whom, the file, its months, where it stands. */
export function importFacts(entry: ImportListEntry): [string, string][] {
  return [
    [
      'Inläst',
      `${dateTimeSv(entry.importedAt)}${entry.importedBy ? ` av ${entry.importedBy}` : ''}`,
    ],
    ['Fil', entry.fileName ?? sourceNameSv(entry.source)],
    ['Månader', periodsShortSv(entry.months.map((month) => month.period)) || '–'],
    ['Transaktioner', transactionsSv(entry.transactionCount)],
    ['Läge', IMPORT_STATE_SV[importState(entry)]],
  ];
}

/** The latest ledger import, or that there is none. */
export function LatestImport({ entry }: { readonly entry: ImportListEntry | null }) {
  return entry ? (
    <FactList compact facts={importFacts(entry)} />
  ) : (
    <p>Ingen bokföring är inläst ännu.</p>
  );
}
