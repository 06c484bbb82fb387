import { describe, expect, it } from 'vitest';
import {
  decideAccess,
  holdsAnywhere,
  readableScope,
  visibleBoardIds,
  type Grant,
  type Principal,
} from './access-policy';
import type { Role } from './roles';

const M = 'municipality-1';
const OTHER_M = 'municipality-2';
const SN = 'board-sn';
const KS = 'board-ks';
const YOUNG = 'department-young';
const CHILDREN = 'unit-children';
const YOUTH = 'unit-youth';
const ADULTS = 'department-adults';
const HOUSING = 'unit-housing';

const principal = (grants: Grant[], installationAdmin = false): Principal => ({
  userId: 'user',
  username: 'user',
  displayName: 'User',
  installationAdmin,
  grants,
});
const grant = (role: Role, boardId: string | null = null, orgUnitId: string | null = null) => ({
  role,
  municipalityId: M,
  boardId,
  orgUnitId,
});

const board = { municipalityId: M, boardId: SN };
const youth = { municipalityId: M, boardId: SN, orgUnitPath: [YOUNG, YOUTH] };
const housing = { municipalityId: M, boardId: SN, orgUnitPath: [ADULTS, HOUSING] };
const municipality = { municipalityId: M };

describe('who may read the operating statement where', () => {
  it.each([
    ['controller of the board', grant('controller', SN), board, 'allowed'],
    ['controller of the board, a unit', grant('controller', SN), youth, 'allowed'],
    ['controller of another board', grant('controller', KS), board, 'forbidden'],
    ['auditor of the municipality', grant('auditor'), housing, 'allowed'],
    [
      'department head, a unit of the department',
      grant('department-head', SN, YOUNG),
      youth,
      'allowed',
    ],
    [
      'department head, the department itself',
      grant('department-head', SN, YOUNG),
      { ...board, orgUnitPath: [YOUNG] },
      'allowed',
    ],
    [
      'department head, another department’s unit',
      grant('department-head', SN, YOUNG),
      housing,
      'forbidden',
    ],
    ['department head, the whole board', grant('department-head', SN, YOUNG), board, 'forbidden'],
    ['unit head, the unit', grant('unit-head', SN, YOUTH), youth, 'allowed'],
    [
      'unit head, its department',
      grant('unit-head', SN, YOUTH),
      { ...board, orgUnitPath: [YOUNG] },
      'forbidden',
    ],
    [
      'unit head, a sibling unit',
      grant('unit-head', SN, YOUTH),
      { ...board, orgUnitPath: [YOUNG, CHILDREN] },
      'forbidden',
    ],
    ['board member (published reports only)', grant('board-member', SN), board, 'forbidden'],
    ['admin (users and organisation, not figures)', grant('admin'), board, 'forbidden'],
  ] as const)('%s: %s', (_label, held, target, expected) => {
    expect(decideAccess(principal([held]), 'statement:read', target)).toBe(expected);
  });

  it('does not tell that a municipality exists to someone who holds nothing in it', () => {
    const controller = principal([grant('controller', SN)]);
    expect(decideAccess(controller, 'statement:read', { ...board, municipalityId: OTHER_M })).toBe(
      'not-found',
    );
  });

  it('a unit head of two units reads both, and only them', () => {
    const head = principal([grant('unit-head', SN, YOUTH), grant('unit-head', SN, HOUSING)]);
    expect(decideAccess(head, 'statement:read', youth)).toBe('allowed');
    expect(decideAccess(head, 'statement:read', housing)).toBe('allowed');
    expect(readableScope(head, M, SN)).toEqual([YOUTH, HOUSING]);
    expect(readableScope(principal([grant('auditor')]), M, SN)).toBe('board');
    expect(readableScope(principal([grant('board-member', SN)]), M, SN)).toEqual([]);
  });
});

