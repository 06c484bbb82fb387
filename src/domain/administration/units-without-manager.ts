import type { Role } from '../access/roles';

/** A department or unit, with its validity (YYYY-MM-DD, null: open). */
export interface ManagedOrgUnit {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: 'department' | 'unit';
  readonly code: string;
  readonly name: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** A role held for a department or unit by a user who can sign in (not disabled). */
export interface UnitGrant {
  readonly role: Role;
  readonly orgUnitId: string | null;
}

/** The roles that head a unit: held for the unit, or for the department above it. */
const MANAGER_ROLES: readonly Role[] = ['unit-head', 'department-head'];

/**
 * The units valid on the day that no enhetschef or avdelningschef holds a role for, neither
 * for the unit itself nor for a department above it: nobody there to forecast and comment.
 * In the order given.
 */
export function unitsWithoutManager<U extends ManagedOrgUnit>(
  units: readonly U[],
  grants: readonly UnitGrant[],
  dayIso: string,
): U[] {
  const managed = new Set(
    grants.flatMap((grant) =>
      MANAGER_ROLES.includes(grant.role) && grant.orgUnitId !== null ? [grant.orgUnitId] : [],
    ),
  );
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const hasManager = (unit: U): boolean => {
    for (let at: U | undefined = unit; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (managed.has(at.id)) return true;
    }
    return false;
  };
  const valid = (unit: U): boolean =>
    (unit.validFrom === null || unit.validFrom <= dayIso) &&
    (unit.validTo === null || unit.validTo >= dayIso);
  return units.filter((unit) => unit.kind === 'unit' && valid(unit) && !hasManager(unit));
}
