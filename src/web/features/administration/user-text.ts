import { swedishDateTimeMinutes } from '#contract/swedish-time';
import type { UserAdmin } from '#contract/administration';

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
  return swedishDateTimeMinutes(iso) || iso;
}

/** Why the administrator may not change (some of) the user; null: they may change it all. */
export function userLockSv(user: UserAdmin): string | null {
  if (user.lock === 'installation-admin')
    return 'Användaren är installationsadministratör och kan bara ändras av en annan installationsadministratör.';
  if (user.lock === 'roles-in-other-municipality')
    return 'Användaren har roller även i en annan kommun. Lösenord, id i kommunens inloggning och inaktivering kan därför bara ändras av en installationsadministratör: annars kunde behörigheten i den andra kommunen tas över härifrån. Namn, e-post och rollerna i den här kommunen kan du ändra.';
  return null;
}
