import { describe, expect, it } from 'vitest';
import type { Grant, Principal } from '../access/access-policy';
import type { Role } from '../access/roles';
import { lockRefuses, userLock, type UserChange } from './user-lock';

const A = 'alingsas';
const B = 'exempelkommun';

const grant = (role: Role, municipalityId: string): Grant => ({
  role,
  municipalityId,
  boardId: role === 'admin' || role === 'auditor' ? null : 'board',
  orgUnitId: null,
});
const admin = (grants: Grant[], installationAdmin = false): Principal => ({
  userId: 'admin',
  username: 'admin',
  displayName: 'Admin',
  installationAdmin,
  grants,
});
const user = (municipalityIds: string[], installationAdmin = false) => ({
  installationAdmin,
  municipalityIds,
});

const CHANGES: readonly UserChange[] = ['details', 'roles', 'sign-in'];
const refused = (lock: ReturnType<typeof userLock>) =>
  CHANGES.filter((change) => lockRefuses(lock, change));

describe('userLock', () => {
  const adminOfA = admin([grant('admin', A)]);

  it('leaves a user of the municipality only to its administrator', () => {
    expect(userLock(adminOfA, user([A]), A)).toBeNull();
    expect(refused(null)).toEqual([]);
  });

  it('keeps how a user with roles in another municipality signs in from its administrator', () => {
    const lock = userLock(adminOfA, user([A, B]), A);
    expect(lock).toBe('roles-in-other-municipality');
    // Name, e-mail and the roles here stay the administrator's; password, SSO and disabling not.
    expect(refused(lock)).toEqual(['sign-in']);
  });

  it('counts a role elsewhere that is not an administrator role as not administering it', () => {
    const adminOfAControllerInB = admin([grant('admin', A), grant('controller', B)]);
    expect(userLock(adminOfAControllerInB, user([A, B]), A)).toBe('roles-in-other-municipality');
  });

  it('lets an administrator of every municipality the user holds roles in change it all', () => {
    const adminOfBoth = admin([grant('admin', A), grant('admin', B)]);
    expect(userLock(adminOfBoth, user([A, B]), A)).toBeNull();
  });

  it('lets an installation admin change anyone', () => {
    const installationAdmin = admin([], true);
    expect(userLock(installationAdmin, user([A, B]), A)).toBeNull();
    expect(userLock(installationAdmin, user([A], true), A)).toBeNull();
  });

  it('leaves an installation admin to another installation admin, every change', () => {
    const lock = userLock(adminOfA, user([A], true), A);
    expect(lock).toBe('installation-admin');
    expect(refused(lock)).toEqual(CHANGES);
  });
});
