import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { INSTALLATION_TENANT_ID } from '#contract/audit-log';
import { systemClock } from '#server/clock';
import { openDatabase, type Database, type DatabaseEngine } from '#server/db/connect';
import { migrate, readMigrations } from '#server/db/migrate';
import { recordAudit } from '#server/features/audit/audit.service';
import { verifyAuditChains } from '#server/features/audit/audit-verify.service';
import { asPostgresAdmin, scratchName, scratchUrl } from '../support/scratch-postgres';
import { describeEachEngine, unguarded } from '../support/test-database';

const CHAIN_MIGRATION = '20261207090000_audit_chain';
const MUNICIPALITY = '00000000-0000-4000-8000-0000000000a1';
const USER = '00000000-0000-4000-8000-0000000000b1';

/** A database with no schema yet: PGlite in memory, or a new PostgreSQL database. */
async function blankDatabase(engine: DatabaseEngine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ engine: 'pglite', dataDir: null });
  const name = scratchName('blank');
  await asPostgresAdmin([`create database ${name}`]);
  const database = await openDatabase({ engine: 'postgres', url: scratchUrl(name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await asPostgresAdmin([`drop database if exists ${name}`]);
    },
  };
}

describeEachEngine('the audit chain’s migration on %s', (engine) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
  });

  it('chains and seals the rows written before it, and the log is append-only again', async () => {
    database = await blankDatabase(engine);
    const db = unguarded(database);
    await migrate(
      db,
      readMigrations().filter((migration) => migration.name < CHAIN_MIGRATION),
    );
    await sql
      .raw(
        `insert into app_user (id, username, display_name) values ('${USER}', 'karin', 'Karin Ek');
         insert into audit_log (id, occurred_at, municipality_id, user_id, username, action, before, details, ip) values
           (gen_random_uuid(), '2026-11-01 08:00:00.123+00', null, '${USER}', 'karin', 'sign-in', null, '{"method":"password"}', '10.0.0.1'),
           (gen_random_uuid(), '2026-11-01 08:01:00+00', '${MUNICIPALITY}', '${USER}', 'karin', 'org-unit-update', null, '{"b":1,"a":{"ö":"Åsa 😀","n":12345678901234567890,"x":[1.50,null,""]}}', null),
           (gen_random_uuid(), '2026-11-01 08:02:00+00', null, null, 'okänd', 'sign-in-failed', null, '{"reason":"unknown-user"}', '10.0.0.2'),
           (gen_random_uuid(), '2026-11-01 08:03:00+00', '${MUNICIPALITY}', null, 'cli:root', 'import-undo', '""', null, null);`,
      )
      .execute(db);

    const applied = await migrate(db);
    expect(applied).toEqual(
      readMigrations()
        .map((migration) => migration.name)
        .filter((name) => name >= CHAIN_MIGRATION),
    );

    const rows = await db
      .selectFrom('audit_log')
      .select(['municipality_id', 'chain_seq', 'username', 'display_name', 'action'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      {
        municipality_id: INSTALLATION_TENANT_ID,
        chain_seq: 1,
        username: 'karin',
        display_name: 'Karin Ek',
        action: 'sign-in',
      },
      {
        municipality_id: MUNICIPALITY,
        chain_seq: 1,
        username: 'karin',
        display_name: 'Karin Ek',
        action: 'org-unit-update',
      },
      {
        municipality_id: INSTALLATION_TENANT_ID,
        chain_seq: 2,
        username: 'okänd',
        display_name: null,
        action: 'sign-in-failed',
      },
      {
        municipality_id: MUNICIPALITY,
        chain_seq: 2,
        username: 'cli:root',
        display_name: null,
        action: 'import-undo',
      },
    ]);

    const checks = await verifyAuditChains(db);
    expect(
      checks.map((check) => [check.chain, check.rowCount, check.sealedLegacyRows, check.broken]),
    ).toEqual([
      ['municipality', 2, 2, null],
      ['installation', 2, 2, null],
    ]);

    // Appends go on from the sealed head.
    const link = await recordAudit(db, systemClock, null, {
      action: 'org-unit-create',
      municipalityId: MUNICIPALITY,
    });
    expect(link.seq).toBe(3);
    expect((await verifyAuditChains(db, [MUNICIPALITY]))[0]?.broken).toBeNull();

    await expect(
      db.updateTable('audit_log').set({ action: 'x' }).where('chain_seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
