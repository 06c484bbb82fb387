import { ROLE_PERMISSIONS, type Permission, type Role } from './roles';

/** A role held in a municipality, for the whole of it, one board, or a department or unit. */
export interface Grant {
  readonly role: Role;
  readonly municipalityId: string;
  /** Null: every board of the municipality. */
  readonly boardId: string | null;
  /** Null: the whole board. A department covers its units. */
  readonly orgUnitId: string | null;
}

/** Who is asking: a signed-in user and what they hold. */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  /** Sets up municipalities; an admin of every municipality. */
  readonly installationAdmin: boolean;
  readonly grants: readonly Grant[];
}

/**
 * What is asked for. Without a board the municipality as a whole (imports, the audit log);
 * with a board and no unit path the whole board; with a unit path (the department and unit,
 * top down) that part of the board.
 */
export interface AccessTarget {
  readonly municipalityId: string;
  readonly boardId?: string | undefined;
  readonly orgUnitPath?: readonly string[] | undefined;
}

export type AccessDecision = 'allowed' | 'forbidden' | 'not-found';

/** Whether a grant's scope covers the target (not whether its role has the permission). */
export function grantCovers(grant: Grant, target: AccessTarget): boolean {
  if (grant.municipalityId !== target.municipalityId) return false;
  // A municipality-wide target: any grant in the municipality is in it.
  if (target.boardId === undefined) return true;
  if (grant.boardId === null) return true;
  if (grant.boardId !== target.boardId) return false;
  if (grant.orgUnitId === null) return true;
  return target.orgUnitPath?.includes(grant.orgUnitId) ?? false;
}

/**
 * Permissions a role held for a department or unit gives for its whole board: seeing the board,
 * its published monthly reports (the board's own documents, sent to the board and beyond), its
 * goals (the board's, public in its reports), entering the outcomes of the indicators one
 * owns (which indicators those are is checked where the outcome is saved), its internal control,
 * and a sample's items and their review (which items are one's own units' is checked in the
 * service, against each item's reviewer unit), and the volumes (a head's answer holds only the
 * rows of the units under their grant: holdsFor, in the service).
 */
const WITHIN_BOARD_IS_ENOUGH: readonly Permission[] = [
  'organisation:read',
  'follow-up:published',
  'goals:read',
  'goals:outcomes',
  'internal-control:read',
  'internal-control:samples',
  'internal-control:review',
  'volumes:read',
  // A head writes the report's sections assigned to them; which those are, the service checks.
  'reports:write',
];

/** Whether a grant lies in the target's board (or the target is the municipality). */
function grantWithinBoard(grant: Grant, target: AccessTarget): boolean {
  if (grant.municipalityId !== target.municipalityId) return false;
  return target.boardId === undefined || grant.boardId === null || grant.boardId === target.boardId;
}

/**
 * The installation admin: an admin of every municipality who also sets municipalities up from
 * their first ledger file (and so imports and sees the import history).
 */
const INSTALLATION_ADMIN_PERMISSIONS: readonly Permission[] = [
  ...ROLE_PERMISSIONS.admin,
  'ledger:import',
  'ledger:history',
];

type EffectiveGrant = Grant & { readonly permissions: readonly Permission[] };

function effectiveGrants(principal: Principal, municipalityId: string): EffectiveGrant[] {
  const grants: EffectiveGrant[] = principal.grants
    .filter((grant) => grant.municipalityId === municipalityId)
    .map((grant) => ({ ...grant, permissions: ROLE_PERMISSIONS[grant.role] }));
  if (principal.installationAdmin) {
    grants.push({
      role: 'admin',
      municipalityId,
      boardId: null,
      orgUnitId: null,
      permissions: INSTALLATION_ADMIN_PERMISSIONS,
    });
  }
  return grants;
}

/**
 * May the principal do this there? A municipality where the principal holds nothing is
 * not-found (its existence is not told); one where they hold a role that does not allow it,
 * or not for that board or unit, is forbidden.
 */
export function decideAccess(
  principal: Principal,
  permission: Permission,
  target: AccessTarget,
): AccessDecision {
  const grants = effectiveGrants(principal, target.municipalityId);
  if (grants.length === 0) return 'not-found';
  // Seeing the board itself (its name, its years) needs only a role somewhere in it.
  const covers = WITHIN_BOARD_IS_ENOUGH.includes(permission) ? grantWithinBoard : grantCovers;
  const allowed = grants.some(
    (grant) => grant.permissions.includes(permission) && covers(grant, target),
  );
  return allowed ? 'allowed' : 'forbidden';
}

/**
 * Whether the principal holds the permission for exactly this part of the board: a department
 * or unit grant covers only what lies under it, even for a permission that a role held anywhere
 * in the board gives for the whole board at the door (an indicator's outcomes: the guard lets
 * every unit head of the board in, and this says whose indicator it is).
 */
export function holdsFor(
  principal: Principal,
  permission: Permission,
  target: AccessTarget,
): boolean {
  return effectiveGrants(principal, target.municipalityId).some(
    (grant) => grant.permissions.includes(permission) && grantCovers(grant, target),
  );
}

/** Whether the principal holds the permission anywhere (before the target is known). */
export function holdsAnywhere(principal: Principal, permission: Permission): boolean {
  if (principal.installationAdmin && INSTALLATION_ADMIN_PERMISSIONS.includes(permission))
    return true;
  return principal.grants.some((grant) => ROLE_PERMISSIONS[grant.role].includes(permission));
}

/** The boards of a municipality the principal can see anything of. */
export function visibleBoardIds(
  principal: Principal,
  municipalityId: string,
  allBoardIds: readonly string[],
): string[] {
  const grants = effectiveGrants(principal, municipalityId);
  return allBoardIds.filter((boardId) =>
    grants.some((grant) => grant.boardId === null || grant.boardId === boardId),
  );
}

/**
 * The parts of a board the principal may read figures for: 'board' when the whole board,
 * else the departments and units granted (each covers what lies under it).
 */
export function readableScope(
  principal: Principal,
  municipalityId: string,
  boardId: string,
): 'board' | readonly string[] {
  const grants = effectiveGrants(principal, municipalityId).filter(
    (grant) =>
      grant.permissions.includes('statement:read') &&
      (grant.boardId === null || grant.boardId === boardId),
  );
  if (grants.some((grant) => grant.orgUnitId === null)) return 'board';
  return grants.flatMap((grant) => (grant.orgUnitId === null ? [] : [grant.orgUnitId]));
}
