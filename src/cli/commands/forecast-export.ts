import { MONTH_NAMES_SV } from '#domain/kernel/period';
import {
  exportForecastSheet,
  type ForecastSheetFormat,
} from '#server/features/follow-up/forecast-sheet.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { outputFile, writeOutput } from '../cli-files';
import { chooseBoard } from '../command-helpers';
import {
  forecastBoardOptions,
  forecastMonthOptions,
  type ForecastSheetOptions,
} from './forecast-options';

/** forecast export: the month's forecast sheet (a row per unit and account group) to a file. */
export const forecastExportCommand = defineCommand<
  ForecastSheetOptions & { readonly output: string }
>({
  name: 'forecast export',
  description: 'prognosmallen för en månad: en rad per enhet och kontogrupp (XLSX eller CSV)',
  options: (command) =>
    forecastBoardOptions(
      forecastMonthOptions(command).requiredOption(
        '-o, --output <fil>',
        'filen att skriva: .xlsx eller .csv',
      ),
    ),
  handler: async ({ database, io, options }) => {
    const output = await outputFile(io, options.output);
    const { board, ref } = await chooseBoard(database, options);
    const format: ForecastSheetFormat = /\.csv$/i.test(options.output) ? 'csv' : 'xlsx';
    const content = await exportForecastSheet(cliContext(database, ref), {
      year: options.year,
      month: options.month,
      format,
    });
    await writeOutput(output, options.output, content);
    io.stdout.write(
      `Skrev prognosmallen för ${MONTH_NAMES_SV[options.month]} ${String(options.year)}, ${board.name}, till ${options.output}. Fyll i kolumnen Prognos helår (tkr) och läs in den med forecast import.\n`,
    );
    return 0;
  },
});
