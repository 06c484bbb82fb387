import { swedishDateTimeMinutes } from '../../contract/swedish-time';
import { cliContext } from '../cli-actor';
import { municipalityId } from '../choose-by-code';
import type { ImportListEntry } from '../../contract/import-history';
import { formatTkr } from '../../domain/kernel/format';
import { describePeriodsSv } from '../../domain/reports/period-labels';
import type { Database } from '../../server/db/connect';
import {
  listImports,
  undoImport,
} from '../../server/features/ledger-import/import-history.service';
import { UsageError, type CliIo } from '../cli-io';

const SOURCE_NAMES: Readonly<Record<ImportListEntry['source'], string>> = {
  demo: 'Demodata',
  sie: 'SIE',
  csv: 'CSV',
};

/** import list: the municipality's imports, newest first. */
export async function listImportsCommand(
  database: Database,
  io: CliIo,
  options: { municipality?: string },
): Promise<void> {
  const imports = await listImports(
    database.db,
    await municipalityId(database, options.municipality),
  );
  if (imports.length === 0) {
    io.stdout.write('Inga importer.\n');
    return;
  }
  for (const entry of imports) {
    const actual = entry.months.filter((month) => month.actual).map((month) => month.period);
    const replaced = entry.months.filter((month) => !month.actual).map((month) => month.period);
    const months = [
      actual.length > 0 ? describePeriodsSv(actual) : '',
      replaced.length > 0 ? `${describePeriodsSv(replaced)} (ersatt)` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const total = entry.months.reduce((sum, month) => sum + month.amount, 0);
    io.stdout.write(
      [
        `${entry.id}  ${swedishDateTimeMinutes(entry.importedAt)}  ${entry.importedBy ?? ''}`,
        `  ${SOURCE_NAMES[entry.source]}${entry.fileName ? ` ${entry.fileName}` : ''}${entry.sha256 ? ` (sha256 ${entry.sha256.slice(0, 12)})` : ''}`,
        `  ${String(entry.transactionCount)} transaktioner, ${formatTkr(total as never)} tkr: ${months}`,
        `  ${entry.status === 'undone' ? `Ångrad ${entry.undoneAt ? swedishDateTimeMinutes(entry.undoneAt) : ''} av ${entry.undoneBy ?? ''}` : entry.undoable ? 'Aktuell (kan ångras)' : 'Ersatt av senare import'}`,
        '',
      ].join('\n'),
    );
  }
}

/** An import's id as import list shows it (a UUID). */
const IMPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** import undo ID: the months of the import go back to the import before it. */
export async function undoImportCommand(
  database: Database,
  io: CliIo,
  importId: string,
  options: { municipality?: string },
): Promise<void> {
  if (!IMPORT_ID.test(importId)) {
    throw new UsageError(
      `”${importId}” är inget import-id. Ta id:t från import list, t.ex. 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b.`,
    );
  }
  const scope = { municipalityId: await municipalityId(database, options.municipality) };
  const undone = await undoImport(cliContext(database, scope), importId);
  io.stdout.write(
    `Importen är ångrad. ${describePeriodsSv(undone.periods)} har nu utfallet från importen före den.\n`,
  );
}
