import { Option } from 'commander';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import {
  generateMonthlyReport,
  type MonthlyReportFormat,
} from '#server/features/follow-up/monthly-report.service';
import { formatParser, parseMonthOption, parseYearOption } from '../arguments';
import { defineCommand } from '../cli-command';
import { writeBoardDocument, type BoardDocumentOptions } from '../command-helpers';

interface MonthlyReportOptions extends BoardDocumentOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: MonthlyReportFormat;
}

const MONTHLY_FORMATS: readonly MonthlyReportFormat[] = ['html', 'docx', 'pdf'];

/** report monthly: a month's result report (003's shape) as HTML, DOCX or PDF, to a file. */
export const reportMonthlyCommand = defineCommand<MonthlyReportOptions>({
  name: 'report monthly',
  description: 'resultatrapporten för en månad (resultat, enheternas avvikelser, årsprognos)',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2025', parseYearOption)
      .requiredOption('--month <månad>', 'rapportmånad 1–12', parseMonthOption)
      .addOption(
        new Option('--format <format>', `filformat: ${MONTHLY_FORMATS.join(', ')}`)
          .makeOptionMandatory()
          .argParser(formatParser(MONTHLY_FORMATS)),
      )
      .requiredOption('-o, --output <fil>', 'filen att skriva, t.ex. resultatrapport-2025-04.docx')
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    await writeBoardDocument(
      database,
      io,
      options,
      `resultatrapporten ${MONTH_NAMES_SV[options.month]} ${String(options.year)}`,
      (ctx) =>
        generateMonthlyReport(ctx, {
          year: options.year,
          month: options.month,
          format: options.format,
        }),
    );
    return 0;
  },
});
