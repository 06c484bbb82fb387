import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { swedishDateTimeMinutes } from '#contract/swedish-time';
import { importAccessLog } from '#server/features/internal-control/access-log-import.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { fileProblemsMessage, municipalityId } from '../command-helpers';

interface ImportAccessLogOptions {
  readonly municipality?: string;
}

/** import access-log FILE: the case system's access log, for the sampling controls. */
export const importAccessLogCommand = defineCommand<ImportAccessLogOptions>({
  name: 'import access-log',
  description:
    'läs in verksamhetssystemets åtkomstlogg för stickprovskontroller (alla rader eller, vid fel, ingen)',
  usage: '<fil> [flaggor]',
  argument: {
    name: '<fil>',
    description:
      '.csv (semikolon) med kolumnerna anvandare;tidpunkt;arende;handelse, tidpunkt i svensk tid ÅÅÅÅ-MM-DD TT:MM[:SS]',
  },
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)'),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const summary = await importAccessLog(cliContext(database, scope), {
      name: basename(file),
      bytes: await readFile(path),
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    io.stdout.write(
      `Läste in ${String(summary.entries)} rader för ${String(summary.users)} användare från ${basename(file)} (${swedishDateTimeMinutes(summary.from)} – ${swedishDateTimeMinutes(summary.to)}).\n`,
    );
    return 0;
  },
});
