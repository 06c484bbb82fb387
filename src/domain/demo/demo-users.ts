import { ROLE_NAMES_SV, type Role } from '../access/roles';

/** A demo user: one per role, scoped as such a person would be at the demo's socialnämnd. */
export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  /** Printed at start in demo mode; never use these outside the demo. */
  readonly password: string;
  readonly role: Role;
  /** The whole municipality, the board, or a department or unit by its code. */
  readonly scope: 'municipality' | 'board' | { readonly unitCode: string };
  readonly installationAdmin: boolean;
}

const demoUser = (
  username: string,
  displayName: string,
  role: Role,
  scope: DemoUser['scope'],
  installationAdmin = false,
): DemoUser => ({
  username,
  displayName,
  password: `demo-${username}`,
  role,
  scope,
  installationAdmin,
});

export const DEMO_USERS: readonly DemoUser[] = [
  demoUser('admin', 'Åsa Lind', 'admin', 'municipality', true),
  demoUser('controller', 'Karin Ek', 'controller', 'board'),
  demoUser('avdelningschef', 'Jonas Berg', 'department-head', { unitCode: '811' }),
  demoUser('enhetschef', 'Sara Holm', 'unit-head', { unitCode: '8113' }),
  demoUser('ledamot', 'Per Dahl', 'board-member', 'board'),
  demoUser('revisor', 'Lena Vik', 'auditor', 'municipality'),
  demoUser('hr', 'Mona Ström', 'hr', 'municipality'),
];

/** Exempelkommun's users (the second demo municipality, 003's socialnämnd): a controller for
 * its board, the enhetschef of Utredningsenhet ungdom and a nämndledamot of the board (who
 * reads the published reports). They hold no role in Alingsås. */
export const EXEMPELKOMMUN_DEMO_USERS: readonly DemoUser[] = [
  demoUser('ek-controller', 'Maria Sjöberg', 'controller', 'board'),
  demoUser('ek-enhetschef', 'Ali Hassan', 'unit-head', { unitCode: '7104' }),
  demoUser('ek-ledamot', 'Eva Lundgren', 'board-member', 'board'),
];

/** The demo's users and passwords, printed at start in demo mode. */
export function demoUsersSv(): string {
  const lines = (users: readonly DemoUser[]) =>
    users.map(
      (user) =>
        `  ${user.username.padEnd(16)} ${user.password.padEnd(22)} ${ROLE_NAMES_SV[user.role]} (${user.displayName})`,
    );
  return [
    'Demoanvändare (användarnamn, lösenord, roll) – bara för demo, byt eller ta bort dem i skarp drift:',
    ...lines(DEMO_USERS),
    'I Exempelkommun:',
    ...lines(EXEMPELKOMMUN_DEMO_USERS),
  ].join('\n');
}
