import { formatHours, HR_COLUMNS, type Gender } from '#domain/personnel/hr-file';
import { ageBand } from '#domain/personnel/sick-leave';
import type { SeededRandom } from './seeded-random';

/**
 * The demo's HR export (docs/personnel.md): made-up employees of the board's units, their
 * scheduled and sick hours for January–July 2022 and 2023, made so that the board's sick leave
 * is 001's table ("Personal", seed-tables.json `001_sick_leave_percent_jan_jul`) to the tenth.
 * 001's 2023 bands (2,2 + 1,1 + 5,3 = 8,6) do not add up to its total 8,2; the demo keeps Dag
 * 1–14 and Dag 15–59 and has Dag 60– 4,9 (not 5,3), the one figure changed, by the least
 * needed: every other figure of the table, and every difference but Dag 60–'s, is 001's.
 *
 * How: the scheduled hours of each group (gender × age band) are the year's hours times the
 * gender's and the age band's shares, the shares chosen so the groups' rates average to the
 * total; a group's sick hours are its hours × gender rate × age rate / total rate (so both
 * the genders' and the age bands' rates come out), spread over its employees and months with
 * a seeded generator; each row's sick hours are split into the bands in the year's proportions.
 * Sums are kept exact by cumulative rounding, so the figures land within a hundredth of a
 * percentage point of the targets.
 */

/** A year's target figures, in tenths of a percent. */
export interface SickLeaveTargets {
  readonly total: number;
  readonly women: number;
  readonly men: number;
  readonly age29: number;
  readonly age30to49: number;
  readonly age50: number;
  readonly days1to14: number;
  readonly days15to59: number;
  readonly days60: number;
}

/** 001's table, with 2023's Dag 60– 4,9 so the bands add up to the total (see above). */
export const DEMO_SICK_LEAVE_TARGETS: Readonly<Record<2022 | 2023, SickLeaveTargets>> = {
  2023: {
    total: 82,
    women: 98,
    men: 40,
    age29: 32,
    age30to49: 104,
    age50: 69,
    days1to14: 22,
    days15to59: 11,
    days60: 49,
  },
  2022: {
    total: 112,
    women: 127,
    men: 46,
    age29: 50,
    age30to49: 145,
    age50: 77,
    days1to14: 31,
    days15to59: 14,
    days60: 67,
  },
};

export const DEMO_HR_MONTHS = 7;

/** A row of the export as the HR system writes it. */
export interface DemoHrRow {
  readonly employeeNumber: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly unitCode: string;
  readonly period: number;
  readonly scheduled: number;
  readonly sickDays1to14: number;
  readonly sickDays15to59: number;
  readonly sickDays60: number;
}

interface Employee {
  readonly number: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly unitCode: string;
  /** Employment degree, in percent, per year. */
  readonly degree: number;
}

const AGE_BANDS = ['age-29', 'age-30-49', 'age-50'] as const;
type AgeBandKey = (typeof AGE_BANDS)[number];

/** All the scheduled hours of a year, in hundredths: about 200 full-time employees. */
const YEAR_HOURS = 200 * DEMO_HR_MONTHS * 15000;
/** The share of the hours of employees 29 or younger. */
const YOUNG_SHARE = 0.15;
/** A full-time month, hundredths of an hour. */
const FULL_MONTH = 15000;

function shares(targets: SickLeaveTargets) {
  const women = (targets.total - targets.men) / (targets.women - targets.men);
  const middle =
    (targets.total - YOUNG_SHARE * targets.age29 - (1 - YOUNG_SHARE) * targets.age50) /
    (targets.age30to49 - targets.age50);
  return {
    gender: { K: women, M: 1 - women },
    age: { 'age-29': YOUNG_SHARE, 'age-30-49': middle, 'age-50': 1 - YOUNG_SHARE - middle },
    rate: {
      K: targets.women,
      M: targets.men,
      'age-29': targets.age29,
      'age-30-49': targets.age30to49,
      'age-50': targets.age50,
    },
  };
}

/** Splits `total` over `weights` so the parts sum to it exactly (cumulative rounding). */
function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  let done = 0;
  let cumulative = 0;
  return weights.map((weight) => {
    cumulative += weight;
    const upTo = Math.round((total * cumulative) / sum);
    const part = upTo - done;
    done = upTo;
    return part;
  });
}

/** Birth years per band that keep the employee in the band in both years (ages of 2023). */
function birthYear(random: SeededRandom, band: AgeBandKey): number {
  const age =
    band === 'age-29'
      ? random.integer(21, 29)
      : band === 'age-30-49'
        ? random.integer(31, 49)
        : random.integer(51, 64);
  return 2023 - age;
}

const cellKey = (gender: Gender, band: AgeBandKey) => `${gender}/${band}`;

