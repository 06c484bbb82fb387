import type { RequestContext } from '#server/request-context';
import { randomUUID } from 'node:crypto';
import type { GrantInput, UserAdmin } from '#contract/administration';
import { grantIssues, scopedGrant, type GrantContext } from '#domain/administration/grant-rules';
import type { FieldIssue } from '#domain/administration/field-issue';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { endSessionsOf } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { addUser, grantRole, normaliseUsername, setPasswordHash } from '../users/users.service';
import {
  deleteGrantRow,
  findBoardsOf,
  findOrgUnitsForAdmin,
  ssoSubjectTaken,
  updateUserRow,
  usernameTaken,
} from './administration.repo';
import { saverOf } from './edit-conflict';
import { refuseIfIssues } from './field-issues';
import { claimUser, listUsers, managedUser, refuseIfLocked, userOf } from './managed-users';
import { findUserRevision } from './revisions.repo';
import { temporaryPassword } from './temporary-password';

async function grantContext(db: Db, municipalityId: string): Promise<GrantContext> {
  const [boards, { units }] = await Promise.all([
    findBoardsOf(db, municipalityId),
    findOrgUnitsForAdmin(db, municipalityId),
  ]);
  return {
    boardIds: new Set(boards.map((board) => board.id)),
    orgUnits: new Map(units.map((unit) => [unit.id, { boardId: unit.board_id, kind: unit.kind }])),
  };
}

/** Checks the role's scope and stores it; returns the grant as stored. */
async function addCheckedGrant(
  db: Db,
  municipalityId: string,
  userId: string,
  input: GrantInput,
  fieldPrefix = '',
) {
  const context = await grantContext(db, municipalityId);
  refuseIfIssues(
    grantIssues(input, context).map((issue) => ({
      ...issue,
      field: `${fieldPrefix}${issue.field}`,
    })),
    'The role cannot be given for that scope',
  );
  const grant = { role: input.role, municipalityId, ...scopedGrant(input, context) };
  return { ...grant, id: await grantRole(db, userId, grant) };
}

interface UserDetails {
  readonly displayName: string;
  readonly email: string | null;
  readonly ssoSubject: string | null;
}

async function detailIssues(
  db: Db,
  details: UserDetails,
  exceptUserId?: string,
): Promise<FieldIssue[]> {
  return details.ssoSubject !== null &&
    (await ssoSubjectTaken(db, details.ssoSubject, exceptUserId))
    ? [{ field: 'ssoSubject', problem: 'taken', value: details.ssoSubject }]
    : [];
}

const detailsOf = (user: UserAdmin) => ({
  displayName: user.displayName,
  email: user.email,
  ssoSubject: user.ssoSubject,
  disabled: user.disabled,
});

export async function createUser(
  ctx: RequestContext,
  input: UserDetails & {
    readonly username: string;
    readonly grant: GrantInput;
    readonly password: boolean;
  },
): Promise<{ user: UserAdmin; temporaryPassword: string | null }> {
  const { clock, actor, municipalityId } = ctx;
  const username = normaliseUsername(input.username);
  if (!input.password && input.ssoSubject === null) {
    refuseIfIssues(
      [{ field: 'ssoSubject', problem: 'required' }],
      'A user without a password signs in by single sign-on',
    );
  }
  const password = input.password ? temporaryPassword() : null;
  const passwordHash = password === null ? null : await hashPassword(password);
  return ctx.write(async (trx) => {
    const takenIssues = async () => {
      const issues = await detailIssues(trx, input);
      if (await usernameTaken(trx, username))
        issues.unshift({ field: 'username', problem: 'taken', value: username });
      return issues;
    };
    refuseIfIssues(await takenIssues(), 'The user cannot be created');
    const id = randomUUID();
    const details = { displayName: input.displayName, email: input.email };
    const added = await addUser(
      trx,
      { id, username, ...details, ssoSubject: input.ssoSubject, passwordHash },
      saverOf(clock, actor),
    );
    // Created by another administrator meanwhile: their name or value is there now.
    if (!added) {
      const issues = await takenIssues();
      refuseIfIssues(
        issues.length > 0 ? issues : [{ field: 'username', problem: 'taken', value: username }],
        'The user was created meanwhile',
      );
    }
    const grant = await addCheckedGrant(trx, municipalityId, id, input.grant, 'grant.');
    await recordAudit(trx, clock, actor, {
      action: 'user-create',
      municipalityId,
      objectType: 'user',
      objectId: id,
      after: {
        username,
        ...details,
        ssoSubject: input.ssoSubject,
        password: input.password,
        grant: { role: grant.role, boardId: grant.boardId, orgUnitId: grant.orgUnitId },
      },
    });
    return {
      user: await userOf(trx, ctx, id),
      temporaryPassword: password,
    };
  });
}

/**
 * Changes a user's name and e-mail (any administrator of theirs), single sign-on value and
 * disabled (not of a user with roles in a municipality the administrator does not administer).
 */
