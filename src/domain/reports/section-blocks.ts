import { formatFixed, GROUP_SEPARATOR } from '../kernel/format';
import { MONTH_NAMES_SV, toMonth } from '../kernel/period';
import { heading, type Block, type HeadingLevel } from './document';

/**
 * What report sections built by pure code share (the volumes and sick leave, like the goal
 * report's and the internal control's): the heading a caller places them under, the period
 * they cover in words, and a change in percent as the tables and the prose write it.
 */

/** A section's heading: numbered in a report, plain, or none (the caller writes its own). */
export interface SectionHeading {
  readonly heading: 'numbered' | 'plain' | 'none';
  /** The heading's level; 2 when left out (a part of a report's section). */
  readonly level?: HeadingLevel;
}

export function sectionHeading(text: string, options: SectionHeading): Block[] {
  if (options.heading === 'none') return [];
  return [heading(options.level ?? 2, text, options.heading === 'numbered')];
}

/** The heading level one under the section's (for a heading inside it), at most 3. */
export function levelUnder(options: SectionHeading): HeadingLevel {
  const level = options.level ?? 2;
  return options.heading === 'none' ? level : level === 1 ? 2 : 3;
}

/** "januari–augusti 2023", or "januari 2023" for January alone. */
export function yearToDateSv(year: number, month: number): string {
  return month === 1
    ? `januari ${String(year)}`
    : `januari–${MONTH_NAMES_SV[toMonth(month)]} ${String(year)}`;
}

/** "januari till augusti", as 001 writes a period in prose; "januari" alone. */
export function monthsToDateProseSv(month: number): string {
  return month === 1 ? 'januari' : `januari till ${MONTH_NAMES_SV[toMonth(month)]}`;
}

/** A change in tenths of a percent as a table writes it: "+5,6 %", "-3,0 %", "0,0 %", "–". */
export function changeCellSv(tenths: number | null): string {
  if (tenths === null) return '–';
  return `${tenths > 0 ? '+' : ''}${formatFixed(tenths, 1)}${GROUP_SEPARATOR}%`;
}

/** Tenths without the sign, as prose writes an increase or a decrease: "5,6". */
export const tenthsProseSv = (tenths: number): string => formatFixed(Math.abs(tenths), 1);

/** The first letter in upper case: "orosanmälningar" → "Orosanmälningar". */
export const capitalised = (text: string): string =>
  text === '' ? text : `${text.charAt(0).toLocaleUpperCase('sv')}${text.slice(1)}`;
