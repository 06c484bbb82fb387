import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditChainCheckSv } from '#contract/audit-chain';
import { asJsonValue } from '#domain/kernel/canonical-json';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import type { Db } from '#server/db/types';
import { recordAudit, type AuditActor } from '#server/features/audit/audit.service';
import { verifyAuditChain, verifyAuditChains } from '#server/features/audit/audit-verify.service';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

/** A clock that moves a second each time it is read. */
function steppingClock(startIso: string): Clock {
  let next = Date.parse(startIso);
  return {
    now: () => {
      next += 1000;
      return new Date(next);
    },
  };
}

const actor: AuditActor = {
  userId: null,
  username: 'granskare',
  displayName: 'Gun Granskare',
  ip: '10.0.0.9',
};

describeEachEngine('the audit log’s hash chain on %s', (engine) => {
  let database: Database;
  const clock = steppingClock('2026-12-07T08:00:00.000Z');

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  /** A chain of its own for a test: n rows in a municipality no other test writes to. */
  const chainOf = async (rows: number): Promise<string> => {
    const municipalityId = randomUUID();
    for (let index = 1; index <= rows; index += 1) {
      await recordAudit(database.db, clock, actor, {
        action: 'org-unit-update',
        municipalityId,
        objectType: 'org-unit',
        objectId: `enhet-${String(index)}`,
        before: { name: `Namn ${String(index)}` },
        after: { name: `Nytt namn ${String(index)}` },
      });
    }
    return municipalityId;
  };

  /** Changes the log behind the application's back: as the superuser, triggers off. */
  const tamper = (work: (trx: Db) => Promise<unknown>) =>
    database.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await work(trx);
    });

  /** Sets columns of a chain's row (SQL: "after = '{}'"), triggers off. */
  const changeRow = (municipalityId: string, chainSeq: number, assignment: RawBuilder<unknown>) =>
    tamper((trx) =>
      sql`update audit_log set ${assignment}
          where municipality_id = ${municipalityId} and chain_seq = ${chainSeq}`.execute(trx),
    );
  /** Deletes a chain's rows from a number on, up to another (or the end), triggers off. */
  const deleteRows = (municipalityId: string, from: number, to = from) =>
    tamper((trx) =>
      sql`delete from audit_log where municipality_id = ${municipalityId}
          and chain_seq between ${from} and ${to}`.execute(trx),
    );
  const timeOf = async (municipalityId: string, chainSeq: number) =>
    (
      await database.db
        .selectFrom('audit_log')
        .select('occurred_at')
        .where('municipality_id', '=', municipalityId)
        .where('chain_seq', '=', chainSeq)
        .executeTakeFirstOrThrow()
    ).occurred_at;

  const brokenOf = async (municipalityId: string, pageSize?: number) =>
    (await verifyAuditChain(database.db, municipalityId, pageSize)).broken;

  it('hashes odd values as they are read back, so an untouched chain is whole', async () => {
    const municipalityId = randomUUID();
    const userId = randomUUID();
    const details = {
      z: { b: 2, a: [1, { d: null, c: '' }] },
      å: 'Åsa Öberg – ”citat” 😀 \u00a0',
      big: 2 ** 60,
      huge: 1e21,
      fraction: 0.1 + 0.2,
      negativeZero: -0,
      tiny: 1.5e-7,
      empty: '',
      nothing: null,
      left: undefined,
      when: new Date('2026-01-01T00:00:00.000Z'),
      list: [undefined, 'x', []],
    };
    const link = await recordAudit(
      database.db,
      clock,
      { ...actor, userId: userId.toUpperCase(), displayName: '' },
      {
        action: 'org-unit-update',
        // An upper-case id is stored in lower case, and hashed as stored.
        municipalityId: municipalityId.toUpperCase(),
        objectType: 'org-unit',
        objectId: 'Objekt-ÅÄÖ',
        before: '',
        after: null,
        details,
      },
    );
    const stored = await database.db
      .selectFrom('audit_log')
      .select([
        'municipality_id',
        'chain_seq',
        'hash',
        'user_id',
        'display_name',
        'before',
        'after',
        'details',
      ])
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      municipality_id: municipalityId,
      chain_seq: 1,
      hash: link.hash,
      user_id: userId,
      display_name: '',
      before: '',
      after: null,
      details: asJsonValue(details),
    });
    expect(link.seq).toBe(1);
    expect(link.hash).toMatch(/^[0-9a-f]{64}$/);
    const check = await verifyAuditChain(database.db, municipalityId);
    expect(check).toMatchObject({ rowCount: 1, head: { seq: 1, hash: link.hash }, broken: null });
  });

  it('numbers a chain without a gap when many write to it at once', async () => {
    const municipalityId = randomUUID();
    const writers = 24;
    const links = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        recordAudit(database.db, clock, actor, {
          action: 'budget-cells-update',
          municipalityId,
          details: { writer: index },
        }),
      ),
    );
    expect(links.map((link) => link.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: writers }, (_, index) => index + 1),
    );
    const check = await verifyAuditChain(database.db, municipalityId);
    expect(check.broken).toBeNull();
    expect(check.rowCount).toBe(writers);
    // The log's running number follows the chain's order.
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['seq', 'chain_seq'])
      .where('municipality_id', '=', municipalityId)
      .orderBy('chain_seq')
      .execute();
    const seqs = rows.map((row) => row.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('finds a row changed with the triggers off, by its number and time', async () => {
    const municipalityId = await chainOf(5);
    expect(await brokenOf(municipalityId)).toBeNull();
    await changeRow(municipalityId, 3, sql`after = '{"name":"Förfalskat"}'`);
    expect(await brokenOf(municipalityId)).toEqual({
      problem: 'changed',
      seq: 3,
      occurredAt: await timeOf(municipalityId, 3),
      headSeq: 5,
    });
  });

  it('finds a row whose hash was changed, and one whose user was', async () => {
    const byHash = await chainOf(4);
    await changeRow(byHash, 2, sql`hash = ${'f'.repeat(64)}`);
    expect(await brokenOf(byHash)).toMatchObject({ problem: 'changed', seq: 2 });

    const byName = await chainOf(4);
    await changeRow(byName, 4, sql`display_name = 'Någon annan'`);
    expect(await brokenOf(byName)).toMatchObject({ problem: 'changed', seq: 4 });
  });

  it('finds a deleted row, naming it and the time of the row after it', async () => {
    const municipalityId = await chainOf(5);
    await deleteRows(municipalityId, 2);
    expect(await brokenOf(municipalityId)).toEqual({
      problem: 'missing',
      seq: 2,
      occurredAt: await timeOf(municipalityId, 3),
      headSeq: 5,
    });
  });

  it('finds rows removed from the end, against the chain’s head', async () => {
    const municipalityId = await chainOf(5);
    await deleteRows(municipalityId, 4, 5);
    expect(await brokenOf(municipalityId)).toMatchObject({
      problem: 'missing-at-end',
      seq: 4,
      headSeq: 5,
    });
  });

  it('finds rows whose order was changed', async () => {
    const municipalityId = await chainOf(5);
    await changeRow(municipalityId, 2, sql`chain_seq = 100`);
    await changeRow(municipalityId, 3, sql`chain_seq = 2`);
    await changeRow(municipalityId, 100, sql`chain_seq = 3`);
    expect(await brokenOf(municipalityId)).toMatchObject({ problem: 'changed', seq: 2 });
  });

  it('finds a row added beyond the head (an INSERT needs no trigger off), and a changed head', async () => {
    const beyond = await chainOf(3);
    const last = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('municipality_id', '=', beyond)
      .where('chain_seq', '=', 3)
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('audit_log')
      .values({
        ...last,
        seq: last.seq + 1_000_000,
        id: randomUUID(),
        chain_seq: 4,
        before: null,
        after: null,
        details: JSON.stringify(last.details),
      })
      .execute();
    expect(await brokenOf(beyond)).toMatchObject({ problem: 'beyond-head', seq: 4, headSeq: 3 });

    const head = await chainOf(3);
    await database.db
      .updateTable('audit_chain_head')
      .set({ hash: 'a'.repeat(64) })
      .where('municipality_id', '=', head)
      .execute();
    expect(await brokenOf(head)).toMatchObject({ problem: 'head-mismatch', seq: 3 });
  });

  it('reads a long chain a page at a time, finding a change on a later page', async () => {
    const municipalityId = await chainOf(10);
    expect(await verifyAuditChain(database.db, municipalityId, 3)).toMatchObject({
      rowCount: 10,
      broken: null,
    });
    await changeRow(municipalityId, 8, sql`ip = '192.0.2.1'`);
    expect(await brokenOf(municipalityId, 3)).toMatchObject({ problem: 'changed', seq: 8 });
  });

  it('says in Swedish which row broke the chain and when, and what a whole chain holds', async () => {
    const whole = await chainOf(2);
    const [check] = await verifyAuditChains(database.db, [whole]);
    if (!check) throw new Error('no check');
    expect(auditChainCheckSv(check)).toMatch(
      new RegExp(
        `^Kedjan för ${whole} \\(borttagen kommun\\) är hel \\(2 rader, nr 1–2\\)\\. Senaste kontrollsumma: nr 2, ([0-9a-f]{8} ){7}[0-9a-f]{8}\\.$`,
      ),
    );
    await changeRow(whole, 1, sql`action = 'sign-in'`);
    const [broken] = await verifyAuditChains(database.db, [whole]);
    if (!broken) throw new Error('no check');
    expect(auditChainCheckSv(broken)).toMatch(
      /^Kedjan för .+ är bruten vid rad nr 1: rad nr 1 \(2026-12-07 \d\d:\d\d:\d\d\) har ändrats, flyttats eller lagts in i efterhand: dess kontrollsumma stämmer inte\.$/,
    );
  });
});
