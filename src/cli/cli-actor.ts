import { userInfo } from 'node:os';
import { systemClock } from '../server/clock';
import type { AuditActor } from '../server/features/audit/audit.service';

/**
 * Who the command line acts as in the audit log: the operating-system user, prefixed cli:. The
 * CLI runs where the database is, with the server's own rights, so it signs in as nobody.
 */
export function cliActor(): AuditActor {
  const user = userInfo().username;
  return {
    userId: null,
    username: `cli:${user}`,
    displayName: `Kommandoraden (${user})`,
    ip: null,
  };
}

export const cliChange = () => ({ actor: cliActor(), clock: systemClock });
