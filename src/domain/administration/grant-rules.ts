import type { OrgUnitKind } from '../organisation/org-tree';
import { ROLE_SCOPES, type Role } from '../access/roles';
import type { FieldIssue } from './field-issue';

/** A role to give, with the scope chosen in the form. */
export interface GrantDraft {
  readonly role: Role;
  readonly boardId: string | null;
  readonly orgUnitId: string | null;
}

/** What the municipality has, to check the scope against. */
export interface GrantContext {
  readonly boardIds: ReadonlySet<string>;
  readonly orgUnits: ReadonlyMap<string, { readonly boardId: string; readonly kind: OrgUnitKind }>;
}

/** The kind of unit each unit-scoped role is given for. */
const UNIT_KIND_OF_ROLE: Partial<Record<Role, OrgUnitKind>> = {
  'department-head': 'department',
  'unit-head': 'unit',
};

/**
 * Checks that a role is given for the scope it is meant for: administratör and revisor for the
 * whole municipality, controller and nämndledamot for a board, avdelningschef for a department
 * and enhetschef for a unit. A unit's board is taken from the unit.
 */
export function grantIssues(draft: GrantDraft, context: GrantContext): FieldIssue[] {
  const scope = ROLE_SCOPES[draft.role][0];
  const issues: FieldIssue[] = [];
  if (scope === 'municipality') {
    if (draft.boardId !== null)
      issues.push({ field: 'boardId', problem: 'not-allowed', value: draft.boardId });
    if (draft.orgUnitId !== null)
      issues.push({ field: 'orgUnitId', problem: 'not-allowed', value: draft.orgUnitId });
    return issues;
  }
  if (scope === 'board') {
    if (draft.boardId === null) issues.push({ field: 'boardId', problem: 'required' });
    else if (!context.boardIds.has(draft.boardId))
      issues.push({ field: 'boardId', problem: 'unknown', value: draft.boardId });
    if (draft.orgUnitId !== null)
      issues.push({ field: 'orgUnitId', problem: 'not-allowed', value: draft.orgUnitId });
    return issues;
  }
  if (draft.orgUnitId === null) return [{ field: 'orgUnitId', problem: 'required' }];
  const unit = context.orgUnits.get(draft.orgUnitId);
  if (!unit) return [{ field: 'orgUnitId', problem: 'unknown', value: draft.orgUnitId }];
  if (draft.boardId !== null && draft.boardId !== unit.boardId)
    issues.push({ field: 'boardId', problem: 'unknown', value: draft.boardId });
  if (UNIT_KIND_OF_ROLE[draft.role] !== unit.kind)
    issues.push({ field: 'orgUnitId', problem: 'wrong-unit-kind', value: draft.orgUnitId });
  return issues;
}

/** The grant as stored: a unit's board filled in from the unit. */
export function scopedGrant(
  draft: GrantDraft,
  context: GrantContext,
): { boardId: string | null; orgUnitId: string | null } {
  if (draft.orgUnitId === null) return { boardId: draft.boardId, orgUnitId: null };
  const unit = context.orgUnits.get(draft.orgUnitId);
  return { boardId: unit?.boardId ?? draft.boardId, orgUnitId: draft.orgUnitId };
}
