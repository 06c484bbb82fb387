import { MONTH_NAMES_SV, toMonth, type IsoDate } from '../kernel/period';
import type { SamplePopulation } from './sample-draw';
import { POPULATION_NAMES_SV, reviewProgressSv, type ReviewProgress } from './sample-population';

/**
 * The samples drawn for a control, as its follow-up tells of them: the period, how many of how
 * many, and how far their review has come ("Stickprov 4–10 september 2023: 15 av 40 handläggare
 * i verksamhetssystemets åtkomstlogg. Granskade: 10 av 15, ingen med anmärkning.").
 */

export interface ControlSample {
  readonly controlId: string;
  readonly population: SamplePopulation;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly size: number;
  readonly populationCount: number;
  readonly progress: ReviewProgress;
}

const day = (date: IsoDate) => Number(date.slice(8, 10));
const month = (date: IsoDate) => MONTH_NAMES_SV[toMonth(Number(date.slice(5, 7)))];
const year = (date: IsoDate) => date.slice(0, 4);

/** "4–10 september 2023", "28 augusti–3 september 2023", "2023-12-28–2024-01-03" as days. */
export function samplePeriodSv(from: IsoDate, to: IsoDate): string {
  if (from === to) return `${String(day(from))} ${month(from)} ${year(from)}`;
  if (year(from) !== year(to)) {
    return `${String(day(from))} ${month(from)} ${year(from)}–${String(day(to))} ${month(to)} ${year(to)}`;
  }
  if (month(from) !== month(to)) {
    return `${String(day(from))} ${month(from)}–${String(day(to))} ${month(to)} ${year(to)}`;
  }
  return `${String(day(from))}–${String(day(to))} ${month(to)} ${year(to)}`;
}

/** One sample's sentence in the control's follow-up. */
export function controlSampleSv(sample: ControlSample): string {
  return `Stickprov ${samplePeriodSv(sample.from, sample.to)}: ${String(sample.size)} av ${String(sample.populationCount)} ${POPULATION_NAMES_SV[sample.population]}. ${reviewProgressSv(sample.progress)}`;
}

/** The samples that belong to a follow-up at a report month: those whose period has begun. */
export function samplesAtReport(
  samples: readonly ControlSample[],
  year: number,
  reportMonth: number,
): ControlSample[] {
  const end = `${String(year)}-${String(reportMonth).padStart(2, '0')}-31`;
  return samples
    .filter((sample) => sample.from <= end)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
