import { decideAccess, type Principal } from '../access/access-policy';

/**
 * Why an administrator may not change (some of) a user:
 * - 'installation-admin': the user is an installation admin, whom only another installation
 *   admin changes (they hold every municipality);
 * - 'roles-in-other-municipality': the user also holds roles in a municipality the
 *   administrator does not administer, so how the user signs in (password, single sign-on
 *   value, disabled) is not the administrator's to change: it would take over the user's access
 *   there too.
 */
export const USER_LOCKS = ['installation-admin', 'roles-in-other-municipality'] as const;
export type UserLock = (typeof USER_LOCKS)[number];

/**
 * What an administrator changes of a user: 'details' (name, e-mail), 'roles' (roles in the
 * administrator's municipality) or 'sign-in' (a password reset, the single sign-on value,
 * disabling or enabling).
 */
export type UserChange = 'details' | 'roles' | 'sign-in';

/** The user as the lock needs them. */
export interface LockedUser {
  readonly installationAdmin: boolean;
  /** Every municipality the user holds a role in, this one included. */
  readonly municipalityIds: readonly string[];
}

/**
 * The lock on a user for an administrator managing them in a municipality; null when the
 * administrator may change everything. An administrator of every municipality the user holds
 * roles in may change how the user signs in: they could do so from each municipality anyway.
 */
export function userLock(
  admin: Principal,
  user: LockedUser,
  municipalityId: string,
): UserLock | null {
  if (admin.installationAdmin) return null;
  if (user.installationAdmin) return 'installation-admin';
  const elsewhere = user.municipalityIds.filter((id) => id !== municipalityId);
  const administersAll = elsewhere.every(
    (id) => decideAccess(admin, 'administration:manage', { municipalityId: id }) === 'allowed',
  );
  return administersAll ? null : 'roles-in-other-municipality';
}

/** Whether the lock refuses the change. */
export function lockRefuses(lock: UserLock | null, change: UserChange): boolean {
  if (lock === 'installation-admin') return true;
  if (lock === 'roles-in-other-municipality') return change === 'sign-in';
  return false;
}
