import type { SieField } from './sie-line';
import { parseSieDate } from './sie-values';
import type { SieHeader } from './sie-read-types';
import type { ImportIssue } from '../import-issue';

/** An account number as SIE writes it: one or more digits. */
export const SIE_ACCOUNT = /^\d+$/;

export const sieText = (field: SieField | undefined): string | undefined =>
  field?.kind === 'text' ? field.text : undefined;

/** A header with nothing read yet. */
export function emptySieHeader(): SieHeader {
  return {
    program: null,
    format: null,
    sieType: null,
    orgNumber: null,
    companyName: null,
    generated: null,
    chartType: null,
    years: new Map(),
    dimensions: new Map(),
    objects: new Map(),
    accounts: new Map(),
  };
}

/**
 * Reads an item that describes the file, its company and its chart (#PROGRAM, #RAR, #KONTO,
 * #OBJEKT, ...) into the header. Returns false for any other label, which the caller reads.
 */
export function readSieHeaderItem(
  header: SieHeader,
  label: string,
  fields: readonly SieField[],
  line: number,
  problem: (issue: ImportIssue) => void,
): boolean {
  const first = sieText(fields[0]);
  const second = sieText(fields[1]);
  switch (label) {
    case '#PROGRAM':
      header.program = [first, second].filter(Boolean).join(' ') || null;
      return true;
    case '#FORMAT':
      header.format = first ?? null;
      return true;
    case '#SIETYP':
      header.sieType = first ?? null;
      return true;
    case '#ORGNR':
      header.orgNumber = first ?? null;
      return true;
    case '#FNAMN':
      header.companyName = first ?? null;
      return true;
    case '#GEN': {
      // Only informative: a date that is no date is passed over, not an error.
      const date = parseSieDate(first ?? '');
      header.generated = date ? { date, by: second || null } : null;
      return true;
    }
    case '#KPTYP':
      header.chartType = first || null;
      return true;
    case '#RAR':
      readYear(header, fields, line, problem);
      return true;
    case '#KONTO':
      if (!first || !SIE_ACCOUNT.test(first))
        problem({ code: 'invalid-account', line, value: first ?? '' });
      else {
        const known = header.accounts.get(first);
        header.accounts.set(first, { name: second ?? '', type: known?.type });
      }
      return true;
    case '#KTYP':
      if (first && second) {
        const known = header.accounts.get(first);
        header.accounts.set(first, { name: known?.name ?? '', type: second.toUpperCase() });
      }
      return true;
    case '#DIM':
    case '#UNDERDIM':
      if (first && /^\d+$/.test(first)) header.dimensions.set(Number(first), second ?? '');
      return true;
    case '#OBJEKT':
      readObject(header, fields, line, problem);
      return true;
    default:
      return false;
  }
}

function readYear(
  header: SieHeader,
  fields: readonly SieField[],
  line: number,
  problem: (issue: ImportIssue) => void,
): void {
  const index = Number(sieText(fields[0]));
  const from = parseSieDate(sieText(fields[1]) ?? '');
  const to = parseSieDate(sieText(fields[2]) ?? '');
  if (!Number.isInteger(index) || !from || !to) {
    problem({ code: 'invalid-date', line, field: '#RAR', value: fields.map(sieText).join(' ') });
    return;
  }
  header.years.set(index, { from, to });
}

function readObject(
  header: SieHeader,
  fields: readonly SieField[],
  line: number,
  problem: (issue: ImportIssue) => void,
): void {
  const dimension = Number(sieText(fields[0]));
  const code = sieText(fields[1]);
  if (!Number.isInteger(dimension) || code === undefined) {
    problem({ code: 'invalid-object', line, value: fields.map(sieText).join(' ') });
    return;
  }
  const objects = header.objects.get(dimension) ?? new Map<string, string>();
  objects.set(code, sieText(fields[2]) ?? '');
  header.objects.set(dimension, objects);
}
