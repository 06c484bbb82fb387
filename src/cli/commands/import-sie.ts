import { parsePositiveInteger } from '../arguments';
import { defineCommand } from '../cli-command';
import { importLedger, importOptions, type ImportLedgerOptions } from './import-ledger';

/** import sie FILE: a SIE 4 file's transactions or period balances (and, asked, its budget). */
export const importSieCommand = defineCommand<ImportLedgerOptions>({
  name: 'import sie',
  description: 'läs in en SIE 4-fil (typ 1–4, 4E, 4I): verifikationer eller periodsaldon',
  usage: '<fil> [flaggor]',
  argument: { name: '<fil>', description: 'SIE-filen' },
  options: (command) =>
    importOptions(
      command
        .option(
          '--new-municipality <kommunkod>',
          'skapa kommunen, nämnden, enheterna och kontona från filen',
        )
        .option('--name <namn>', 'den nya kommunens namn')
        .option('--board-name <namn>', 'den nya nämndens namn', 'Socialnämnden')
        .option('--board-code <kod>', 'den nya nämndens kod', 'SN')
        .option(
          '--budget',
          'läs också in filens periodbudget (#PBUDGET) som ett budgetförslag',
          false,
        )
        .option(
          '--unit-dimension <n>',
          'SIE-dimensionen med ansvar (standard 1, sparas per kommun)',
          parsePositiveInteger,
        ),
    ),
  handler: (run) => importLedger(run, 'sie'),
});