/**
 * The employees, enough in each group for the busier of the two years (the other year has
 * fewer in it: some came later or left), spread over the units.
 */
function employeesOf(random: SeededRandom, unitCodes: readonly string[]) {
  const cells = new Map<string, Employee[]>();
  let next = 10001;
  for (const gender of ['K', 'M'] as const) {
    for (const band of AGE_BANDS) {
      const needed = Math.max(
        ...([2022, 2023] as const).map((year) => {
          const share = shares(DEMO_SICK_LEAVE_TARGETS[year]);
          return Math.ceil(
            (YEAR_HOURS * share.gender[gender] * share.age[band]) /
              (DEMO_HR_MONTHS * FULL_MONTH * 0.9),
          );
        }),
      );
      const list: Employee[] = [];
      for (let i = 0; i < needed; i += 1) {
        list.push({
          number: String(next),
          gender,
          birthYear: birthYear(random, band),
          unitCode: random.pick(unitCodes),
          degree: random.pick([75, 80, 90, 100, 100, 100]),
        });
        next += 1;
      }
      cells.set(cellKey(gender, band), list);
    }
  }
  return cells;
}

function yearRows(
  random: SeededRandom,
  cells: ReadonlyMap<string, readonly Employee[]>,
  year: 2022 | 2023,
): DemoHrRow[] {
  const targets = DEMO_SICK_LEAVE_TARGETS[year];
  const share = shares(targets);
  const rows: DemoHrRow[] = [];
  const bandWeights = [targets.days1to14, targets.days15to59, targets.days60];
  for (const gender of ['K', 'M'] as const) {
    for (const band of AGE_BANDS) {
      const all = cells.get(cellKey(gender, band)) ?? [];
      const hours = Math.round(YEAR_HOURS * share.gender[gender] * share.age[band]);
      const sick = Math.round(
        (hours * share.rate[gender] * share.rate[band]) / (targets.total * 1000),
      );
      // As many employees as the hours need at their degree; the rest were not employed.
      const count = Math.min(all.length, Math.round(hours / (DEMO_HR_MONTHS * FULL_MONTH * 0.92)));
      const staff = all.slice(0, count);
      const months = staff.flatMap((employee) =>
        Array.from({ length: DEMO_HR_MONTHS }, (_, index) => ({ employee, month: index + 1 })),
      );
      const scheduled = spread(
        hours,
        months.map(({ employee }) => employee.degree * (0.95 + random.next() * 0.1)),
      );
      const sickWeights = months.map((_, index) =>
        random.next() < 0.6 ? 0 : (scheduled[index] ?? 0) * (0.5 + 2 * random.next()),
      );
      const sickHours = spread(sick, sickWeights);
      months.forEach(({ employee, month }, index) => {
        const rowScheduled = scheduled[index] ?? 0;
        const rowSick = sickHours[index] ?? 0;
        if (rowSick > rowScheduled) throw new Error('Demo HR export: sick hours above scheduled');
        const [days1to14 = 0, days15to59 = 0, days60 = 0] = spread(rowSick, bandWeights);
        rows.push({
          employeeNumber: employee.number,
          gender,
          birthYear: employee.birthYear,
          unitCode: employee.unitCode,
          period: year * 100 + month,
          scheduled: rowScheduled,
          sickDays1to14: days1to14,
          sickDays15to59: days15to59,
          sickDays60: days60,
        });
      });
      if (staff.some((employee) => ageBand(year, employee.birthYear) !== band))
        throw new Error('Demo HR export: an employee outside the age band');
    }
  }
  return rows.sort(
    (a, b) =>
      a.period - b.period ||
      a.unitCode.localeCompare(b.unitCode) ||
      a.employeeNumber.localeCompare(b.employeeNumber),
  );
}

/** The export's rows of January–July 2022 and of January–July 2023. */
export function demoHrExport(
  random: SeededRandom,
  unitCodes: readonly string[],
): { readonly 2022: readonly DemoHrRow[]; readonly 2023: readonly DemoHrRow[] } {
  const cells = employeesOf(random, unitCodes);
  return { 2022: yearRows(random, cells, 2022), 2023: yearRows(random, cells, 2023) };
}

/** Rows as the HR system's CSV: semicolons, decimal comma, UTF-8 with BOM, CRLF. */
export function demoHrCsv(rows: readonly DemoHrRow[]): string {
  const lines = rows.map((row) =>
    [
      row.employeeNumber,
      row.gender,
      String(row.birthYear),
      row.unitCode,
      String(row.period),
      formatHours(row.scheduled),
      formatHours(row.sickDays1to14),
      formatHours(row.sickDays15to59),
      formatHours(row.sickDays60),
    ].join(';'),
  );
  return `\uFEFF${[HR_COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`;
}
