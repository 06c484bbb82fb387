import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { importForecastSheet } from '#server/features/follow-up/forecast-sheet.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { chooseBoard, fileProblemsMessage } from '../command-helpers';
import {
  forecastBoardOptions,
  forecastMonthOptions,
  type ForecastSheetOptions,
} from './forecast-options';

/** forecast import FILE: the filled-in sheet's forecasts, all of them or, on a problem, none. */
export const forecastImportCommand = defineCommand<ForecastSheetOptions>({
  name: 'forecast import',
  description: 'läs in en ifylld prognosmall (alla rader eller, vid fel, ingen)',
  argument: { name: '<fil>', description: 'den ifyllda mallen, .xlsx eller .csv' },
  options: (command) => forecastBoardOptions(forecastMonthOptions(command)),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const { board, ref } = await chooseBoard(database, options);
    try {
      const result = await importForecastSheet(cliContext(database, ref), options, {
        name: basename(file),
        bytes: await readFile(path),
      });
      io.stdout.write(
        `Läste in ${String(result.forecasts)} prognoser för ${MONTH_NAMES_SV[options.month]} ${String(options.year)}, ${board.name}.\n`,
      );
      return 0;
    } catch (error) {
      throw fileProblemsMessage(error);
    }
  },
});
