import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Month } from '../../domain/kernel/period';
import { MONTH_NAMES_SV } from '../../domain/kernel/period';
import { AppError } from '../../server/app-error';
import type { Database } from '../../server/db/connect';
import {
  exportForecastSheet,
  importForecastSheet,
  type ForecastSheetFormat,
} from '../../server/features/follow-up/forecast-sheet.service';
import { cliChange, cliContext } from '../cli-actor';
import { chooseBoard } from '../choose-by-code';
import { UsageError, type CliIo } from '../cli-io';
import { inputFile, outputFile, writeOutput } from '../cli-files';

export interface ForecastSheetOptions {
  readonly year: number;
  readonly month: Month;
  readonly municipality?: string;
  readonly board?: string;
}

async function boardOf(database: Database, options: ForecastSheetOptions) {
  const { municipality, board } = await chooseBoard(database, options);
  return { municipality, board, ids: { municipalityId: municipality.id, boardId: board.id } };
}

/** forecast export: the month's forecast sheet (a row per unit and account group) to a file. */
export async function forecastExport(
  database: Database,
  io: CliIo,
  options: ForecastSheetOptions & { readonly output: string },
): Promise<void> {
  const output = await outputFile(io, options.output);
  const { board, ids } = await boardOf(database, options);
  const format: ForecastSheetFormat = /\.csv$/i.test(options.output) ? 'csv' : 'xlsx';
  const { actor, clock } = cliChange();
  const content = await exportForecastSheet(database, clock, actor, ids, options, format);
  await writeOutput(output, options.output, content);
  io.stdout.write(
    `Skrev prognosmallen för ${MONTH_NAMES_SV[options.month]} ${String(options.year)}, ${board.name}, till ${options.output}. Fyll i kolumnen Prognos helår (tkr) och läs in den med forecast import.\n`,
  );
}

/** forecast import FILE: the filled-in sheet's forecasts, all of them or, on a problem, none. */
export async function forecastImport(
  database: Database,
  io: CliIo,
  file: string,
  options: ForecastSheetOptions,
): Promise<void> {
  const path = await inputFile(io, file);
  const { board, ids } = await boardOf(database, options);
  try {
    const result = await importForecastSheet(cliContext(database, ids), options, {
      name: basename(file),
      bytes: await readFile(path),
    });
    io.stdout.write(
      `Läste in ${String(result.forecasts)} prognoser för ${MONTH_NAMES_SV[options.month]} ${String(options.year)}, ${board.name}.\n`,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid-request' && error.issues.length > 0) {
      const lines = error.issues.map((issue) => `  ${issue.value ?? issue.field}`);
      throw new UsageError(
        ['Inget lästes in. Rätta filen och läs in den igen:', ...lines].join('\n'),
      );
    }
    throw error;
  }
}
