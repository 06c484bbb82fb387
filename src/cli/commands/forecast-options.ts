import type { Command } from 'commander';
import type { Month } from '#domain/kernel/period';
import { parseMonthOption, parseYearOption } from '../arguments';

/** The forecast sheet's month and board, as forecast export and forecast import take them. */
export interface ForecastSheetOptions {
  readonly year: number;
  readonly month: Month;
  readonly municipality?: string;
  readonly board?: string;
}

/** --year and --month: the sheet's month (the options before the command's own). */
export const forecastMonthOptions = (command: Command): Command =>
  command
    .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2025', parseYearOption)
    .requiredOption('--month <månad>', 'rapportmånad 1–12', parseMonthOption);

/** --municipality and --board: the sheet's board (the options after the command's own). */
export const forecastBoardOptions = (command: Command): Command =>
  command
    .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)');
