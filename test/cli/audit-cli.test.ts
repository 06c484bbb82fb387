import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { INSTALLATION_TENANT_ID } from '#contract/audit-log';
import type { Database } from '#server/db/connect';
import { recordAudit } from '#server/features/audit/audit.service';
import { cliOn } from '../support/cli';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

const HASH = /([0-9a-f]{8} ){7}[0-9a-f]{8}/;
const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'medium',
});

describeOneEngine('namndkoll audit verify on %s', (engine) => {
  let database: Database;
  const cli = cliOn(() => database);
  const municipalityIdOf = async (code: string) =>
    (
      await database.db
        .selectFrom('municipality')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).id;
  const rowOf = (municipalityId: string, chainSeq: number) =>
    database.db
      .selectFrom('audit_log')
      .select(['chain_seq', 'occurred_at', 'hash'])
      .where('municipality_id', '=', municipalityId)
      .where('chain_seq', '=', chainSeq)
      .executeTakeFirstOrThrow();
  /** As the superuser with the triggers off, as someone who rewrites history would. */
  const behindTheBack = (statement: ReturnType<typeof sql>) =>
    database.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await statement.execute(trx);
    });

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
  });
  afterAll(async () => {
    await database.close();
  });

  it('passes an untouched demo log, chain by chain', async () => {
    // A row in the installation's chain, and a second in the municipality's (a report made).
    await cli(
      'report',
      'operating-statement',
      '--municipality',
      '1489',
      '--year',
      '2023',
      '--month',
      '8',
    );
    const result = await cli('audit', 'verify');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Kedjan för Alingsås \\(demo\\) är hel \\(2 rader, nr 1–2\\)\\. Senaste kontrollsumma: nr 2, ${HASH.source}\\.$`,
      ),
    );
    expect(lines[1]).toMatch(/^Kedjan för Exempelkommun är hel \(1 rad, nr 1–1\)\./);
    expect(lines[2]).toBe('Granskningsloggen är hel.');

    const one = await cli('audit', 'verify', '--municipality', '9999');
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n')[0]).toMatch(/^Kedjan för Exempelkommun är hel/);
  });

  it('fails on a row changed with the triggers off, naming its number and time', async () => {
    const alingsas = await municipalityIdOf('1489');
    const row = await rowOf(alingsas, 2);
    await behindTheBack(
      sql`update audit_log set details = '{"format":"json"}'
          where municipality_id = ${alingsas} and chain_seq = 2`,
    );
    const result = await cli('audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `Kedjan för Alingsås (demo) är bruten vid rad nr 2: rad nr 2 (${stockholm.format(new Date(row.occurred_at))}) har ändrats, flyttats eller lagts in i efterhand: dess kontrollsumma stämmer inte.`,
    );
    expect(result.stderr).toBe('Granskningsloggen är inte hel: 1 av 2 kedjor är brutna.\n');
  });

  it('fails on a deleted row, naming it, and shows a row’s stored hash with --row', async () => {
    const exempelkommun = await municipalityIdOf('9999');
    // A second and third row, then the second is deleted.
    for (let count = 0; count < 2; count += 1) {
      await cli(
        'report',
        'operating-statement',
        '--municipality',
        '9999',
        '--year',
        '2025',
        '--month',
        '4',
      );
    }
    const third = await rowOf(exempelkommun, 3);
    const shown = await cli('audit', 'verify', '--municipality', '9999', '--row', '3');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(
      `Rad nr 3 (${stockholm.format(new Date(third.occurred_at))}): kontrollsumma ${(third.hash.match(/.{8}/g) ?? []).join(' ')}.\n`,
    );
    await behindTheBack(
      sql`delete from audit_log where municipality_id = ${exempelkommun} and chain_seq = 2`,
    );
    const result = await cli('audit', 'verify', '--municipality', '9999');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `Kedjan för Exempelkommun är bruten vid rad nr 2: rad nr 2 saknas (borttagen); raden efter den skrevs ${stockholm.format(new Date(third.occurred_at))}.\n`,
    );
  });

  it('fails on rows removed from the end of the installation’s chain', async () => {
    const head = await database.db
      .selectFrom('audit_chain_head')
      .select('seq')
      .where('municipality_id', '=', INSTALLATION_TENANT_ID)
      .executeTakeFirst();
    // A row about no municipality (a password reset from the command line) is written to the
    // installation's chain, and then removed.
    await recordAudit(database.db, { now: () => new Date('2026-12-07T10:00:00Z') }, null, {
      action: 'password-reset',
    });
    const seq = (head?.seq ?? 0) + 1;
    await behindTheBack(
      sql`delete from audit_log where municipality_id = ${INSTALLATION_TENANT_ID} and chain_seq = ${seq}`,
    );
    const result = await cli('audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `Installationens kedja (inloggningar och användare) är bruten vid rad nr ${String(seq)}: raderna nr ${String(seq)}–${String(seq)} saknas i slutet (kedjans huvud anger nr ${String(seq)}`,
    );
  });

  it('refuses --row without a municipality', async () => {
    const result = await cli('audit', 'verify', '--row', '3');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Ange --municipality (kommunkod) med --row: vilken kommuns kedja.\n',
    });
  });
});
