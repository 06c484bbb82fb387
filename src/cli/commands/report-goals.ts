import { Option } from 'commander';
import type { Month } from '#domain/kernel/period';
import {
  generateGoalReportDocument,
  GOAL_DOCUMENT_FORMATS,
  goalReportOf,
  recordGoalReport,
  type GoalDocumentFormat,
} from '#server/features/goals/goal-report.service';
import {
  goalReportCsv,
  goalReportJson,
  goalReportTable,
} from '#server/features/goals/goal-report-output';
import { formatParser, parseMonthOption, parseYearOption, REPORT_FORMATS } from '../arguments';
import { cliContext } from '../cli-actor';
import { outputFile, writeOutput } from '../cli-files';
import { UsageError } from '../cli-io';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

const GOAL_REPORT_FORMATS = [...REPORT_FORMATS, ...GOAL_DOCUMENT_FORMATS] as const;
type GoalReportFormat = (typeof GOAL_REPORT_FORMATS)[number];

interface GoalReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: GoalReportFormat;
  readonly output?: string;
  readonly municipality?: string;
  readonly board?: string;
}

const isDocumentFormat = (format: GoalReportFormat): format is GoalDocumentFormat =>
  (GOAL_DOCUMENT_FORMATS as readonly string[]).includes(format);

/**
 * report goals: the board's goals, indicators and assessments (måluppföljning) at a report
 * month, a row per indicator as a table, CSV or JSON; or the goal section as a document.
 */
export const reportGoalsCommand = defineCommand<GoalReportOptions>({
  name: 'report goals',
  description: 'måluppföljning: nämndens mål, nyckeltal med mål och utfall, bedömning',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'målens år, t.ex. 2023', parseYearOption)
      .requiredOption(
        '--month <månad>',
        'rapportmånad 1–12 (8 delårsrapporten, 12 årsredovisningen)',
        parseMonthOption,
      )
      .addOption(
        new Option('--format <format>', `utdata: ${GOAL_REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(formatParser(GOAL_REPORT_FORMATS)),
      )
      .option('-o, --output <fil>', 'filen att skriva (krävs för html, docx och pdf)')
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const { format } = options;
    if (isDocumentFormat(format) && options.output === undefined) {
      throw new UsageError(`Ange filen att skriva med -o (formatet ${format} skrivs till en fil).`);
    }
    const output = options.output === undefined ? undefined : await outputFile(io, options.output);
    const { municipality, board, ref } = await chooseBoard(database, options);
    const ctx = cliContext(database, ref);
    const key = { year: options.year, month: options.month };

    let content: string | Buffer;
    if (isDocumentFormat(format)) {
      content = (await generateGoalReportDocument(ctx, { ...key, format })).content;
    } else {
      const report = await goalReportOf(ctx, key);
      content =
        format === 'csv'
          ? goalReportCsv(report)
          : format === 'json'
            ? goalReportJson(report, key)
            : goalReportTable(report, key);
      await recordGoalReport(ctx, key, format, board.code);
    }

    if (output === undefined || options.output === undefined) {
      if (typeof content === 'string') io.stdout.write(content);
    } else {
      await writeOutput(output, options.output, content);
      const size = Math.max(1, Math.round(Buffer.byteLength(content) / 1024));
      io.stdout.write(
        `Skrev måluppföljningen ${String(options.year)} för ${board.name}, ${municipality.name}, till ${options.output} (${String(size)} kB).\n`,
      );
    }
    return 0;
  },
});
