import { Option } from 'commander';
import type { Month } from '#domain/kernel/period';
import { recordAudit } from '#server/features/audit/audit.service';
import {
  investmentReportCsv,
  investmentReportJson,
  investmentReportTable,
} from '#server/features/budget/investment-report-output';
import { investmentReportOf } from '#server/features/budget/investment-report.service';
import {
  parseFormatOption,
  parseMonthOption,
  parseYearOption,
  REPORT_FORMATS,
  type ReportFormat,
} from '../arguments';
import { cliChange } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

interface InvestmentReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: ReportFormat;
  readonly municipality?: string;
  readonly board?: string;
}

/** report investments: 001's investment table (budget, forecast, actuals this year and last). */
export const reportInvestmentsCommand = defineCommand<InvestmentReportOptions>({
  name: 'report investments',
  description:
    'investeringar per kategori och rad: budget, prognos, avvikelse, utfall i år och i fjol, i tkr',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'året, t.ex. 2023', parseYearOption)
      .requiredOption(
        '--month <månad>',
        'rapportmånad 1–12 (utfall januari t.o.m. månaden)',
        parseMonthOption,
      )
      .addOption(
        new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(parseFormatOption),
      )
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const { municipality, board, ref } = await chooseBoard(database, options);
    const report = await investmentReportOf(
      database.db,
      { ...ref, boardName: board.name, municipalityName: municipality.name },
      options.year,
      options.month,
    );
    const { actor, clock } = cliChange();
    await recordAudit(database.db, clock, actor, {
      action: 'document-generate',
      municipalityId: municipality.id,
      objectType: 'board',
      objectId: board.id,
      details: {
        document: 'investeringar',
        format: options.format,
        year: options.year,
        month: options.month,
        boardCode: board.code,
      },
    });
    if (options.format === 'csv') io.stdout.write(investmentReportCsv(report));
    else if (options.format === 'json') {
      io.stdout.write(
        investmentReportJson(report, {
          municipality: { code: municipality.code, name: municipality.name },
          board: { code: board.code, name: board.name },
          year: options.year,
          month: options.month,
        }),
      );
    } else {
      io.stdout.write(investmentReportTable(report));
      if (!report.hasBudget) {
        io.stdout.write(
          `\nObs: nämnden har ingen beslutad budget för ${String(options.year)} i uppföljningen, så inga investeringsrader.\n`,
        );
      }
    }
    return 0;
  },
});
