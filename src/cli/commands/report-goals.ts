import {
  generateGoalReportDocument,
  goalReportOf,
  recordGoalReport,
} from '#server/features/goals/goal-report.service';
import {
  goalReportCsv,
  goalReportJson,
  goalReportTable,
} from '#server/features/goals/goal-report-output';
import { defineCommand } from '../cli-command';
import { writeBoardReport } from '../command-helpers';
import {
  boardReportOptions,
  isDocumentFormat,
  type BoardReportOptions,
} from './board-report-options';

/**
 * report goals: the board's goals, indicators and assessments (måluppföljning) at a report
 * month, a row per indicator as a table, CSV or JSON; or the goal section as a document.
 */
export const reportGoalsCommand = defineCommand<BoardReportOptions>({
  name: 'report goals',
  description: 'måluppföljning: nämndens mål, nyckeltal med mål och utfall, bedömning',
  options: (command) =>
    boardReportOptions(command, {
      year: 'målens år, t.ex. 2023',
      month: 'rapportmånad 1–12 (8 delårsrapporten, 12 årsredovisningen)',
    }),
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
