import type { Grant } from '#domain/access/access-policy';
import { ROLE_PERMISSIONS, type Permission } from '#domain/access/roles';

/**
 * What of a board's monthly follow-up a user may read: the whole board (a controller, an
 * auditor), or the departments and units granted (an enhetschef, an avdelningschef), each
 * covering what lies under it. The server decides every call; this only chooses what to ask.
 */
export type FollowUpScope =
  { readonly kind: 'board' } | { readonly kind: 'units'; readonly orgUnitIds: readonly string[] };

export function followUpScopeOf(
  grants: readonly Grant[],
  municipalityId: string,
  boardId: string,
  permission: Permission = 'follow-up:read',
): FollowUpScope {
  const relevant = grants.filter(
    (grant) =>
      grant.municipalityId === municipalityId &&
      (grant.boardId === null || grant.boardId === boardId) &&
      ROLE_PERMISSIONS[grant.role].includes(permission),
  );
  if (relevant.some((grant) => grant.orgUnitId === null)) return { kind: 'board' };
  const orgUnitIds: string[] = [];
  for (const grant of relevant) {
    if (grant.orgUnitId !== null && !orgUnitIds.includes(grant.orgUnitId))
      orgUnitIds.push(grant.orgUnitId);
  }
  return { kind: 'units', orgUnitIds };
}
