import { describe, expect, it } from 'vitest';
import {
  ageBand,
  differenceTenths,
  formatTenthsSv,
  percentTenths,
  sickLeaveFigure,
  sickLeaveTable,
  type PersonnelRecord,
} from './sick-leave';

const record = (
  fields: Partial<PersonnelRecord> & { readonly employeeKey: string },
): PersonnelRecord => ({
  gender: 'K',
  birthYear: 1980,
  unitId: 'u1',
  period: 202301,
  scheduled: 10000,
  sickDays1to14: 0,
  sickDays15to59: 0,
  sickDays60: 0,
  ...fields,
});

/** Five women and five men, each 100 h a month in January and February of 2022 and 2023. */
function staff(): PersonnelRecord[] {
  const records: PersonnelRecord[] = [];
  for (let i = 0; i < 10; i += 1) {
    for (const period of [202201, 202202, 202301, 202302, 202303]) {
      records.push(
        record({
          employeeKey: `e${String(i)}`,
          gender: i < 5 ? 'K' : 'M',
          birthYear: i < 4 ? 1995 : i < 9 ? 1980 : 1960,
          period,
          sickDays1to14: i === 0 ? 1000 : i === 5 ? 500 : 0,
          sickDays15to59: i === 1 && period < 202300 ? 2000 : 0,
          sickDays60: i === 9 ? 4000 : 0,
        }),
      );
    }
  }
  return records;
}

describe('sick leave', () => {
  it('is sick hours over scheduled hours for January to the report month, by gender, age and band', () => {
    const table = sickLeaveTable(staff(), 2023, 2);
    const shown = Object.fromEntries(
      table.rows.map((row) => [
        row.label,
        [row.current.tenths, row.previous.tenths, row.differenceTenths].map(formatTenthsSv),
      ]),
    );
    // 2023: sick 10 + 5 + 40 h a month of 1 000 h: 5,5 %; 2022 also 20 h of days 15–59: 7,5 %.
    expect(shown).toEqual({
      'Total sjukfrånvaro': ['5,5', '7,5', '-2,0'],
      Kvinnor: ['2,0', '6,0', '-4,0'],
      Män: ['9,0', '9,0', '0,0'],
      // e0–e3 born 1995: 28 in 2023, 27 in 2022; only four of them: not shown.
      '≤29 år': ['–', '–', '–'],
      '30–49 år': ['1,0', '1,0', '0,0'],
      '≥50 år': ['–', '–', '–'],
      'Dag 1–14': ['1,5', '1,5', '0,0'],
      'Dag 15–59': ['0,0', '2,0', '-2,0'],
      'Dag 60–': ['4,0', '4,0', '0,0'],
    });
    expect(table.smallGroups).toBe(true);
  });

  it('lets the bands add up to the total', () => {
    const table = sickLeaveTable(staff(), 2022, 2);
    const byKey = new Map(table.rows.map((row) => [row.key, row.current]));
    const bands = ['days-1-14', 'days-15-59', 'days-60'] as const;
    expect(bands.reduce((sum, key) => sum + (byKey.get(key)?.sick ?? 0), 0)).toBe(
      byKey.get('total')?.sick,
    );
  });

  it('counts distinct employees with scheduled time, so a group of four is "–" and five is shown', () => {
    const four = [0, 1, 2, 3].map((i) =>
      record({ employeeKey: `k${String(i)}`, sickDays1to14: 500 }),
    );
    // The same employee in two units and two months counts once.
    const twice = [...four, record({ employeeKey: 'k0', unitId: 'u2', period: 202302 })];
    expect(sickLeaveFigure(twice, 'total', 2023, 2)).toMatchObject({ employees: 4, tenths: null });
    const withZero = [...four, record({ employeeKey: 'k9', scheduled: 0 })];
    expect(sickLeaveFigure(withZero, 'total', 2023, 1).tenths).toBeNull();
    const five = [...four, record({ employeeKey: 'k4' })];
    expect(sickLeaveFigure(five, 'total', 2023, 1)).toMatchObject({ employees: 5, tenths: 40 });
    expect(sickLeaveTable(five, 2023, 1).rows[0]?.differenceTenths).toBeNull();
  });

  it('leaves out months after the report month and other years', () => {
    const records = [0, 1, 2, 3, 4].flatMap((i) => [
      record({ employeeKey: `x${String(i)}`, period: 202303, sickDays1to14: 10000 }),
      record({ employeeKey: `x${String(i)}`, period: 202301 }),
      record({ employeeKey: `x${String(i)}`, period: 202401, sickDays1to14: 10000 }),
    ]);
    expect(sickLeaveFigure(records, 'total', 2023, 2).tenths).toBe(0);
    expect(sickLeaveFigure(records, 'total', 2023, 3).tenths).toBe(500);
  });

  it('rounds half away from zero only when shown, and takes the difference of unrounded values', () => {
    expect(percentTenths(5, 10000)).toBe(1); // 0,05 % -> 0,1
    expect(percentTenths(4, 10000)).toBe(0); // 0,04 % -> 0,0
    expect(percentTenths(2625, 10000)).toBe(263); // 26,25 % -> 26,3
    // 8,24 % and 5,16 %: shown 8,2 and 5,2 (3,0 apart), the difference 3,08 is 3,1.
    const current = { sick: 824, scheduled: 10000, employees: 9, tenths: 82 };
    const previous = { sick: 516, scheduled: 10000, employees: 9, tenths: 52 };
    expect(differenceTenths(current, previous)).toBe(31);
    expect(differenceTenths(previous, current)).toBe(-31);
    // -0,05 is -0,1 (away from zero).
    expect(differenceTenths({ ...current, sick: 0 }, { ...previous, sick: 5 })).toBe(-1);
    expect(formatTenthsSv(-31)).toBe('-3,1');
    expect(formatTenthsSv(null)).toBe('–');
  });

  it('takes the age as the column year minus the birth year', () => {
    expect(ageBand(2023, 1994)).toBe('age-29');
    expect(ageBand(2023, 1993)).toBe('age-30-49');
    expect(ageBand(2023, 1974)).toBe('age-30-49');
    expect(ageBand(2023, 1973)).toBe('age-50');
    expect(ageBand(2022, 1993)).toBe('age-29');
  });
});
