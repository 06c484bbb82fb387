import { sql } from 'kysely';
import { ConfigError } from '../config';
import { openDatabase, type Database, type DatabaseConfig } from './connect';
import { sqlState } from './database-errors';
import { migrate } from './migrate';
import type { Db } from './types';

/**
 * A separate owner (PostgreSQL): the schema's owner migrates, and the application connects as
 * a role of its own that may read and write the data but not change the schema, nor change or
 * delete audit rows. Only a table's owner (or a superuser) may disable its triggers, so the
 * application's role cannot turn the audit log's append-only trigger off either.
 *
 * After migrating, the owner grants the application's role (the user of DATABASE_URL) what it
 * needs: SELECT, INSERT, UPDATE and DELETE on the tables, the sequences; then takes back
 * UPDATE, DELETE and TRUNCATE on audit_log (SELECT and INSERT stay), DELETE on the chain
 * heads, and all but SELECT on the migrations' record. Granted again at every start, so new
 * tables are covered.
 */

export interface PreparedSchema {
  /** The migrations applied now. */
  readonly applied: string[];
  /** The application's role, and the owner's when it is another. */
  readonly appRole: string | null;
  readonly ownerRole: string | null;
  /** Said at start-up: the application's role can still rewrite the audit log. */
  readonly warning: string | null;
}

async function currentRole(db: Db): Promise<string> {
  const { rows } = await sql<{ role: string }>`select current_user as role`.execute(db);
  const role = rows[0]?.role;
  if (role === undefined) throw new Error('The database did not say which role is connected');
  return role;
}

/** Can the role rewrite history anyway: a superuser, or a member of the owner's role? */
async function roleWarning(db: Db, appRole: string, ownerRole: string): Promise<string | null> {
  const { rows } = await sql<{ superuser: boolean; member: boolean }>`
    select r.rolsuper as superuser, pg_has_role(${appRole}, ${ownerRole}, 'member') as member
    from pg_roles r where r.rolname = ${appRole}`.execute(db);
  const found = rows[0];
  if (found?.superuser) {
    return `Databasrollen ${appRole} i DATABASE_URL är superanvändare: den kan ändra granskningsloggen. Använd en vanlig roll.`;
  }
  if (found?.member) {
    return `Databasrollen ${appRole} i DATABASE_URL är medlem i ägarrollen ${ownerRole}: den kan ändra granskningsloggen. Ta bort medlemskapet.`;
  }
  return null;
}

/** The application's role may do what the application does, and no more, with the audit log. */
async function grantApplicationRole(owner: Db, appRole: string): Promise<void> {
  const role = sql.id(appRole);
  await owner.transaction().execute(async (trx) => {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(trx);
    const schema = sql.id(rows[0]?.schema ?? 'public');
    for (const statement of [
      sql`grant usage on schema ${schema} to ${role}`,
      sql`grant select, insert, update, delete on all tables in schema ${schema} to ${role}`,
      sql`grant usage, select on all sequences in schema ${schema} to ${role}`,
      sql`revoke update, delete, truncate, references, trigger on audit_log from ${role}`,
      sql`revoke delete, truncate on audit_chain_head from ${role}`,
      sql`revoke insert, update, delete, truncate on schema_migration from ${role}`,
    ]) {
      await statement.execute(trx);
    }
  });
}

const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Brings the schema up to date: as the owner when DATABASE_OWNER_URL is given (then grants the
 * application's role), else as the application's own connection. A role that may not migrate
 * and has migrations pending is told to use the owner, in Swedish.
 */
export async function prepareSchema(
  database: Database,
  config: DatabaseConfig,
  open: (config: DatabaseConfig) => Promise<Database> = openDatabase,
): Promise<PreparedSchema> {
  if (
    config.engine !== 'postgres' ||
    config.ownerUrl === undefined ||
    config.ownerUrl === config.url
  ) {
    try {
      return { applied: await migrate(database.db), appRole: null, ownerRole: null, warning: null };
    } catch (error) {
      if (sqlState(error) !== INSUFFICIENT_PRIVILEGE) throw error;
      throw new ConfigError(
        `Databasen behöver uppdateras, men rollen i DATABASE_URL får inte ändra den. Ange ägarrollen i DATABASE_OWNER_URL. (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const owner = await open({ engine: 'postgres', url: config.ownerUrl });
  try {
    const applied = await migrate(owner.db);
    const [appRole, ownerRole] = await Promise.all([
      currentRole(database.db),
      currentRole(owner.db),
    ]);
    if (appRole === ownerRole) return { applied, appRole, ownerRole, warning: null };
    await grantApplicationRole(owner.db, appRole);
    return {
      applied,
      appRole,
      ownerRole,
      warning: await roleWarning(owner.db, appRole, ownerRole),
    };
  } finally {
    await owner.close();
  }
}
