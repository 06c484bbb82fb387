import type { UserAdmin } from '../../../contract/administration';

/** A user's state in a word or two. */
export function userStatusSv(user: UserAdmin): string {
  if (user.disabled) return 'Inaktiverad';
  if (user.mustChangePassword) return 'Ska byta lösenord';
  return 'Aktiv';
}

/** How the user signs in. */
export function signInMethodSv(user: UserAdmin): string {
  const methods = [
    ...(user.hasPassword ? ['lösenord'] : []),
    ...(user.ssoSubject !== null ? ['kommunens inloggning'] : []),
  ];
  return methods.join(' eller ') || 'kan inte logga in';
}

/** A time from the server as Swedish date and time: "2026-12-01 09:14". */
export function dateTimeSv(iso: string | null): string {
  if (iso === null) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}
