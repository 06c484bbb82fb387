import { defineCommand } from '../cli-command';
import { importLedger, importOptions, type ImportLedgerOptions } from './import-ledger';

/** import csv FILE: a ledger's CSV export, its columns named once and remembered. */
export const importCsvCommand = defineCommand<ImportLedgerOptions>({
  name: 'import csv',
  description: 'läs in en CSV-export från bokföringen (kolumnerna anges en gång och sparas)',
  usage: '<fil> [flaggor]',
  argument: { name: '<fil>', description: 'CSV-filen' },
  options: (command) =>
    importOptions(
      command
        .option(
          '--columns <fält=rubrik,...>',
          'kolumner: date eller period, account, unit, amount; valfritt text, activity, project, verification, accountName',
        )
        .option('--delimiter <tecken>', 'fältavgränsare: ; , eller tab (annars från rubrikraden)')
        .option(
          '--decimal <tecken>',
          'decimaltecken: , eller . (standard , med semikolon, annars .)',
        )
        .option('--sign <tecken>', 'debit-positive (som bokföringen, standard) eller result-sign'),
    ),
  handler: (run) => importLedger(run, 'csv'),
});
