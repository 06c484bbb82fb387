import { swedishDateTimeMinutes } from '#contract/swedish-time';
import { defineCommand } from '../cli-command';
import { cliContext } from '../cli-actor';
import { municipalityId } from '../command-helpers';
import { importKindNameSv, type ImportListEntry } from '#contract/import-history';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { describePeriodsSv } from '#domain/reports/period-labels';
import { listAllImports } from '#server/features/ledger-import/import-history.service';

/** A ledger import's months, those it is no longer the actuals of marked. */
function ledgerLine(entry: ImportListEntry): string {
  const actual = entry.months.filter((month) => month.actual).map((month) => month.period);
  const replaced = entry.months.filter((month) => !month.actual).map((month) => month.period);
  const months = [
    actual.length > 0 ? describePeriodsSv(actual) : '',
    replaced.length > 0 ? `${describePeriodsSv(replaced)} (ersatt)` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const total = entry.months.reduce((sum, month) => sum + month.amount, 0);
  return `${String(entry.transactionCount)} transaktioner, ${formatTkr(total as never)} tkr: ${months}`;
}

/** Another kind's rows and what they cover: months, units, measures or dates. */
function otherLine(entry: ImportListEntry): string {
  const covers = [
    entry.periods.length > 0 ? describePeriodsSv(entry.periods) : '',
    entry.measures.length > 0 ? `mått ${entry.measures.join(', ')}` : '',
    entry.unitCodes.length > 0 ? `enheter ${entry.unitCodes.join(', ')}` : '',
    entry.dateRange
      ? entry.kind === 'access-log'
        ? `${swedishDateTimeMinutes(entry.dateRange.from)}–${swedishDateTimeMinutes(entry.dateRange.to)}`
        : `${entry.dateRange.from}–${entry.dateRange.to}`
      : '',
  ].filter(Boolean);
  return `${formatInteger(entry.rowCount)} rader${covers.length > 0 ? `: ${covers.join('; ')}` : ''}`;
}

function stateLine(entry: ImportListEntry): string {
  if (entry.status === 'undone') {
    return `Ångrad ${entry.undoneAt ? swedishDateTimeMinutes(entry.undoneAt) : ''} av ${entry.undoneBy ?? ''}`;
  }
  if (entry.undoable) return 'Aktuell (kan ångras)';
  if (entry.kind === 'access-log') return 'Genomförd';
  return entry.kind === 'ledger' ? 'Ersatt av senare import' : 'Genomförd (en senare import finns)';
}

/** import list: the municipality's imports of every kind, newest first. */
export const importListCommand = defineCommand<{ municipality?: string }>({
  name: 'import list',
  description: 'visa kommunens importer av alla slag, senaste först',
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunen (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const imports = await listAllImports(cliContext(database, scope));
    if (imports.length === 0) {
      io.stdout.write('Inga importer.\n');
      return 0;
    }
    for (const entry of imports) {
      io.stdout.write(
        [
          `${entry.id}  ${swedishDateTimeMinutes(entry.importedAt)}  ${entry.importedBy ?? ''}`,
          `  ${importKindNameSv(entry)}${entry.fileName ? ` ${entry.fileName}` : ''}${entry.sha256 ? ` (sha256 ${entry.sha256.slice(0, 12)})` : ''}`,
          `  ${entry.kind === 'ledger' ? ledgerLine(entry) : otherLine(entry)}`,
          `  ${stateLine(entry)}`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  },
});
