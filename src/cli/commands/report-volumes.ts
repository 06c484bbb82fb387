import { Option, type Command } from 'commander';
import type { Month } from '#domain/kernel/period';
import {
  assistanceReportCsv,
  assistanceReportJson,
  assistanceReportTable,
  volumesReportCsv,
  volumesReportJson,
  volumesReportTable,
} from '#server/features/volumes/volumes-report-output';
import {
  assistanceReportOf,
  volumesReportOf,
} from '#server/features/volumes/volumes-report.service';
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

interface VolumeReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: ReportFormat;
  readonly municipality?: string;
  readonly board?: string;
}

const reportOptions = (command: Command) =>
  command
    .requiredOption('--year <år>', 'året, t.ex. 2023', parseYearOption)
    .requiredOption(
      '--month <månad>',
      'rapportmånaden 1–12: januari till och med den',
      parseMonthOption,
    )
    .addOption(
      new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
        .default('table')
        .argParser(formatParser(REPORT_FORMATS)),
    )
    .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)');

/** report assistance: financial assistance by month, the year's totals, long-term recipients. */
export const reportAssistanceCommand = defineCommand<VolumeReportOptions>({
  name: 'report assistance',
  description:
    'ekonomiskt bistånd per månad: hushåll, utbetalt, per hushåll, förändring mot förra året, långvarigt bistånd',
  options: reportOptions,
  handler: async ({ database, io, options }) => {
    const { ref } = await chooseBoard(database, options);
    const report = await assistanceReportOf(cliContext(database, ref), options);
    const { format } = options;
    io.stdout.write(
      format === 'csv'
        ? assistanceReportCsv(report)
        : format === 'json'
          ? assistanceReportJson(report)
          : assistanceReportTable(report),
    );
    return 0;
  },
});

/** report volumes: each measure and unit January to the month, against last year. */
export const reportVolumesCommand = defineCommand<VolumeReportOptions>({
  name: 'report volumes',
  description: 'volymer (t.ex. orosanmälningar) per mått och enhet mot samma period förra året',
  options: reportOptions,
  handler: async ({ database, io, options }) => {
    const { ref } = await chooseBoard(database, options);
    const report = await volumesReportOf(cliContext(database, ref), options);
    const { format } = options;
    io.stdout.write(
      format === 'csv'
        ? volumesReportCsv(report)
        : format === 'json'
          ? volumesReportJson(report)
          : volumesReportTable(report),
    );
    return 0;
  },
});
