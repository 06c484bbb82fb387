import { randomInt } from 'node:crypto';

/** Letters and digits that are not mistaken for each other when read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password for an administrator to hand over: four groups of four, e.g.
 * "k7qm-x3bp-9rtw-h2nd" (about 79 bits). The user must choose their own at the first sign-in.
 */
export function temporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
