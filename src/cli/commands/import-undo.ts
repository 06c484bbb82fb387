import { describePeriodsSv } from '#domain/reports/period-labels';
import { importKindNameSv } from '#contract/import-history';
import {
  listAllImports,
  undoHrImportById,
  undoImport,
  undoRegisterImportById,
} from '#server/features/ledger-import/import-history.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { UsageError } from '../cli-io';
import { municipalityId } from '../command-helpers';

/** An import's id as import list shows it (a UUID). */
const IMPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * import undo ID: the months of the import go back to the import before it. An import of HR,
 * placements, assistance or volumes is undone by its kind's rule (only its latest).
 */
export const importUndoCommand = defineCommand<{ municipality?: string }>({
  name: 'import undo',
  description: 'ångra en import: dess månader får utfallet från importen före den',
  usage: '<import-id> [flaggor]',
  argument: { name: '<import-id>', description: 'importens id (se import list)' },
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunen (behövs om det finns flera)'),
  handler: async ({ database, io, options, argument: importId }) => {
    if (!IMPORT_ID.test(importId)) {
      throw new UsageError(
        `”${importId}” är inget import-id. Ta id:t från import list, t.ex. 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b.`,
      );
    }
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const ctx = cliContext(database, scope);
    const other = (await listAllImports(ctx)).find(
      (entry) => entry.id === importId && entry.kind !== 'ledger',
    );
    if (other) {
      if (other.kind === 'ledger' || other.kind === 'access-log') {
        throw new UsageError('En inläst åtkomstlogg kan inte ångras.');
      }
      const done =
        other.kind === 'hr'
          ? await undoHrImportById(ctx, importId)
          : await undoRegisterImportById(ctx, other.kind, importId);
      io.stdout.write(`Importen (${importKindNameSv(other)}, ${done.fileName}) är ångrad.\n`);
      return 0;
    }
    const undone = await undoImport(ctx, importId);
    io.stdout.write(
      `Importen är ångrad. ${describePeriodsSv(undone.periods)} har nu utfallet från importen före den.\n`,
    );
    return 0;
  },
});
