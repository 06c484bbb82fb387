import { swedishDateTimeMinutes } from '#contract/swedish-time';
import type { ErrorBody } from '#contract/errors';
import { errorMessageSv } from '#contract/error-messages-sv';
import type { ImportJob } from '#contract/imports';
import type { ImportListEntry } from '#contract/import-history';
import { formatInteger } from '#domain/kernel/format';
import {
  MONTH_ABBREVIATIONS_SV,
  MONTH_NAMES_SV,
  periodMonth,
  periodYear,
  toPeriodNumber,
  type Month,
} from '#domain/kernel/period';

/** The encodings the server names in an outcome, as a controller knows them. */
const ENCODING_NAMES_SV: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  cp437: 'IBM PC 8-bit (CP437, SIE:s PC8)',
  'windows-1252': 'Windows-1252',
};

export function encodingNameSv(encoding: string): string {
  return ENCODING_NAMES_SV[encoding] ?? encoding;
}

const SOURCE_NAMES_SV: Readonly<Record<ImportListEntry['source'], string>> = {
  demo: 'Demodata',
  sie: 'SIE',
  csv: 'CSV',
};

export function sourceNameSv(source: ImportListEntry['source']): string {
  return SOURCE_NAMES_SV[source];
}

/** "2023-09-05 14:32", in Swedish time whatever the browser's time zone. */
export function dateTimeSv(iso: string): string {
  return swedishDateTimeMinutes(iso) || iso;
}

/** The first twelve characters of a SHA-256, enough to tell two files apart by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** 1 234 transaktioner / 1 transaktion. */
export function transactionsSv(count: number): string {
  return `${formatInteger(count)} ${count === 1 ? 'transaktion' : 'transaktioner'}`;
}

/** A file size the way a file manager writes it: 942 byte, 12,3 kB, 1,4 MB. */
export function fileSizeSv(bytes: number): string {
  if (bytes < 1000) return `${formatInteger(bytes)} byte`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1).replace('.', ',')}\u00a0${units[unit] ?? ''}`;
}

interface MonthRun {
  readonly year: number;
  readonly from: Month;
  readonly to: Month;
}

/** Consecutive months of the same year, in order. */
function monthRuns(periods: readonly number[]): MonthRun[] {
  const sorted = [...new Set(periods)].sort((a, b) => a - b).map(toPeriodNumber);
  const runs: MonthRun[] = [];
  for (const period of sorted) {
    const year = periodYear(period);
    const month = periodMonth(period);
    const last = runs.at(-1);
    if (last && last.year === year && last.to === month - 1)
      runs[runs.length - 1] = { ...last, to: month };
    else runs.push({ year, from: month, to: month });
  }
  return runs;
}

function joinSv(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} och ${parts.at(-1) ?? ''}`;
}

/** Between a month and its year: a no-break space, so "aug 2023" never wraps. */
const NBSP = '\u00a0';

/**
 * Months as in the statement's column heads, a run per year: "jan–dec 2022, jan–aug 2023",
 * "aug 2023". The same form as the CLI's import list.
 */
export function periodsShortSv(periods: readonly number[]): string {
  return monthRuns(periods)
    .map(({ year, from, to }) =>
      from === to
        ? `${MONTH_ABBREVIATIONS_SV[to]}${NBSP}${String(year)}`
        : `${MONTH_ABBREVIATIONS_SV[from]}–${MONTH_ABBREVIATIONS_SV[to]}${NBSP}${String(year)}`,
    )
    .join(', ');
}

/** Months in prose: "augusti 2023", "januari–mars 2023 och maj 2023". */
export function periodsLongSv(periods: readonly number[]): string {
  return joinSv(
    monthRuns(periods).map(({ year, from, to }) =>
      from === to
        ? `${MONTH_NAMES_SV[to]} ${String(year)}`
        : `${MONTH_NAMES_SV[from]}–${MONTH_NAMES_SV[to]} ${String(year)}`,
    ),
  );
}

/** "aug 2023": one month, as in the tables. */
export function periodShortSv(period: number): string {
  const number = toPeriodNumber(period);
  return `${MONTH_ABBREVIATIONS_SV[periodMonth(number)]}${NBSP}${String(periodYear(number))}`;
}

/** What the import history says about an import. */
export type ImportState = 'current' | 'partly-replaced' | 'replaced' | 'undone';

export function importState(entry: ImportListEntry): ImportState {
  if (entry.status === 'undone') return 'undone';
  const actual = entry.months.filter((month) => month.actual).length;
  if (actual === entry.months.length && actual > 0) return 'current';
  return actual > 0 ? 'partly-replaced' : 'replaced';
}

export const IMPORT_STATE_SV: Readonly<Record<ImportState, string>> = {
  current: 'Aktuell',
  'partly-replaced': 'Delvis ersatt',
  replaced: 'Ersatt',
  undone: 'Ångrad',
};

const PHASE_SV: Readonly<Record<ImportJob['progress']['phase'], string>> = {
  waiting: 'Väntar på att starta',
  scanning: 'Kontrollerar filen',
  reading: 'Läser in',
  writing: 'Sparar',
};

/** What a job is doing: "Granskar", "Läser in", with how far it has come (null: unknown). */
export function jobProgressSv(
  progress: ImportJob['progress'],
  dryRun: boolean,
): { readonly label: string; readonly percent: number | null } {
  const label = progress.phase === 'reading' && dryRun ? 'Granskar' : PHASE_SV[progress.phase];
  const percent =
    progress.phase === 'waiting' || progress.totalBytes <= 0
      ? null
      : Math.min(100, Math.floor((progress.bytes / progress.totalBytes) * 100));
  return { label, percent };
}

/** "45 %", with a no-break space as Swedish writes it. */
export function percentSv(percent: number): string {
  return `${String(percent)}\u00a0%`;
}

/**
 * A failure of an import job or call, in Swedish. Where the server says why (a municipality
 * code that is taken, an import that is no longer the latest), the sentence says so.
 */
export function importErrorSv(error: ErrorBody['error']): string {
  const reason = error.details.reason;
  if (error.code === 'conflict' && reason === 'municipality-exists') {
    const code = typeof error.details.value === 'string' ? ` ${error.details.value}` : '';
    return `Det finns redan en kommun med kommunkoden${code}. Välj den kommunen i sidhuvudet, eller ange en annan kod.`;
  }
  return errorMessageSv(error);
}

/** Why an import could not be undone, by the reason the server gives. */
export function undoConflictSv(reason: unknown): string {
  if (reason === 'already-undone') return 'Importen är redan ångrad.';
  return 'Importen kan inte ångras: en senare import är utfall för alla dess månader. Ångra den senare importen först.';
}
