import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describePeriodsSv } from '#domain/reports/period-labels';
import { importHr, undoLatestHrImport } from '#server/features/personnel/hr-import.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { fileProblemsMessage, municipalityId } from '../command-helpers';

interface MunicipalityOption {
  readonly municipality?: string;
}

/** import hr FILE: the HR system's monthly export (sick leave); replaces the months it holds. */
export const importHrCommand = defineCommand<MunicipalityOption>({
  name: 'import hr',
  description:
    'läs in HR-systemets månadsexport (sjukfrånvaro); ersätter de månader filen har (alla rader eller, vid fel, ingen)',
  usage: '<fil> [flaggor]',
  argument: {
    name: '<fil>',
    description:
      '.csv (semikolon) med kolumnerna anstallningsnummer;kon;fodelsear;enhet;period;schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60',
  },
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)'),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const summary = await importHr(cliContext(database, scope), {
      name: basename(file),
      bytes: await readFile(path),
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    io.stdout.write(
      `Läste in ${String(summary.rows)} rader för ${String(summary.employees)} anställda från ${basename(file)}: ${describePeriodsSv(summary.periods)}.\n`,
    );
    return 0;
  },
});

/** import hr-undo: the latest HR import's months go back to the import before it. */
export const importHrUndoCommand = defineCommand<MunicipalityOption>({
  name: 'import hr-undo',
  description:
    'ångra den senaste inläsningen av HR-exporten: dess månader får raderna från inläsningen före',
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const undone = await undoLatestHrImport(cliContext(database, scope));
    io.stdout.write(
      `Inläsningen av ${undone.fileName} (${describePeriodsSv(undone.periods)}) är ångrad: månaderna har nu raderna från inläsningen före den, om det finns någon.\n`,
    );
    return 0;
  },
});
