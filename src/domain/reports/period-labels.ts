import { MONTH_ABBREVIATIONS_SV, periodMonth, periodYear, toPeriodNumber } from '../kernel/period';

/**
 * Months as a Swedish reader writes them: consecutive months of a year as a range, years
 * apart: [202201..202212, 202301..202308, 202310] -> "jan–dec 2022, jan–aug 2023, okt 2023".
 */
export function describePeriodsSv(periods: readonly number[]): string {
  const sorted = [...new Set(periods)].sort((a, b) => a - b).map(toPeriodNumber);
  const runs: { year: number; from: number; to: number }[] = [];
  for (const period of sorted) {
    const year = periodYear(period);
    const month = periodMonth(period);
    const last = runs.at(-1);
    if (last && last.year === year && last.to === month - 1) last.to = month;
    else runs.push({ year, from: month, to: month });
  }
  return runs
    .map((run) => {
      const from = MONTH_ABBREVIATIONS_SV[periodMonth(toPeriodNumber(run.year * 100 + run.from))];
      const to = MONTH_ABBREVIATIONS_SV[periodMonth(toPeriodNumber(run.year * 100 + run.to))];
      return run.from === run.to
        ? `${to} ${String(run.year)}`
        : `${from}–${to} ${String(run.year)}`;
    })
    .join(', ');
}
