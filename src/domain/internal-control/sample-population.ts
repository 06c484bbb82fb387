import { isIsoDate, type IsoDate } from '#domain/kernel/period';
import type { SamplePopulation, SampleVerdict } from './sample-draw';

/**
 * A sample's population as recorded with its draw (its parameters), the drawn items' texts, and
 * the review's progress as the control's follow-up shows it.
 */

/** The population's parameters: the period, both days inclusive, in Swedish days. */
export interface PeriodParameters {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A member of a population: its key (stable, sorted by it) and its text for the reviewer. */
export interface PopulationMember {
  readonly key: string;
  readonly label: string;
}

/** The populations of users in a log over a period: the case system's, or Nämndkoll's own. */
export type PeriodPopulation = Extract<SamplePopulation, 'access_log' | 'audit_log'>;

export const POPULATION_NAMES_SV: Readonly<Record<SamplePopulation, string>> = {
  access_log: 'handläggare i verksamhetssystemets åtkomstlogg',
  audit_log: 'användare i Nämndkolls granskningslogg',
  ledger: 'bokförda transaktioner',
};

/** The recorded parameters as a period; null when they are not one. */
export function periodParameters(parameters: unknown): PeriodParameters | null {
  if (typeof parameters !== 'object' || parameters === null) return null;
  const { from, to } = parameters as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return null;
  return { from, to };
}

/** "anna.berg: 37 loggposter": a user of the period and their number of entries. */
export function userMemberLabel(username: string, entries: number): string {
  return `${username}: ${String(entries)} ${entries === 1 ? 'loggpost' : 'loggposter'}`;
}

export interface ReviewProgress {
  readonly total: number;
  readonly reviewed: number;
  readonly remarks: number;
}

/** How far the review has come: items reviewed, and those with remarks. */
export function reviewProgress(
  items: readonly { readonly verdict: SampleVerdict | null }[],
): ReviewProgress {
  return {
    total: items.length,
    reviewed: items.filter((item) => item.verdict !== null).length,
    remarks: items.filter((item) => item.verdict === 'remarks').length,
  };
}

/** "Granskade: 3 av 15, varav 1 med anmärkning." */
export function reviewProgressSv(progress: ReviewProgress): string {
  const remarks =
    progress.remarks === 0
      ? 'ingen med anmärkning'
      : `varav ${String(progress.remarks)} med anmärkning`;
  return `Granskade: ${String(progress.reviewed)} av ${String(progress.total)}, ${remarks}.`;
}

export const VERDICT_NAMES_SV: Readonly<Record<SampleVerdict, string>> = {
  ok: 'utan anmärkning',
  remarks: 'med anmärkning',
};
