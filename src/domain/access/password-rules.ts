/**
 * What a chosen password must not be, as NIST SP 800-63B (5.1.1.2) asks: not a common or
 * breached password, not a repetition or sequence of characters, not the user's own name.
 * Length is the contract's (MIN_PASSWORD_LENGTH); no rules on character classes, which only
 * make people write "Sommar2024!".
 */

/** Why a password is refused; the Swedish sentence is in contract/error-messages-sv.ts. */
export type PasswordProblem =
  'common-password' | 'repetitive-password' | 'sequential-password' | 'contains-name';

/** The user the password is for: their user name and display name must not be in it. */
export interface PasswordOwner {
  readonly username: string;
  readonly displayName: string;
}

/** The shortest base word (or name part) that is looked for inside a password. */
const MIN_WORD_LENGTH = 4;
/** Fewer different characters than this is a repetition ("aaaabbbbaaaa"). */
const MIN_DISTINCT_CHARACTERS = 5;

/** Sequences a password may run along, forwards or backwards (the keyboard rows are Swedish). */
const SEQUENCES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyzåäö',
  'qwertyuiopåasdfghjklöäzxcvbnm',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0pö',
  '1q2w3e4r5t6y7u8i9o0p',
] as const;

/** Look-alikes people put for letters ("l0senord", "p@ssw0rd"). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

export const normalisePassword = (password: string): string =>
  password.normalize('NFC').toLowerCase();

/** Reads a list of passwords, one per line or separated by spaces, as the check compares them. */
export function passwordList(text: string): ReadonlySet<string> {
  return new Set(
    text
      .split(/\s+/)
      .map(normalisePassword)
      .filter((word) => word !== ''),
  );
}

/** The password without digits, punctuation and spaces before and after ("Sommar2024!" -> sommar). */
const core = (password: string): string =>
  password.replace(/^[\d\p{P}\p{S}\s]+/u, '').replace(/[\d\p{P}\p{S}\s]+$/u, '');

const withoutLookAlikes = (password: string): string =>
  Array.from(password)
    .map((character) => LOOK_ALIKES[character] ?? character)
    .join('');

/** The forms of the password compared with the list. */
function listForms(password: string): string[] {
  const forms = [
    password,
    core(password),
    withoutLookAlikes(password),
    withoutLookAlikes(core(password)),
  ];
  return [...new Set(forms)].filter((form) => form.length > 0);
}

function isCommon(password: string, common: ReadonlySet<string>): boolean {
  return listForms(password).some(
    (form) => common.has(form) && (form === password || form.length >= MIN_WORD_LENGTH),
  );
}

/** The same short piece repeated: "aaaaaaaaaaaa", "abcabcabcabc", "hejsanhejsan". */
function isRepetition(password: string): boolean {
  const characters = Array.from(password);
  if (new Set(characters).size < MIN_DISTINCT_CHARACTERS) return true;
  for (let length = 1; length <= characters.length / 2; length += 1) {
    if (characters.length % length !== 0) continue;
    const unit = characters.slice(0, length).join('');
    if (unit.repeat(characters.length / length) === password) return true;
  }
  return false;
}

/** A run along one of the sequences, forwards or backwards, wrapping around ("890123456789"). */
function isSequence(password: string): boolean {
  const characters = Array.from(password);
  return SEQUENCES.some((sequence) => {
    const order = Array.from(sequence);
    return [1, -1].some((step) =>
      characters.every((character, index) => {
        if (index === 0) return order.includes(character);
        const previous = order.indexOf(characters[index - 1] ?? '');
        return (
          previous !== -1 && order[(previous + step + order.length) % order.length] === character
        );
      }),
    );
  });
}

/** The user name, and each part of the display name, long enough to mean something. */
function nameParts(owner: PasswordOwner): string[] {
  const parts = [owner.username, ...owner.displayName.split(/[\s.,_-]+/)];
  return parts
    .map(normalisePassword)
    .flatMap((part) => [part, ...part.split(/[.@_-]+/)])
    .filter((part) => Array.from(part).length >= MIN_WORD_LENGTH);
}

/**
 * The first thing wrong with a password the user chose, or null when it may be used. `common`
 * is the list of common and breached passwords (passwordList), compared without regard to case,
 * also with digits and punctuation around it taken off and look-alikes read as letters.
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  common: ReadonlySet<string>,
): PasswordProblem | null {
  const normalised = normalisePassword(password);
  if (isRepetition(normalised)) return 'repetitive-password';
  if (isSequence(normalised)) return 'sequential-password';
  if (isCommon(normalised, common)) return 'common-password';
  const plain = withoutLookAlikes(normalised);
  if (nameParts(owner).some((part) => normalised.includes(part) || plain.includes(part))) {
    return 'contains-name';
  }
  return null;
}
