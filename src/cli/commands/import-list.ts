import { swedishDateTimeMinutes } from '#contract/swedish-time';
import { defineCommand } from '../cli-command';
import { municipalityId } from '../command-helpers';
import type { ImportListEntry } from '#contract/import-history';
import { formatTkr } from '#domain/kernel/format';
import { describePeriodsSv } from '#domain/reports/period-labels';
import { listImports } from '#server/features/ledger-import/import-history.service';

const SOURCE_NAMES: Readonly<Record<ImportListEntry['source'], string>> = {
  demo: 'Demodata',
  sie: 'SIE',
  csv: 'CSV',
};

/** import list: the municipality's imports, newest first. */
export const importListCommand = defineCommand<{ municipality?: string }>({
  name: 'import list',
  description: 'visa kommunens importer, senaste först',
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunen (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const imports = await listImports(
      database.db,
      await municipalityId(database, options.municipality),
    );
    if (imports.length === 0) {
      io.stdout.write('Inga importer.\n');
      return 0;
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
    return 0;
  },
});
