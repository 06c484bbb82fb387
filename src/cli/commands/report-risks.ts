import { Option } from 'commander';
import {
  riskReportCsv,
  riskReportJson,
  riskReportTable,
} from '#server/features/internal-control/risk-report-output';
import {
  recordRiskReport,
  riskReportOf,
} from '#server/features/internal-control/risk-report.service';
import { formatParser, parseYearOption, REPORT_FORMATS, type ReportFormat } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

interface RiskReportOptions {
  readonly year: number;
  readonly format: ReportFormat;
  readonly municipality?: string;
  readonly board?: string;
}

/**
 * report risks: the board's risk and materiality analysis of a year (002 Bilaga 2), a row per
 * risk with likelihood, impact, value and treatment, highest value first; table, CSV or JSON.
 */
export const reportRisksCommand = defineCommand<RiskReportOptions>({
  name: 'report risks',
  description: 'risk- och väsentlighetsanalys: nämndens risker med riskvärde och hantering',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'analysens år, t.ex. 2026', parseYearOption)
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
    const report = await riskReportOf(ctx, { year: options.year });
    const { format } = options;
    io.stdout.write(
      format === 'csv'
        ? riskReportCsv(report)
        : format === 'json'
          ? riskReportJson(report)
          : riskReportTable(report),
    );
    await recordRiskReport(ctx, { year: options.year, format, boardCode: board.code });
    return 0;
  },
});
