import { describe, expect, it } from 'vitest';
import type { Grant } from '#domain/access/access-policy';
import { followUpScopeOf } from './follow-up-access';

const grant = (role: Grant['role'], boardId: string | null, orgUnitId: string | null): Grant => ({
  role,
  municipalityId: 'm1',
  boardId,
  orgUnitId,
});

describe('what of the follow-up a user reads', () => {
  it('is the whole board for a controller or an auditor', () => {
    expect(followUpScopeOf([grant('controller', 'b1', null)], 'm1', 'b1')).toEqual({
      kind: 'board',
    });
    expect(followUpScopeOf([grant('auditor', null, null)], 'm1', 'b1')).toEqual({ kind: 'board' });
  });

  it('is the granted departments and units for their heads, once each', () => {
    expect(
      followUpScopeOf(
        [
          grant('unit-head', 'b1', 'u1'),
          grant('department-head', 'b1', 'd1'),
          grant('unit-head', 'b1', 'u1'),
        ],
        'm1',
        'b1',
      ),
    ).toEqual({ kind: 'units', orgUnitIds: ['u1', 'd1'] });
  });

  it('leaves out other boards, other municipalities and roles without the follow-up', () => {
    expect(
      followUpScopeOf(
        [
          grant('controller', 'b2', null),
          { ...grant('controller', 'b1', null), municipalityId: 'm2' },
          grant('board-member', 'b1', null),
          grant('admin', null, null),
        ],
        'm1',
        'b1',
      ),
    ).toEqual({ kind: 'units', orgUnitIds: [] });
  });
});
