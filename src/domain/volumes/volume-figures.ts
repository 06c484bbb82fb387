import { periodMonth, periodYear, type Month, type PeriodNumber } from '#domain/kernel/period';
import { changeTenthsOfPercent } from './percent-change';

/**
 * Other volumes (orosanmälningar, …): per measure and unit, January to the report month this
 * year and last year and the change in percent; a measure followed by several units also gets
 * a row for them all.
 */

export interface VolumeValue {
  readonly measure: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly period: PeriodNumber;
  readonly value: number;
}

export interface VolumeReportRow {
  readonly measure: string;
  /** The unit's code and name; null for the measure's row of all units. */
  readonly unitCode: string | null;
  readonly unitName: string;
  readonly value: number;
  readonly valueLastYear: number;
  readonly changeTenths: number | null;
}

/** Code-unit order, never a collation: the same on every machine. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function volumeReport(
  values: readonly VolumeValue[],
  year: number,
  month: Month,
): VolumeReportRow[] {
  const sums = new Map<
    string,
    { measure: string; code: string; name: string; now: number; before: number }
  >();
  for (const value of values) {
    const valueYear = periodYear(value.period);
    if (periodMonth(value.period) > month || (valueYear !== year && valueYear !== year - 1))
      continue;
    const key = `${value.measure}\u0000${value.unitCode}`;
    const sum = sums.get(key) ?? {
      measure: value.measure,
      code: value.unitCode,
      name: value.unitName,
      now: 0,
      before: 0,
    };
    if (valueYear === year) sum.now += value.value;
    else sum.before += value.value;
    sums.set(key, sum);
  }
  const rows: VolumeReportRow[] = [];
  const measures = [...new Set([...sums.values()].map((sum) => sum.measure))].sort(byText);
  for (const measure of measures) {
    const units = [...sums.values()]
      .filter((sum) => sum.measure === measure)
      .sort((a, b) => byText(a.code, b.code));
    for (const unit of units)
      rows.push({
        measure,
        unitCode: unit.code,
        unitName: unit.name,
        value: unit.now,
        valueLastYear: unit.before,
        changeTenths: changeTenthsOfPercent(unit.now, unit.before),
      });
    if (units.length > 1) {
      const now = units.reduce((total, unit) => total + unit.now, 0);
      const before = units.reduce((total, unit) => total + unit.before, 0);
      rows.push({
        measure,
        unitCode: null,
        unitName: 'Alla enheter',
        value: now,
        valueLastYear: before,
        changeTenths: changeTenthsOfPercent(now, before),
      });
    }
  }
  return rows;
}
