import { userInfo } from 'node:os';
import { systemClock } from '../server/clock';
import type { Database } from '../server/db/connect';
import type { AuditActor } from '../server/features/audit/audit.service';
import { systemContext, type RequestContext, type RequestScope } from '../server/request-context';

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

/** The CLI's context for a command about a municipality (or board): the system acting. */
export const cliContext = (database: Database, scope: RequestScope | null): RequestContext =>
  systemContext(database, systemClock, cliActor(), scope);
