import { describe, expect, it } from 'vitest';
import { unitsWithoutManager, type ManagedOrgUnit } from './units-without-manager';

const orgUnit = (
  id: string,
  parentId: string | null,
  kind: 'department' | 'unit' = 'unit',
  validTo: string | null = null,
): ManagedOrgUnit => ({
  id,
  parentId,
  kind,
  code: id,
  name: `Namn ${id}`,
  validFrom: null,
  validTo,
});

const UNITS = [
  orgUnit('811', null, 'department'),
  orgUnit('8111', '811'),
  orgUnit('8112', '811'),
  orgUnit('812', null, 'department'),
  orgUnit('8121', '812'),
  orgUnit('8122', '812'),
  orgUnit('8123', '812', 'unit', '2022-12-31'),
  orgUnit('890', null),
];

const ids = (units: readonly ManagedOrgUnit[]) => units.map((unit) => unit.id);

describe('unitsWithoutManager', () => {
  it('counts a department head for every unit under the department, a unit head for their unit', () => {
    const grants = [
      { role: 'department-head' as const, orgUnitId: '811' },
      { role: 'unit-head' as const, orgUnitId: '8121' },
    ];
    expect(ids(unitsWithoutManager(UNITS, grants, '2026-12-07'))).toEqual(['8122', '890']);
  });

  it('does not count other roles, nor roles for the whole board', () => {
    const grants = [
      { role: 'controller' as const, orgUnitId: null },
      { role: 'board-member' as const, orgUnitId: null },
      { role: 'auditor' as const, orgUnitId: '8111' },
    ];
    expect(ids(unitsWithoutManager(UNITS, grants, '2026-12-07'))).toEqual([
      '8111',
      '8112',
      '8121',
      '8122',
      '890',
    ]);
  });

  it('leaves out units no longer valid on the day, and keeps them while they are', () => {
    expect(ids(unitsWithoutManager(UNITS, [], '2023-01-01'))).not.toContain('8123');
    expect(ids(unitsWithoutManager(UNITS, [], '2022-12-31'))).toContain('8123');
  });
});
