import { InvalidArgumentError } from 'commander';
import { monthQuerySchema, yearQuerySchema } from '../contract/common';
import { FIRST_YEAR, LAST_YEAR, type Month } from '../domain/kernel/period';

/** Parses --year with the same rule as the API, with a Swedish message naming the value. */
export function parseYearOption(value: string): number {
  const result = yearQuerySchema.safeParse(value);
  if (!result.success) {
    throw new InvalidArgumentError(
      `År ska vara ett årtal ${FIRST_YEAR}–${LAST_YEAR} (fick ”${value}”).`,
    );
  }
  return result.data;
}

export function parseMonthOption(value: string): Month {
  const result = monthQuerySchema.safeParse(value);
  if (!result.success) {
    throw new InvalidArgumentError(`Månad ska vara ett tal 1–12 (fick ”${value}”).`);
  }
  return result.data;
}

export const REPORT_FORMATS = ['table', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function parseFormatOption(value: string): ReportFormat {
  const format = REPORT_FORMATS.find((candidate) => candidate === value);
  if (!format) {
    throw new InvalidArgumentError(
      `Format ska vara ${REPORT_FORMATS.join(', ')} (fick ”${value}”).`,
    );
  }
  return format;
}
