import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { listMunicipalities } from '#contract/organisation';
import { ConfigError, databaseConfig } from '#server/config';
import { openDatabase, type Database, type DatabaseConfig } from '#server/db/connect';
import { prepareSchema } from '#server/db/database-owner';
import { migrate } from '#server/db/migrate';
import { verifyAuditChains } from '#server/features/audit/audit-verify.service';
import { loadDemo } from '#server/features/demo/demo.service';
import { buildApp } from '#server/http/app';
import { signInAs } from '../support/http-session';
import {
  asPostgresAdmin,
  POSTGRES_TEST_ADMIN_URL,
  scratchName,
  scratchUrl,
} from '../support/scratch-postgres';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { systemClock } from '#server/clock';

/** The error a statement as the application's role ends in: SQLSTATE and message. */
async function refusal(database: Database, statement: string) {
  try {
    await sql.raw(statement).execute(database.db);
    return 'allowed';
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return `${code ?? '?'} ${message ?? ''}`;
  }
}

describe('DATABASE_OWNER_URL', () => {
  it('is read beside DATABASE_URL, and refused without it or when it is no postgres address', () => {
    expect(
      databaseConfig({
        DATABASE_URL: 'postgres://app@db/namndkoll',
        DATABASE_OWNER_URL: ' postgres://owner@db/namndkoll ',
      }),
    ).toEqual({
      engine: 'postgres',
      url: 'postgres://app@db/namndkoll',
      ownerUrl: 'postgres://owner@db/namndkoll',
    });
    expect(databaseConfig({ DATABASE_URL: 'postgres://app@db/namndkoll' })).toEqual({
      engine: 'postgres',
      url: 'postgres://app@db/namndkoll',
    });
    expect(() => databaseConfig({ DATABASE_OWNER_URL: 'postgres://owner@db/namndkoll' })).toThrow(
      new ConfigError(
        'DATABASE_OWNER_URL gäller bara PostgreSQL: ange också DATABASE_URL (programmets egen roll).',
      ),
    );
    expect(() =>
      databaseConfig({ DATABASE_URL: 'postgres://app@db/x', DATABASE_OWNER_URL: 'mysql://x' }),
    ).toThrow(/^DATABASE_OWNER_URL ska börja med postgres:\/\/ \(var: mysql:\/\/x\)$/);
  });
});

describe.skipIf(POSTGRES_TEST_ADMIN_URL === null)('a separate database owner on PostgreSQL', () => {
  const names = {
    database: scratchName('own'),
    owner: scratchName('owner'),
    app: scratchName('app'),
    member: scratchName('member'),
  };
  const config: DatabaseConfig = {
    engine: 'postgres',
    url: scratchUrl(names.database, names.app),
    ownerUrl: scratchUrl(names.database, names.owner),
  };
  let database: Database;

  beforeAll(async () => {
    await asPostgresAdmin([
      `create role ${names.owner} login nosuperuser`,
      `create role ${names.app} login nosuperuser`,
      `create role ${names.member} login nosuperuser in role ${names.owner}`,
      `create database ${names.database} owner ${names.owner}`,
    ]);
    database = await openDatabase(config);
  });
  afterAll(async () => {
    await database.close();
    await asPostgresAdmin([
      `drop database if exists ${names.database}`,
      `drop role if exists ${names.member}`,
      `drop role if exists ${names.app}`,
      `drop role if exists ${names.owner}`,
    ]);
  });

  it('migrates as the owner and lets the application’s role write the data', async () => {
    const prepared = await prepareSchema(database, config);
    expect(prepared.applied.length).toBeGreaterThan(10);
    expect(prepared).toMatchObject({
      appRole: names.app,
      ownerRole: names.owner,
      warning: null,
    });
    const { rows } = await sql<{ owner: string }>`
        select tableowner as owner from pg_tables where tablename = 'audit_log'`.execute(
      database.db,
    );
    expect(rows[0]?.owner).toBe(names.owner);
    // The demo's load (COPY, sequences, triggers) and an audited save, as the application.
    await loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), { reset: false });
    const app = await buildApp({ database, webRoot: null });
    try {
      const controller = await signInAs(app, 'controller');
      const { municipalities } = listMunicipalities.response.parse(
        (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
      );
      const board = {
        municipalityId: municipalities[0]?.id ?? '',
        boardId: municipalities[0]?.boards[0]?.id ?? '',
      };
      const saved = await controller({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.saveFollowUpThreshold.path, board),
        payload: { amount: 50_000_000, basisPoints: 500 },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const audited = await database.db
        .selectFrom('audit_log')
        .select(['username', 'display_name'])
        .where('action', '=', 'follow-up-threshold')
        .execute();
      expect(audited).toEqual([{ username: 'controller', display_name: 'Karin Ek' }]);
    } finally {
      await app.close();
    }
    const checks = await verifyAuditChains(database.db);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((check) => check.broken === null)).toBe(true);
  });

  it('refuses the application’s role to change, delete or unprotect audit rows', async () => {
    expect(await refusal(database, `update audit_log set action = 'x'`)).toMatch(
      /^42501 permission denied for table audit_log/,
    );
    expect(await refusal(database, `delete from audit_log`)).toMatch(/^42501 permission denied/);
    expect(await refusal(database, `truncate audit_log`)).toMatch(/^42501 permission denied/);
    expect(await refusal(database, `alter table audit_log disable trigger all`)).toMatch(
      /^42501 must be owner of table audit_log/,
    );
    expect(await refusal(database, `set session_replication_role = replica`)).toMatch(
      /^42501 permission denied to set parameter "session_replication_role"/,
    );
    expect(await refusal(database, `delete from audit_chain_head`)).toMatch(/^42501/);
    expect(await refusal(database, `delete from schema_migration`)).toMatch(/^42501/);
    expect(await refusal(database, `create table intruder (a int)`)).toMatch(/^42501/);
    // Reading and writing the log is what it may.
    expect(await refusal(database, `select count(*) from audit_log`)).toBe('allowed');
  });

  it('starts again without migrating, also with no owner given (the command line)', async () => {
    expect((await prepareSchema(database, config)).applied).toEqual([]);
    expect(await migrate(database.db)).toEqual([]);
    const withoutOwner: DatabaseConfig = { engine: 'postgres', url: config.url };
    expect((await prepareSchema(database, withoutOwner)).applied).toEqual([]);
  });

  it('tells a role that may not migrate to name the owner, when migrations are pending', async () => {
    const blank = scratchName('blank');
    await asPostgresAdmin([`create database ${blank} owner ${names.owner}`]);
    const appConfig: DatabaseConfig = { engine: 'postgres', url: scratchUrl(blank, names.app) };
    const app = await openDatabase(appConfig);
    try {
      await expect(prepareSchema(app, appConfig)).rejects.toThrow(
        /^Databasen behöver uppdateras, men rollen i DATABASE_URL får inte ändra den\. Ange ägarrollen i DATABASE_OWNER_URL\./,
      );
    } finally {
      await app.close();
      await asPostgresAdmin([`drop database if exists ${blank}`]);
    }
  });

  it('warns when the application’s role can act as the owner', async () => {
    const memberConfig: DatabaseConfig = {
      ...config,
      url: scratchUrl(names.database, names.member),
    };
    const member = await openDatabase(memberConfig);
    try {
      expect((await prepareSchema(member, memberConfig)).warning).toBe(
        `Databasrollen ${names.member} i DATABASE_URL är medlem i ägarrollen ${names.owner}: den kan ändra granskningsloggen. Ta bort medlemskapet.`,
      );
    } finally {
      await member.close();
    }
  });
});
