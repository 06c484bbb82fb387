import { describe, expect, it } from 'vitest';
import { grantIssues, scopedGrant, type GrantContext } from './grant-rules';

const context: GrantContext = {
  boardIds: new Set(['board-sn', 'board-kf']),
  orgUnits: new Map([
    ['dept-81', { boardId: 'board-sn', kind: 'department' as const }],
    ['unit-8113', { boardId: 'board-sn', kind: 'unit' as const }],
  ]),
};

describe('grantIssues', () => {
  it('gives administratör and revisor the whole municipality, nothing narrower', () => {
    expect(grantIssues({ role: 'admin', boardId: null, orgUnitId: null }, context)).toEqual([]);
    expect(grantIssues({ role: 'auditor', boardId: 'board-sn', orgUnitId: null }, context)).toEqual(
      [{ field: 'boardId', problem: 'not-allowed', value: 'board-sn' }],
    );
  });

  it('gives controller and nämndledamot a board of the municipality', () => {
    expect(
      grantIssues({ role: 'controller', boardId: 'board-sn', orgUnitId: null }, context),
    ).toEqual([]);
    expect(grantIssues({ role: 'board-member', boardId: null, orgUnitId: null }, context)).toEqual([
      { field: 'boardId', problem: 'required' },
    ]);
    expect(
      grantIssues({ role: 'controller', boardId: 'board-elsewhere', orgUnitId: null }, context),
    ).toEqual([{ field: 'boardId', problem: 'unknown', value: 'board-elsewhere' }]);
    expect(
      grantIssues({ role: 'controller', boardId: 'board-sn', orgUnitId: 'unit-8113' }, context),
    ).toEqual([{ field: 'orgUnitId', problem: 'not-allowed', value: 'unit-8113' }]);
  });

  it('gives avdelningschef a department and enhetschef a unit', () => {
    expect(
      grantIssues({ role: 'department-head', boardId: null, orgUnitId: 'dept-81' }, context),
    ).toEqual([]);
    expect(
      grantIssues({ role: 'unit-head', boardId: 'board-sn', orgUnitId: 'unit-8113' }, context),
    ).toEqual([]);
    expect(
      grantIssues({ role: 'unit-head', boardId: null, orgUnitId: 'dept-81' }, context),
    ).toEqual([{ field: 'orgUnitId', problem: 'wrong-unit-kind', value: 'dept-81' }]);
    expect(
      grantIssues({ role: 'department-head', boardId: null, orgUnitId: null }, context),
    ).toEqual([{ field: 'orgUnitId', problem: 'required' }]);
    expect(
      grantIssues({ role: 'unit-head', boardId: 'board-kf', orgUnitId: 'unit-8113' }, context),
    ).toEqual([{ field: 'boardId', problem: 'unknown', value: 'board-kf' }]);
  });

  it('stores a unit role with the unit’s board', () => {
    expect(
      scopedGrant({ role: 'unit-head', boardId: null, orgUnitId: 'unit-8113' }, context),
    ).toEqual({ boardId: 'board-sn', orgUnitId: 'unit-8113' });
  });
});
