import { InvalidArgumentError } from 'commander';
import { monthQuerySchema, yearQuerySchema } from '../contract/common';
import {
  FIRST_YEAR,
  isIsoDate,
  LAST_YEAR,
  type IsoDate,
  type Month,
} from '../domain/kernel/period';
import {
  isTextEncodingName,
  TEXT_ENCODINGS,
  type TextEncodingName,
} from '../server/imports/text-encoding';

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

/** Parses a date option (--from-date) as YYYY-MM-DD, a real day, naming the value if not. */
export function parseDateOption(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError(
      `Datum ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2024-01-31 (fick ”${value}”).`,
    );
  }
  return value;
}

export const REPORT_FORMATS = ['table', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A parser for --format: one of the formats, else a Swedish message naming them and the value. */
export function formatParser<Format extends string>(
  formats: readonly Format[],
): (value: string) => Format {
  return (value) => {
    const format = formats.find((candidate) => candidate === value);
    if (!format) {
      throw new InvalidArgumentError(`Format ska vara ${formats.join(', ')} (fick ”${value}”).`);
    }
    return format;
  };
}

export const parseFormatOption = formatParser(REPORT_FORMATS);

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError(`Ska vara ett heltal större än 0 (fick ”${value}”).`);
  }
  return number;
}

export function parseEncodingOption(value: string): TextEncodingName | 'auto' {
  const normalised = value.toLowerCase();
  if (normalised === 'auto' || isTextEncodingName(normalised)) return normalised;
  throw new InvalidArgumentError(
    `Teckenkodning ska vara auto, ${TEXT_ENCODINGS.join(', ')} (fick ”${value}”).`,
  );
}

/** For options that may be given several times. */
export function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}
