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
import { cliContext } from '../cli-actor';
import { outputFile, writeOutput } from '../cli-files';
import { UsageError } from '../cli-io';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

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
    if (isDocumentFormat(format) && options.output === undefined) {
      throw new UsageError(`Ange filen att skriva med -o (formatet ${format} skrivs till en fil).`);
    }
    const output = options.output === undefined ? undefined : await outputFile(io, options.output);
    const { municipality, board, ref } = await chooseBoard(database, options);
    const ctx = cliContext(database, ref);
    const key = { year: options.year, month: options.month };

    let content: string | Buffer;
    if (isDocumentFormat(format)) {
      content = (await generateControlFollowUpDocument(ctx, { ...key, format })).content;
    } else {
      const report = await controlFollowUpOf(ctx, key);
      content =
        format === 'csv'
          ? controlFollowUpCsv(report)
          : format === 'json'
            ? controlFollowUpJson(report, key)
            : controlFollowUpTable(report, key);
      await recordControlFollowUpReport(ctx, key, format, board.code);
    }

    if (output === undefined || options.output === undefined) {
      if (typeof content === 'string') io.stdout.write(content);
    } else {
      await writeOutput(output, options.output, content);
      const size = Math.max(1, Math.round(Buffer.byteLength(content) / 1024));
      io.stdout.write(
        `Skrev uppföljningen av internkontroll ${String(options.year)} för ${board.name}, ${municipality.name}, till ${options.output} (${String(size)} kB).\n`,
      );
    }
    return 0;
  },
});
