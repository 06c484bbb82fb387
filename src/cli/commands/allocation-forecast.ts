import type { AllocationForecastsDto } from '#contract/allocation-forecast';
import { formatTkr } from '#domain/kernel/format';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import type { Ore } from '#domain/kernel/money';
import { renderTextCsv } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import {
  allocationForecastsOfYear,
  saveAllocationForecast,
} from '#server/features/follow-up/allocation-forecast.service';
import { parseMonthOption, type ReportFormat } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';
import {
  boardYearListOptions,
  boardYearOptions,
  exactTkr,
  parseTkrAmount,
  signedTkr,
} from './budget-decision';

/**
 * forecast allocation set / list: the controller's expected but undecided change to the
 * kommunbidrag (003's PO-påslag correction), per report month with its text, as the
 * follow-up page enters it. The forecast of the kommunbidrag line is the revised allocation
 * plus the latest change entered at or before the report month; 0 withdraws an earlier one.
 */

interface BoardYearOptions {
  readonly municipality?: string;
  readonly board?: string;
  readonly year: number;
}

interface SetOptions extends BoardYearOptions {
  readonly month: Month;
  readonly amount: Ore;
  readonly text?: string;
}

/** forecast allocation set: the month's change, saved over what is stored now. */
export const allocationForecastSetCommand = defineCommand<SetOptions>({
  name: 'forecast allocation set',
  description: 'ange en förväntad (ej beslutad) ändring av kommunbidraget i månadens prognos',
  options: (command) =>
    boardYearOptions(command)
      .requiredOption('--month <månad>', 'rapportmånad 1–12 (ej publicerad)', parseMonthOption)
      .requiredOption(
        '--amount <tkr>',
        'ändringen i tkr med tecken (mindre kommunbidrag är minus): -1 600; 0 tar bort den',
        parseTkrAmount,
      )
      .option('--text <text>', 'vad ändringen avser och varför (krävs utom för 0)'),
  handler: async ({ database, io, options }) => {
    const { municipality, board, ref } = await chooseBoard(database, options);
    const now = await allocationForecastsOfYear(database.db, ref, options.year);
    const stored = now.entries.find((entry) => entry.month === options.month);
    await saveAllocationForecast(cliContext(database, ref), {
      year: options.year,
      month: options.month,
      expectedChange: options.amount,
      expectedChangeText: options.text ?? '',
      baseRevision: stored?.revision ?? null,
    });
    const when = `${MONTH_NAMES_SV[options.month]} ${String(options.year)}`;
    io.stdout.write(
      options.amount === 0
        ? `Ingen förväntad ändring av kommunbidraget från ${when} för ${board.name}, ${municipality.name}.\n`
        : `Förväntad ändring av kommunbidraget från ${when}: ${signedTkr(options.amount)} tkr för ${board.name}, ${municipality.name}.\n`,
    );
    return 0;
  },
});

interface ListOptions extends BoardYearOptions {
  readonly format: ReportFormat;
}

const HEADS = ['Rapportmånad', 'Ändring tkr', 'Text', 'Sparad av'];

const rowsOf = (list: AllocationForecastsDto, amount: (value: Ore) => string) =>
  list.entries.map((entry) => [
    MONTH_NAMES_SV[entry.month],
    amount(entry.amount),
    entry.text,
    entry.updatedBy ?? '',
  ]);

/** forecast allocation list: the year's entries as a table, CSV or JSON. */
export const allocationForecastListCommand = defineCommand<ListOptions>({
  name: 'forecast allocation list',
  description: 'årets förväntade (ej beslutade) ändringar av kommunbidraget, per rapportmånad',
  options: boardYearListOptions,
  handler: async ({ database, io, options }) => {
    const { board, ref } = await chooseBoard(database, options);
    const list = await allocationForecastsOfYear(database.db, ref, options.year);
    io.stdout.write(
      options.format === 'json'
        ? `${JSON.stringify(list, null, 2)}\n`
        : options.format === 'csv'
          ? renderTextCsv([HEADS, ...rowsOf(list, exactTkr)])
          : renderWrappedTextTable({
              caption: `Förväntad ändring av kommunbidraget ${String(list.year)}, ${board.name}`,
              notes: [
                `Kommunbidrag: ${formatTkr(list.originalAllocation)} tkr i budget, ${formatTkr(list.revisedAllocation)} tkr efter årets beslut. Prognosen räknar med den senaste ändringen till och med rapportmånaden.`,
              ],
              columns: HEADS.map((head, index) => ({
                head,
                align: head === 'Ändring tkr' ? ('right' as const) : ('left' as const),
                maxWidth: [12, 12, 60, 24][index] ?? 20,
              })),
              groups: list.entries.length === 0 ? [] : [rowsOf(list, signedTkr)],
            }),
    );
    return 0;
  },
});
