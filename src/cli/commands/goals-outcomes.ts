import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importOutcomesFile } from '#server/features/goals/outcomes-import.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { chooseBoard, fileProblemsMessage, municipalityId } from '../command-helpers';

interface GoalsOutcomesOptions {
  readonly municipality?: string;
  readonly board?: string;
}

/** goals outcomes FILE: outcomes of the municipality's indicators from the case system. */
export const goalsOutcomesCommand = defineCommand<GoalsOutcomesOptions>({
  name: 'goals outcomes',
  description: 'läs in utfall för nyckeltal från en fil (alla rader eller, vid fel, ingen)',
  usage: '<fil> [flaggor]',
  argument: {
    name: '<fil>',
    description: '.csv (semikolon) eller .xlsx med kolumnerna indikator;datum;totalt;kvinnor;man',
  },
  options: (command) =>
    command
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .option(
        '--board <nämndkod>',
        'läs bara in till nämndens nyckeltal (när flera nämnder har nyckeltal med samma namn)',
      ),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope =
      options.board === undefined
        ? { municipalityId: await municipalityId(database, options.municipality) }
        : (await chooseBoard(database, options)).ref;
    const summary = await importOutcomesFile(cliContext(database, scope), {
      file: { name: basename(file), bytes: await readFile(path) },
      boardId: 'boardId' in scope ? scope.boardId : undefined,
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    io.stdout.write(
      `Läste in ${String(summary.outcomes)} utfall för ${String(summary.indicators)} nyckeltal från ${basename(file)}.\n`,
    );
    return 0;
  },
});
