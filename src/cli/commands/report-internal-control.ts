import { Option } from 'commander';
import type { Month } from '#domain/kernel/period';
import {
  controlFollowUpOf,
  recordControlFollowUpReport,
} from '#server/features/internal-control/control-follow-up.service';
import {
  controlFollowUpCsv,
  controlFollowUpJson,
  controlFollowUpTable,
} from '#server/features/internal-control/control-follow-up-output';
import {
  formatParser,
  parseMonthOption,
  parseYearOption,
  REPORT_FORMATS,
  type ReportFormat,
} from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

interface InternalControlReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: ReportFormat;
  readonly municipality?: string;
  readonly board?: string;
}

/**
 * report internal-control: the follow-up of the board's internal control plan at a report
 * month (001 Bilaga 1): the summary sentence, then every control with its risk, what is
 * checked, frequency, method, assessment, result and actions; as a table, CSV or JSON.
 */
export const reportInternalControlCommand = defineCommand<InternalControlReportOptions>({
  name: 'report internal-control',
  description: 'uppföljning av internkontroll: kontrollpunkterna med risk, bedömning och resultat',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'internkontrollplanens år, t.ex. 2023', parseYearOption)
      .requiredOption(
        '--month <månad>',
        'rapportmånad 1–12 (8 delårsbokslutet, 12 årsbokslutet)',
        parseMonthOption,
      )
      .addOption(
        new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(formatParser(REPORT_FORMATS)),
      )
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const { board, ref } = await chooseBoard(database, options);
    const ctx = cliContext(database, ref);
    const key = { year: options.year, month: options.month };
    const report = await controlFollowUpOf(ctx, key);
    io.stdout.write(
      options.format === 'csv'
        ? controlFollowUpCsv(report)
        : options.format === 'json'
          ? controlFollowUpJson(report, key)
          : controlFollowUpTable(report, key),
    );
    await recordControlFollowUpReport(ctx, key, options.format, board.code);
    return 0;
  },
});
