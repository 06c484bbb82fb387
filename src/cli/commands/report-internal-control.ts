import { Option } from 'commander';
import type { Month } from '#domain/kernel/period';
import {
  CONTROL_DOCUMENT_FORMATS,
  generateControlFollowUpDocument,
  type ControlDocumentFormat,
} from '#server/features/internal-control/control-follow-up-document.service';
import {
  controlFollowUpOf,
  recordControlFollowUpReport,
} from '#server/features/internal-control/control-follow-up.service';
import {
  controlFollowUpCsv,
  controlFollowUpJson,
  controlFollowUpTable,
} from '#server/features/internal-control/control-follow-up-output';
import { formatParser, parseMonthOption, parseYearOption, REPORT_FORMATS } from '../arguments';
import { defineCommand } from '../cli-command';
import { writeBoardReport } from '../command-helpers';

const CONTROL_REPORT_FORMATS = [...REPORT_FORMATS, ...CONTROL_DOCUMENT_FORMATS] as const;
type ControlReportFormat = (typeof CONTROL_REPORT_FORMATS)[number];

interface InternalControlReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: ControlReportFormat;
  readonly output?: string;
  readonly municipality?: string;
  readonly board?: string;
}

const isDocumentFormat = (format: ControlReportFormat): format is ControlDocumentFormat =>
  (CONTROL_DOCUMENT_FORMATS as readonly string[]).includes(format);

/**
 * report internal-control: the follow-up of the board's internal control plan at a report
 * month (001 Bilaga 1): the summary sentence, then every control with its risk, what is
 * checked, frequency, method, assessment, result and actions; as a table, CSV or JSON, or as
 * a document of its own (HTML, DOCX, PDF).
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
        new Option('--format <format>', `utdata: ${CONTROL_REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(formatParser(CONTROL_REPORT_FORMATS)),
      )
      .option('-o, --output <fil>', 'filen att skriva (krävs för html, docx och pdf)')
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)'),
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
