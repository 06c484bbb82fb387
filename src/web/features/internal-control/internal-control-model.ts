import type { RiskDto } from '#contract/internal-control';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';

/**
 * The page's small rules: the year before's value of a risk, the sample draw form read into
 * its request (accounts, the lowest amount in kronor as öre), and the report months.
 */

/** The report months the page follows up: the interim report (augusti) and the year's. */
export const REPORT_MONTHS = [
  { month: 8, label: 'Delår augusti' },
  { month: 12, label: 'Helår december' },
] as const;

/** The first letter in upper case: "handläggare i …" as a heading or a choice. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Förra året: last year's value, or "Ny" for a risk new this year. */
export const previousValueSv = (risk: Pick<RiskDto, 'previous'>): string =>
  risk.previous ? String(risk.previous.value) : 'Ny';

const SPACES = /[\s\u00a0\u202f]/g;

export type ParsedOre =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ore'; readonly value: number }
  | { readonly kind: 'invalid' };

/** Kronor as typed ("1 500", "1500,50", "25 000 kr") in öre; never through floats. */
export function parseKronorToOre(text: string): ParsedOre {
  const compact = text.replace(SPACES, '').replace(/kr$/i, '');
  if (compact === '') return { kind: 'empty' };
  const match = /^(\d{1,13})(?:[,.](\d{1,2}))?$/.exec(compact);
  if (!match) return { kind: 'invalid' };
  return { kind: 'ore', value: Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) };
}

/** Accounts as typed: "4710, 4720-4729" or on lines; each kept as written. */
export function parseAccounts(text: string): { accounts: string[]; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/[–—]/g, '-'))
    .filter((part) => part !== '');
  return {
    accounts: parts.filter((part) => /^\d{3,6}(-\d{3,6})?$/.test(part)),
    invalid: parts.filter((part) => !/^\d{3,6}(-\d{3,6})?$/.test(part)),
  };
}

export interface SampleDrawDraft {
  readonly population: 'access_log' | 'audit_log' | 'ledger';
  readonly from: string;
  readonly to: string;
  readonly accounts: string;
  readonly minAmount: string;
  readonly size: string;
  readonly seed: string;
  readonly controlId: string;
  readonly reviewerOrgUnitId: string;
}

export interface SampleDrawRequest {
  readonly population: SampleDrawDraft['population'];
  readonly from: string;
  readonly to: string;
  readonly accounts: string[];
  readonly minAmountOre: number | null;
  readonly size: number;
  readonly seed: string;
  readonly controlId: string | null;
  readonly reviewerOrgUnitId: string | null;
}

/**
 * The draw form's draft read into the request, or what is wrong per field in Swedish. The
 * server checks the rest (dates, the size against the population, the control).
 */
export function readSampleDraw(draft: SampleDrawDraft): {
  readonly request: SampleDrawRequest | null;
  readonly errors: Readonly<Partial<Record<keyof SampleDrawDraft, string>>>;
} {
  const errors: Partial<Record<keyof SampleDrawDraft, string>> = {};
  const size = parseWholeNumberSv(draft.size);
  if (size.kind !== 'number' || size.value < 1) {
    errors.size = 'Ange urvalets storlek som ett heltal, minst 1.';
  }
  const ledger = draft.population === 'ledger';
  const accounts = ledger ? parseAccounts(draft.accounts) : { accounts: [], invalid: [] };
  if (accounts.invalid.length > 0) {
    errors.accounts = `Ett konto är 3–6 siffror eller ett intervall som 4710-4719 (${accounts.invalid.join(', ')}).`;
  } else if (ledger && accounts.accounts.length === 0) {
    errors.accounts = 'Ange minst ett konto.';
  }
  const amount = ledger ? parseKronorToOre(draft.minAmount) : ({ kind: 'empty' } as const);
  if (amount.kind === 'invalid') {
    errors.minAmount = 'Ange lägsta belopp i kronor, till exempel 5 000 eller 1 250,50.';
  }
  if (draft.seed.trim() === '') errors.seed = 'Ange ett frö, till exempel månadens namn.';
  if (Object.keys(errors).length > 0 || size.kind !== 'number') return { request: null, errors };
  return {
    request: {
      population: draft.population,
      from: draft.from.trim(),
      to: draft.to.trim(),
      accounts: accounts.accounts,
      minAmountOre: amount.kind === 'ore' ? amount.value : null,
      size: size.value,
      seed: draft.seed.trim(),
      controlId: draft.controlId === '' ? null : draft.controlId,
      reviewerOrgUnitId: draft.reviewerOrgUnitId === '' ? null : draft.reviewerOrgUnitId,
    },
    errors,
  };
}

/** "vid delåret (augusti)", "vid helåret (december)", else "t.o.m. mars". */
export function reportMonthSv(month: Month): string {
  if (month === 8) return 'vid delåret (augusti)';
  if (month === 12) return 'vid helåret (december)';
  return `t.o.m. ${MONTH_NAMES_SV[month]}`;
}
