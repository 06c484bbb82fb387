import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importKoladaFile } from '#server/features/goals/kolada.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { UsageError } from '../cli-io';
import { municipalityId } from '../command-helpers';
import { koladaRefusalLines, koladaResultSv } from './kolada-output';

/**
 * import kolada FILE: a file saved from Kolada's API v2 data endpoint, into the municipality's
 * indicators (outcomes) and comparison figures; all of it, or on a problem nothing.
 */
export const importKoladaCommand = defineCommand<{ municipality?: string }>({
  name: 'import kolada',
  description:
    'läs in nyckeltal från en fil hämtad ur Koladas API (alla värden eller, vid fel, inga)',
  argument: {
    name: '<fil>',
    description: 'svaret från Koladas API v2 (/v2/data/…), sparat som .json',
  },
  options: (command) =>
    command.option(
      '--municipality <kommunkod>',
      'kommunen att läsa in för (behövs om det finns flera)',
    ),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    try {
      const result = await importKoladaFile(cliContext(database, scope), {
        name: basename(file),
        bytes: await readFile(path),
      });
      io.stdout.write(koladaResultSv(result, basename(file)));
      return 0;
    } catch (error) {
      const lines = koladaRefusalLines(error);
      if (lines === null) throw error;
      throw new UsageError(
        ['Inget lästes in. Rätta filen och läs in den igen:', ...lines].join('\n'),
      );
    }
  },
});
