import type { UserAdmin } from '#contract/administration';
import type { Principal } from '#domain/access/access-policy';
import { lockRefuses, userLock, type UserChange } from '#domain/administration/user-lock';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import {
  findGrantsInMunicipality,
  findMunicipalitiesOfUsers,
  findUsersOfMunicipality,
  type UserOfMunicipalityRow,
} from './administration.repo';
import { editConflict, saverOf } from './edit-conflict';
import { claimUserRevision, findUserRevision } from './revisions.repo';

/**
 * The users who hold a role in the municipality, with those roles, and what the asking
 * administrator may not change of each (a user with roles elsewhere, an installation admin).
 */
export async function listUsers(
  db: Db,
  admin: Principal,
  municipalityId: string,
): Promise<UserAdmin[]> {
  const [users, grants, memberships] = await Promise.all([
    findUsersOfMunicipality(db, municipalityId),
    findGrantsInMunicipality(db, municipalityId),
    findMunicipalitiesOfUsers(db, municipalityId),
  ]);
  return users.map((user) => {
    const municipalityIds = memberships
      .filter((row) => row.user_id === user.id)
      .map((row) => row.municipality_id);
    const lock = userLock(
      admin,
      { installationAdmin: user.installation_admin, municipalityIds },
      municipalityId,
    );
    return { ...toUserAdmin(user, municipalityId, grants), lock };
  });
}

function toUserAdmin(
  user: UserOfMunicipalityRow,
  municipalityId: string,
  grants: Awaited<ReturnType<typeof findGrantsInMunicipality>>,
): Omit<UserAdmin, 'lock'> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    ssoSubject: user.sso_subject,
    hasPassword: user.password_hash !== null,
    mustChangePassword: user.must_change_password,
    disabled: user.disabled_at !== null,
    installationAdmin: user.installation_admin,
    grants: grants
      .filter((grant) => grant.user_id === user.id)
      .map((grant) => ({
        id: grant.id,
        role: grant.role,
        municipalityId,
        boardId: grant.board_id,
        orgUnitId: grant.org_unit_id,
      })),
    lastSignInAt: user.last_sign_in_at,
    revision: user.revision,
    updatedBy: user.updated_by,
    updatedAt: user.updated_at,
  };
}

/** The user as the administrator sees them: a user of the municipality. */
export async function userOf(db: Db, ctx: RequestContext, userId: string): Promise<UserAdmin> {
  const users = await listUsers(db, ctx.principal, ctx.municipalityId);
  const user = users.find((candidate) => candidate.id === userId);
  if (!user) throw notFound('user', userId);
  return user;
}

/**
 * The user as the administrator may manage them: a user of the municipality whose lock (see
 * domain/administration/user-lock.ts) allows the change, else forbidden with the lock as reason.
 */
export async function managedUser(
  db: Db,
  ctx: RequestContext,
  input: { readonly userId: string; readonly change: UserChange },
): Promise<UserAdmin> {
  const user = await userOf(db, ctx, input.userId);
  const { change } = input;
  refuseIfLocked(user, change);
  return user;
}

export function refuseIfLocked(user: UserAdmin, change: UserChange): void {
  if (user.lock === null || !lockRefuses(user.lock, change)) return;
  throw new AppError(
    'forbidden',
    user.lock === 'installation-admin'
      ? 'Only an installation admin may change an installation admin'
      : 'The user holds roles in another municipality: only an installation admin may change how they sign in',
    { details: { reason: user.lock } },
  );
}

/**
 * The compare-and-set of a change of the user, its first write: refused as an edit conflict,
 * with who saved the user since and when, when the base revision is no longer the saved one.
 */
export async function claimUser(
  db: Db,
  ctx: RequestContext,
  input: { readonly userId: string; readonly baseRevision: number },
): Promise<void> {
  const { userId, baseRevision } = input;
  const saver = saverOf(ctx.clock, ctx.actor);
  if ((await claimUserRevision(db, userId, baseRevision, saver)) !== undefined) return;
  const saved = await findUserRevision(db, userId);
  if (!saved) throw notFound('user', userId);
  throw editConflict('user', saved);
}