export async function updateUser(
  ctx: RequestContext,
  userId: string,
  input: UserDetails & { readonly disabled: boolean; readonly baseRevision: number },
): Promise<UserAdmin> {
  const { clock, actor, municipalityId } = ctx;
  return ctx.write(async (trx) => {
    const before = await managedUser(trx, ctx, { userId, change: 'details' });
    const changesSignIn =
      input.ssoSubject !== before.ssoSubject || input.disabled !== before.disabled;
    if (changesSignIn) refuseIfLocked(before, 'sign-in');
    const issues = await detailIssues(trx, input, userId);
    if (input.disabled && userId === actor.userId)
      issues.push({ field: 'disabled', problem: 'not-allowed', value: 'true' });
    if (!input.disabled && input.ssoSubject === null && !before.hasPassword)
      issues.push({ field: 'ssoSubject', problem: 'required' });
    refuseIfIssues(issues, 'The user cannot be changed');
    await claimUser(trx, ctx, { userId, baseRevision: input.baseRevision });
    await updateUserRow(trx, userId, {
      displayName: input.displayName,
      email: input.email,
      ssoSubject: input.ssoSubject,
      disabled: input.disabled,
      now: clock.now().toISOString(),
    });
    if (input.disabled) await endSessionsOf(trx, userId);
    const after = await userOf(trx, ctx, userId);
    await recordAudit(trx, clock, actor, {
      action: 'user-update',
      municipalityId,
      objectType: 'user',
      objectId: userId,
      before: detailsOf(before),
      after: detailsOf(after),
    });
    return after;
  });
}

export async function addGrant(
  ctx: RequestContext,
  userId: string,
  input: GrantInput & { readonly baseRevision: number },
): Promise<UserAdmin> {
  const { clock, actor, municipalityId } = ctx;
  return ctx.write(async (trx) => {
    const user = await managedUser(trx, ctx, { userId, change: 'roles' });
    await claimUser(trx, ctx, { userId, baseRevision: input.baseRevision });
    const grant = await addCheckedGrant(trx, municipalityId, userId, input);
    const duplicate = user.grants.some(
      (held) =>
        held.role === grant.role &&
        held.boardId === grant.boardId &&
        held.orgUnitId === grant.orgUnitId,
    );
    if (duplicate) {
      refuseIfIssues(
        [{ field: 'role', problem: 'taken', value: input.role }],
        'The user already holds that role there',
      );
    }
    await recordAudit(trx, clock, actor, {
      action: 'role-grant',
      municipalityId,
      objectType: 'user',
      objectId: userId,
      after: {
        grantId: grant.id,
        role: grant.role,
        boardId: grant.boardId,
        orgUnitId: grant.orgUnitId,
      },
    });
    return userOf(trx, ctx, userId);
  });
}

export async function removeGrant(
  ctx: RequestContext,
  input: { readonly userId: string; readonly grantId: string; readonly baseRevision: number },
): Promise<UserAdmin> {
  const { userId, grantId, baseRevision } = input;
  const { clock, actor, municipalityId } = ctx;
  return ctx.write(async (trx) => {
    const user = await managedUser(trx, ctx, { userId, change: 'roles' });
    const grant = user.grants.find((held) => held.id === grantId);
    if (!grant) throw notFound('role-grant', grantId);
    if (userId === actor.userId && grant.role === 'admin') {
      refuseIfIssues(
        [{ field: 'role', problem: 'not-allowed', value: grant.role }],
        'An administrator cannot take their own administrator role',
      );
    }
    await claimUser(trx, ctx, { userId, baseRevision });
    await deleteGrantRow(trx, municipalityId, grantId);
    await recordAudit(trx, clock, actor, {
      action: 'role-revoke',
      municipalityId,
      objectType: 'user',
      objectId: userId,
      before: { grantId, role: grant.role, boardId: grant.boardId, orgUnitId: grant.orgUnitId },
    });
    const remaining = (await listUsers(trx, ctx.principal, municipalityId)).find(
      (candidate) => candidate.id === userId,
    );
    if (remaining) return remaining;
    // Without a role here the user is no longer one of the municipality's: as they were, with
    // no roles and the new revision.
    return { ...user, ...(await findUserRevision(trx, userId)), grants: [] };
  });
}

/** A new temporary password, to be changed at the next sign-in; the user's sessions end. */
export async function resetPassword(
  ctx: RequestContext,
  userId: string,
  baseRevision: number,
): Promise<{ user: UserAdmin; temporaryPassword: string }> {
  const { clock, actor, municipalityId } = ctx;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return ctx.write(async (trx) => {
    await managedUser(trx, ctx, { userId, change: 'sign-in' });
    await claimUser(trx, ctx, { userId, baseRevision });
    await setPasswordHash(trx, userId, passwordHash, true);
    await endSessionsOf(trx, userId);
    await recordAudit(trx, clock, actor, {
      action: 'password-reset',
      municipalityId,
      objectType: 'user',
      objectId: userId,
    });
    return {
      user: await userOf(trx, ctx, userId),
      temporaryPassword: password,
    };
  });
}
