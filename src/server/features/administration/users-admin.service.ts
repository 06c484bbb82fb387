import { randomUUID } from 'node:crypto';
import type { GrantInput, UserAdmin } from '../../../contract/administration';
import type { Principal } from '../../../domain/access/access-policy';
import {
  grantIssues,
  scopedGrant,
  type GrantContext,
} from '../../../domain/administration/grant-rules';
import type { FieldIssue } from '../../../domain/administration/field-issue';
import { AppError, notFound } from '../../app-error';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { endSessionsOf } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { addUser, grantRole, normaliseUsername, setPasswordHash } from '../users/users.service';
import {
  deleteGrantRow,
  findBoardsOf,
  findGrantsInMunicipality,
  findOrgUnitsForAdmin,
  findUsersOfMunicipality,
  ssoSubjectTaken,
  updateUserRow,
  usernameTaken,
  type UserOfMunicipalityRow,
} from './administration.repo';
import { refuseIfIssues } from './field-issues';
import { temporaryPassword } from './temporary-password';

/** The users who hold a role in the municipality, with those roles. */
export async function listUsers(db: Db, municipalityId: string): Promise<UserAdmin[]> {
  const [users, grants] = await Promise.all([
    findUsersOfMunicipality(db, municipalityId),
    findGrantsInMunicipality(db, municipalityId),
  ]);
  return users.map((user) => toUserAdmin(user, municipalityId, grants));
}

function toUserAdmin(
  user: UserOfMunicipalityRow,
  municipalityId: string,
  grants: Awaited<ReturnType<typeof findGrantsInMunicipality>>,
): UserAdmin {
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
  };
}

/** The user as the administrator may manage them: a user of the municipality. */
async function managedUser(
  db: Db,
  admin: Principal,
  municipalityId: string,
  userId: string,
): Promise<UserAdmin> {
  const user = (await listUsers(db, municipalityId)).find((candidate) => candidate.id === userId);
  if (!user) throw notFound('user', userId);
  // An installation admin holds every municipality: only another one may change them.
  if (user.installationAdmin && !admin.installationAdmin) {
    throw new AppError('forbidden', 'Only an installation admin may change an installation admin');
  }
  return user;
}

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
  database: Database,
  clock: Clock,
  actor: AuditActor,
  municipalityId: string,
  input: UserDetails & {
    readonly username: string;
    readonly grant: GrantInput;
    readonly password: boolean;
  },
): Promise<{ user: UserAdmin; temporaryPassword: string | null }> {
  const username = normaliseUsername(input.username);
  if (!input.password && input.ssoSubject === null) {
    refuseIfIssues(
      [{ field: 'ssoSubject', problem: 'required' }],
      'A user without a password signs in by single sign-on',
    );
  }
  const password = input.password ? temporaryPassword() : null;
  const passwordHash = password === null ? null : await hashPassword(password);
  return database.db.transaction().execute(async (trx) => {
    const issues = await detailIssues(trx, input);
    if (await usernameTaken(trx, username))
      issues.unshift({ field: 'username', problem: 'taken', value: username });
    refuseIfIssues(issues, 'The user cannot be created');
    const id = randomUUID();
    await addUser(trx, {
      id,
      username,
      displayName: input.displayName,
      email: input.email,
      ssoSubject: input.ssoSubject,
      passwordHash,
    });
    const grant = await addCheckedGrant(trx, municipalityId, id, input.grant, 'grant.');
    await recordAudit(trx, clock, actor, {
      action: 'user-create',
      municipalityId,
      objectType: 'user',
      objectId: id,
      after: {
        username,
        displayName: input.displayName,
        email: input.email,
        ssoSubject: input.ssoSubject,
        password: input.password,
        grant: { role: grant.role, boardId: grant.boardId, orgUnitId: grant.orgUnitId },
      },
    });
    const user = (await listUsers(trx, municipalityId)).find((candidate) => candidate.id === id);
    if (!user) throw notFound('user', id);
    return { user, temporaryPassword: password };
  });
}

export async function updateUser(
  database: Database,
  clock: Clock,
  actor: AuditActor & { readonly principal: Principal },
  municipalityId: string,
  userId: string,
  input: UserDetails & { readonly disabled: boolean },
): Promise<UserAdmin> {
  return database.db.transaction().execute(async (trx) => {
    const before = await managedUser(trx, actor.principal, municipalityId, userId);
    const issues = await detailIssues(trx, input, userId);
    if (input.disabled && userId === actor.userId)
      issues.push({ field: 'disabled', problem: 'not-allowed', value: 'true' });
    if (!input.disabled && input.ssoSubject === null && !before.hasPassword)
      issues.push({ field: 'ssoSubject', problem: 'required' });
    refuseIfIssues(issues, 'The user cannot be changed');
    await updateUserRow(trx, userId, {
      displayName: input.displayName,
      email: input.email,
      ssoSubject: input.ssoSubject,
      disabled: input.disabled,
      now: clock.now().toISOString(),
    });
    if (input.disabled) await endSessionsOf(trx, userId);
    const after = await managedUser(trx, actor.principal, municipalityId, userId);
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
  database: Database,
  clock: Clock,
  actor: AuditActor & { readonly principal: Principal },
  municipalityId: string,
  userId: string,
  input: GrantInput,
): Promise<UserAdmin> {
  return database.db.transaction().execute(async (trx) => {
    const user = await managedUser(trx, actor.principal, municipalityId, userId);
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
    return managedUser(trx, actor.principal, municipalityId, userId);
  });
}

export async function removeGrant(
  database: Database,
  clock: Clock,
  actor: AuditActor & { readonly principal: Principal },
  municipalityId: string,
  userId: string,
  grantId: string,
): Promise<UserAdmin> {
  return database.db.transaction().execute(async (trx) => {
    const user = await managedUser(trx, actor.principal, municipalityId, userId);
    const grant = user.grants.find((held) => held.id === grantId);
    if (!grant) throw notFound('role-grant', grantId);
    if (userId === actor.userId && grant.role === 'admin') {
      refuseIfIssues(
        [{ field: 'role', problem: 'not-allowed', value: grant.role }],
        'An administrator cannot take their own administrator role',
      );
    }
    await deleteGrantRow(trx, municipalityId, grantId);
    await recordAudit(trx, clock, actor, {
      action: 'role-revoke',
      municipalityId,
      objectType: 'user',
      objectId: userId,
      before: { grantId, role: grant.role, boardId: grant.boardId, orgUnitId: grant.orgUnitId },
    });
    // Without a role here the user is no longer one of the municipality's.
    const remaining = await listUsers(trx, municipalityId);
    return remaining.find((candidate) => candidate.id === userId) ?? { ...user, grants: [] };
  });
}

/** A new temporary password, to be changed at the next sign-in; the user's sessions end. */
export async function resetPassword(
  database: Database,
  clock: Clock,
  actor: AuditActor & { readonly principal: Principal },
  municipalityId: string,
  userId: string,
): Promise<{ user: UserAdmin; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return database.db.transaction().execute(async (trx) => {
    await managedUser(trx, actor.principal, municipalityId, userId);
    await setPasswordHash(trx, userId, passwordHash, true);
    await endSessionsOf(trx, userId);
    await recordAudit(trx, clock, actor, {
      action: 'password-reset',
      municipalityId,
      objectType: 'user',
      objectId: userId,
    });
    return {
      user: await managedUser(trx, actor.principal, municipalityId, userId),
      temporaryPassword: password,
    };
  });
}
