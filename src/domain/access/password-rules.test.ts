import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { passwordList, passwordProblem, type PasswordOwner } from './password-rules';

const common = passwordList(COMMON_PASSWORDS);
const owner: PasswordOwner = { username: 'anna.svensson', displayName: 'Anna-Karin Ek' };
const problem = (password: string, who: PasswordOwner = owner) =>
  passwordProblem(password, who, common);

describe('passwordProblem', () => {
  it('ships a list of a few thousand, with the Swedish ones', () => {
    expect(common.size).toBeGreaterThan(2000);
    for (const word of ['password', 'qwerty', 'lösenord', 'losenord', 'sommar2024', 'alingsås']) {
      expect(common.has(word)).toBe(true);
    }
  });

  it.each([
    ['aaaaaaaaaaaa', 'repetitive-password'],
    ['abcabcabcabc', 'repetitive-password'],
    ['hejsanhejsan', 'repetitive-password'],
    ['aabbaabbaabbaabb', 'repetitive-password'],
    ['1212121212ab', 'repetitive-password'],
    ['123456789012', 'sequential-password'],
    ['987654321098', 'sequential-password'],
    ['abcdefghijkl', 'sequential-password'],
    ['qwertyuiopåa', 'sequential-password'],
    ['QWERTYUIOPASDF', 'sequential-password'],
    ['1qaz2wsx3edc', 'sequential-password'],
    ['passwordpassword', 'repetitive-password'],
    ['Lösenord123!', 'common-password'],
    ['LOSENORD2024', 'common-password'],
    ['sommar2024', 'common-password'],
    ['Sommar2024!!', 'common-password'],
    ['2024Stockholm', 'common-password'],
    ['P@ssw0rd1234', 'common-password'],
    ['l0sen0rd12345', 'common-password'],
    ['Alingsås12345', 'common-password'],
    ['iloveyou123456', 'common-password'],
    ['administrator', 'common-password'],
    ['anna.svensson2024', 'contains-name'],
    ['min katt heter svensson', 'contains-name'],
    ['Hej jag heter Anna nu', 'contains-name'],
    ['karinsfinahund', 'contains-name'],
  ] as const)('refuses %s (%s)', (password, expected) => {
    expect(problem(password)).toBe(expected);
  });

  it.each([
    'ett nytt långt lösenord',
    'korrekt häst batteri häftklammer',
    'Blåbärssylt på torsdagar',
    'gröna elefanter dansar',
    'x7#kQ9!vB2mZ',
    'sommarsolen i Ystad 1998',
  ])('accepts %s', (password) => {
    expect(problem(password)).toBeNull();
  });

  it('looks for name parts of four characters or more only, so short names do not refuse everything', () => {
    const short: PasswordOwner = { username: 'ek', displayName: 'Bo Ek' };
    expect(problem('bokhyllor och ekar', short)).toBeNull();
    expect(
      problem('ett nytt långt lösenord', { username: 'controller', displayName: 'Karin Ek' }),
    ).toBeNull();
    expect(problem('Controller2026!x', { username: 'controller', displayName: 'Karin Ek' })).toBe(
      'contains-name',
    );
  });
});
