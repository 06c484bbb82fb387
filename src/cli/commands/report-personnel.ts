import { Option } from 'commander';
import type { Month } from '#domain/kernel/period';
import {
  personnelReportCsv,
  personnelReportJson,
  personnelReportTable,
} from '#server/features/personnel/personnel-report-output';
import { personnelReportOf } from '#server/features/personnel/personnel-report.service';
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

interface PersonnelReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: ReportFormat;
  readonly municipality?: string;
  readonly board?: string;
  readonly unit?: string;
}

/**
 * report personnel: sick leave January to the report month against the same months last year,
 * for the board or one department or unit (audited); table, CSV or JSON.
 */
export const reportPersonnelCommand = defineCommand<PersonnelReportOptions>({
  name: 'report personnel',
  description:
    'sjukfrånvaro: totalt, kvinnor, män, åldrar och sjukfallets längd mot samma månader i fjol',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'rapportens år, t.ex. 2023', parseYearOption)
      .requiredOption('--month <månad>', 'sista månaden, t.ex. 7 (januari–juli)', parseMonthOption)
      .addOption(
        new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(formatParser(REPORT_FORMATS)),
      )
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)')
      .option('--unit <kod>', 'en enhets eller avdelnings kod (annars hela nämnden)'),
  handler: async ({ database, io, options }) => {
    const { ref } = await chooseBoard(database, options);
    const report = await personnelReportOf(cliContext(database, ref), {
      year: options.year,
      month: options.month,
      unitCode: options.unit,
    });
    const { format } = options;
    io.stdout.write(
      format === 'csv'
        ? personnelReportCsv(report)
        : format === 'json'
          ? personnelReportJson(report)
          : personnelReportTable(report),
    );
    return 0;
  },
});
