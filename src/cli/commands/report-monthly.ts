import type { Month } from '../../domain/kernel/period';
import { MONTH_NAMES_SV } from '../../domain/kernel/period';
import type { Database } from '../../server/db/connect';
import {
  generateMonthlyReport,
  type MonthlyReportFormat,
} from '../../server/features/follow-up/monthly-report.service';
import type { CliIo } from '../cli-io';
import { writeBoardDocument, type BoardDocumentOptions } from './report-budget';

export interface MonthlyReportOptions extends BoardDocumentOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: MonthlyReportFormat;
}

/** report monthly: a month's result report (003's shape) as HTML, DOCX or PDF, to a file. */
export async function reportMonthly(
  database: Database,
  io: CliIo,
  options: MonthlyReportOptions,
): Promise<void> {
  await writeBoardDocument(
    database,
    io,
    options,
    `resultatrapporten ${MONTH_NAMES_SV[options.month]} ${String(options.year)}`,
    (clock, actor, board) =>
      generateMonthlyReport(
        database.db,
        clock,
        actor,
        board,
        { year: options.year, month: options.month },
        options.format,
      ),
  );
}
