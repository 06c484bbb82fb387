import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { parseHrFile } from '#domain/personnel/hr-file';
import { formatTenthsSv, sickLeaveTable } from '#domain/personnel/sick-leave';
import { demoHrCsv, demoHrExport, DEMO_SICK_LEAVE_TARGETS } from './demo-hr-export';
import { DEMO_UNIT_CODES } from './demo-organisation';
import { seededRandom } from './seeded-random';

const exported = () => demoHrExport(seededRandom(1818), DEMO_UNIT_CODES);
const records = () => {
  const rows = exported();
  return [...rows[2022], ...rows[2023]].map((row) => ({
    ...row,
    employeeKey: row.employeeNumber,
    unitId: row.unitCode,
  }));
};

describe('the demo HR export', () => {
  it('is the same on every run', () => {
    expect(demoHrCsv(exported()[2023])).toBe(demoHrCsv(exported()[2023]));
  });

  it('gives the board 001’s sick leave January–July, with 2023’s Dag 60– 4,9 so the bands add up', () => {
    const table = sickLeaveTable(records(), 2023, 7);
    expect(
      table.rows.map((row) => [
        row.label,
        formatTenthsSv(row.current.tenths),
        formatTenthsSv(row.previous.tenths),
        formatTenthsSv(row.differenceTenths),
      ]),
    ).toEqual([
      ['Total sjukfrånvaro', '8,2', '11,2', '-3,0'],
      ['Kvinnor', '9,8', '12,7', '-2,9'],
      ['Män', '4,0', '4,6', '-0,6'],
      ['≤29 år', '3,2', '5,0', '-1,8'],
      ['30–49 år', '10,4', '14,5', '-4,1'],
      ['≥50 år', '6,9', '7,7', '-0,8'],
      ['Dag 1–14', '2,2', '3,1', '-0,9'],
      ['Dag 15–59', '1,1', '1,4', '-0,3'],
      ['Dag 60–', '4,9', '6,7', '-1,8'],
    ]);
    expect(table.smallGroups).toBe(false);
    const bands = DEMO_SICK_LEAVE_TARGETS[2023];
    expect(bands.days1to14 + bands.days15to59 + bands.days60).toBe(bands.total);
  });

  it('reads back as the HR file, every row within the rules', () => {
    const rows = exported();
    for (const year of [2022, 2023] as const) {
      const read = parseHrFile(csvRows(demoHrCsv(rows[year])));
      expect(read.issues).toEqual([]);
      expect(read.rows).toHaveLength(rows[year].length);
    }
    const units = new Set(rows[2023].map((row) => row.unitCode));
    expect([...units].sort()).toEqual([...DEMO_UNIT_CODES].sort());
  });
});
