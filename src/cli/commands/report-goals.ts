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
import { defineCommand } from '../cli-command';
import { writeBoardReport } from '../command-helpers';

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
    const key = { year: options.year, month: options.month };
    await writeBoardReport(database, io, options, {
      what: `måluppföljningen ${String(options.year)}`,
      documentFormat: isDocumentFormat(format) ? format : null,
      make: async (ctx, boardCode) => {
        if (isDocumentFormat(format))
          return (await generateGoalReportDocument(ctx, { ...key, format })).content;
        const report = await goalReportOf(ctx, key);
        await recordGoalReport(ctx, key, format, boardCode);
        return format === 'csv'
          ? goalReportCsv(report)
          : format === 'json'
            ? goalReportJson(report, key)
            : goalReportTable(report, key);
      },
    });
    return 0;
  },
});
