import { Option, type Command } from 'commander';
import type { Month } from '#domain/kernel/period';
import {
  REPORT_DOCUMENT_FORMATS,
  type ReportDocumentFormat,
} from '#server/documents/render-document';
import { formatParser, parseMonthOption, parseYearOption, REPORT_FORMATS } from '../arguments';

/**
 * What a board's report of a year and report month takes on the command line (report goals,
 * report internal-control): the year and month, text (table, CSV, JSON) or a document (HTML,
 * DOCX, PDF), the file, and the municipality and board when there are several.
 */

export const BOARD_REPORT_FORMATS = [...REPORT_FORMATS, ...REPORT_DOCUMENT_FORMATS] as const;
export type BoardReportFormat = (typeof BOARD_REPORT_FORMATS)[number];

export interface BoardReportOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: BoardReportFormat;
  readonly output?: string;
  readonly municipality?: string;
  readonly board?: string;
}

export const isDocumentFormat = (format: BoardReportFormat): format is ReportDocumentFormat =>
  (REPORT_DOCUMENT_FORMATS as readonly string[]).includes(format);

/** The options, with what the year and the month are of this report ("målens år, t.ex. 2023"). */
export function boardReportOptions(
  command: Command,
  help: { readonly year: string; readonly month: string },
): Command {
  return command
    .requiredOption('--year <år>', help.year, parseYearOption)
    .requiredOption('--month <månad>', help.month, parseMonthOption)
    .addOption(
      new Option('--format <format>', `utdata: ${BOARD_REPORT_FORMATS.join(', ')}`)
        .default('table')
        .argParser(formatParser(BOARD_REPORT_FORMATS)),
    )
    .option('-o, --output <fil>', 'filen att skriva (krävs för html, docx och pdf)')
    .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)');
}
