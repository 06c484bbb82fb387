import { generateControlFollowUpDocument } from '#server/features/internal-control/control-follow-up-document.service';
import {
  controlFollowUpOf,
  recordControlFollowUpReport,
} from '#server/features/internal-control/control-follow-up.service';
import {
  controlFollowUpCsv,
  controlFollowUpJson,
  controlFollowUpTable,
} from '#server/features/internal-control/control-follow-up-output';
import { defineCommand } from '../cli-command';
import { writeBoardReport } from '../command-helpers';
import {
  boardReportOptions,
  isDocumentFormat,
  type BoardReportOptions,
} from './board-report-options';

/**
 * report internal-control: the follow-up of the board's internal control plan at a report
 * month (001 Bilaga 1): the summary sentence, then every control with its risk, what is
 * checked, frequency, method, assessment, result and actions; as a table, CSV or JSON, or as
 * a document of its own (HTML, DOCX, PDF).
 */
export const reportInternalControlCommand = defineCommand<BoardReportOptions>({
  name: 'report internal-control',
  description: 'uppföljning av internkontroll: kontrollpunkterna med risk, bedömning och resultat',
  options: (command) =>
    boardReportOptions(command, {
      year: 'internkontrollplanens år, t.ex. 2023',
      month: 'rapportmånad 1–12 (8 delårsbokslutet, 12 årsbokslutet)',
    }),
  handler: async ({ database, io, options }) => {
    const { format } = options;
    const key = { year: options.year, month: options.month };
    await writeBoardReport(database, io, options, {
      what: `uppföljningen av internkontroll ${String(options.year)}`,
      documentFormat: isDocumentFormat(format) ? format : null,
      make: async (ctx, boardCode) => {
        if (isDocumentFormat(format))
          return (await generateControlFollowUpDocument(ctx, { ...key, format })).content;
        const report = await controlFollowUpOf(ctx, key);
        await recordControlFollowUpReport(ctx, key, format, boardCode);
        return format === 'csv'
          ? controlFollowUpCsv(report)
          : format === 'json'
            ? controlFollowUpJson(report, key)
            : controlFollowUpTable(report, key);
      },
    });
    return 0;
  },
});