describe('who may read the board’s published monthly reports', () => {
  it.each([
    ['board member of the board', grant('board-member', SN), 'allowed'],
    ['board member of another board', grant('board-member', KS), 'forbidden'],
    ['controller of the board', grant('controller', SN), 'allowed'],
    ['auditor of the municipality', grant('auditor'), 'allowed'],
    // The board's own documents: a head of a part of the board reads them too.
    ['unit head of a unit of the board', grant('unit-head', SN, YOUTH), 'allowed'],
    ['department head in the board', grant('department-head', SN, YOUNG), 'allowed'],
    ['unit head in another board', grant('unit-head', KS, YOUTH), 'forbidden'],
    ['admin (users and organisation, not figures)', grant('admin'), 'forbidden'],
  ] as const)('%s: %s', (_label, held, expected) => {
    expect(decideAccess(principal([held]), 'follow-up:published', board)).toBe(expected);
  });

  it('is not the follow-up itself: a board member reads neither the view nor a unit', () => {
    const member = principal([grant('board-member', SN)]);
    expect(decideAccess(member, 'follow-up:read', board)).toBe('forbidden');
    expect(decideAccess(member, 'follow-up:read', youth)).toBe('forbidden');
    expect(holdsAnywhere(member, 'follow-up:published')).toBe(true);
    expect(holdsAnywhere(member, 'follow-up:read')).toBe(false);
  });
});

describe('municipality-wide permissions', () => {
  it('imports: a controller of any board of the municipality, not an auditor', () => {
    expect(decideAccess(principal([grant('controller', SN)]), 'ledger:import', municipality)).toBe(
      'allowed',
    );
    expect(decideAccess(principal([grant('auditor')]), 'ledger:import', municipality)).toBe(
      'forbidden',
    );
    expect(decideAccess(principal([grant('auditor')]), 'ledger:history', municipality)).toBe(
      'allowed',
    );
  });

  it('the audit log: auditor and admin', () => {
    for (const role of ['auditor', 'admin'] as const) {
      expect(decideAccess(principal([grant(role)]), 'audit:read', municipality)).toBe('allowed');
    }
    for (const role of ['controller', 'unit-head', 'board-member'] as const) {
      expect(decideAccess(principal([grant(role, SN)]), 'audit:read', municipality)).toBe(
        'forbidden',
      );
    }
  });

  it('the installation admin administers every municipality, sets them up from files, reads no figures', () => {
    const installationAdmin = principal([], true);
    expect(
      decideAccess(installationAdmin, 'administration:manage', { municipalityId: OTHER_M }),
    ).toBe('allowed');
    expect(decideAccess(installationAdmin, 'statement:read', board)).toBe('forbidden');
    expect(holdsAnywhere(installationAdmin, 'administration:manage')).toBe(true);
    expect(holdsAnywhere(installationAdmin, 'ledger:import')).toBe(true);
    expect(decideAccess(installationAdmin, 'ledger:import', { municipalityId: OTHER_M })).toBe(
      'allowed',
    );
    expect(holdsAnywhere(principal([grant('admin')]), 'ledger:import')).toBe(false);
  });
});

describe('what a user sees of the organisation', () => {
  it('a unit head sees the board their unit is in, not another board', () => {
    const head = principal([grant('unit-head', SN, YOUTH)]);
    expect(decideAccess(head, 'organisation:read', board)).toBe('allowed');
    expect(decideAccess(head, 'organisation:read', { ...board, boardId: KS })).toBe('forbidden');
  });

  it('boards: those granted, or all with a municipality-wide role', () => {
    expect(visibleBoardIds(principal([grant('unit-head', SN, YOUTH)]), M, [SN, KS])).toEqual([SN]);
    expect(visibleBoardIds(principal([grant('auditor')]), M, [SN, KS])).toEqual([SN, KS]);
    expect(visibleBoardIds(principal([grant('auditor')]), OTHER_M, [SN, KS])).toEqual([]);
  });
});
