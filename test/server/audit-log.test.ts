import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import {
  auditLogResponse,
  exportAuditLog,
  searchAuditLog,
  type AuditEntry,
} from '#contract/audit-log';
import { auditLogVerificationResponse, verifyAuditLog } from '#contract/audit-chain';
import { fillPath } from '#contract/endpoint';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import { recordAudit } from '#server/features/audit/audit.service';
import { signInAs, type SignedInInject } from '../support/http-session';
import { demoAppFor } from '../support/demo-api';
import { describeOneEngine, unguarded } from '../support/test-database';
import { testClock } from '../support/test-clock';

const BOM = '\uFEFF';
const CSV_HEAD =
  'Löpnummer;Kedja;Nr i kedjan;Tid (svensk tid);Användare;Namn;Händelse;Objekttyp;Objekt;Objekt-id;Ändringar;Detaljer;Före (JSON);Efter (JSON);Detaljer (JSON);IP-adress';

describeOneEngine('the audit log on %s', (engine) => {
  let municipalityId: string;
  let municipalityCode: string;
  let revisor: SignedInInject;
  let admin: SignedInInject;
  let controller: SignedInInject;
  const orgUnitId = randomUUID();
  const otherMunicipalityId = randomUUID();
  const clock = testClock('2026-12-01T08:00:00.000Z');
  const demo = demoAppFor(engine, clock);

  const failedSignIn = (username: string) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password: 'fel lösenord' },
    });

  beforeAll(async () => {
    // 1 December, 09:00 Swedish time: the controller signs in, then fails once.
    await signInAs(demo.app, 'controller');
    clock.set('2026-12-01T08:05:00.000Z');
    expect((await failedSignIn('controller')).statusCode).toBe(401);
    // A name that is no account, and one written to run as a formula in Excel.
    expect((await failedSignIn('nobody-here')).statusCode).toBe(401);
    expect((await failedSignIn('=HYPERLINK("http://x")')).statusCode).toBe(401);
    // 2 December 23:30 UTC is 3 December 00:30 in Sweden.
    clock.set('2026-12-02T23:30:00.000Z');
    await signInAs(demo.app, 'revisor');

    const municipalities = listMunicipalities.response.parse(
      (
        await (
          await signInAs(demo.app, 'controller')
        )({ method: 'GET', url: '/api/municipalities' })
      ).json(),
    ).municipalities;
    const municipality = municipalities[0];
    if (!municipality) throw new Error('demo not loaded');
    municipalityId = municipality.id;
    municipalityCode = municipality.code;

    clock.set('2026-12-05T10:00:00.000Z');
    const adminActor = {
      userId: null,
      username: 'admin',
      displayName: 'Admin Istratör',
      ip: '10.0.0.1',
    };
    await recordAudit(demo.database.db, clock, adminActor, {
      action: 'org-unit-update',
      municipalityId,
      objectType: 'org-unit',
      objectId: orgUnitId,
      before: { name: 'Gamla', code: '811' },
      after: { name: 'Nya', code: '811' },
    });
    // Another municipality's row is never in this one's log.
    await recordAudit(demo.database.db, clock, adminActor, {
      action: 'org-unit-create',
      municipalityId: otherMunicipalityId,
      objectType: 'org-unit',
      objectId: orgUnitId,
      after: { name: 'Annan' },
    });

    // Those who search sign in on 10 December (sessions last a working day).
    clock.set('2026-12-10T08:00:00.000Z');
    revisor = await signInAs(demo.app, 'revisor');
    admin = await signInAs(demo.app, 'admin');
    controller = await signInAs(demo.app, 'controller');
  });

  const searchUrl = (query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    return `${fillPath(searchAuditLog.path, { municipalityId })}${search ? `?${search}` : ''}`;
  };
  const exportUrl = (query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    return `${fillPath(exportAuditLog.path, { municipalityId })}${search ? `?${search}` : ''}`;
  };
  const search = async (who: SignedInInject, query: Record<string, string> = {}) => {
    const response = await who({ method: 'GET', url: searchUrl(query) });
    expect(response.statusCode, response.body).toBe(200);
    return auditLogResponse.parse(response.json());
  };
  /** Every matching entry, through all pages. */
  const searchAll = async (who: SignedInInject, query: Record<string, string> = {}) =>
    (await search(who, { ...query, limit: '200' })).entries;
  // The prepared database's demo load is logged when the database was made, at the real time:
  // the summaries leave it out so the periods asked about stay the test clock's.
  const summary = (entries: readonly AuditEntry[]) =>
    entries
      .filter((entry) => entry.action !== 'demo-load')
      .map((entry) => `${entry.action} ${entry.username ?? '-'}`);

  it('lists the municipality’s rows newest first, with who, when, what and from where', async () => {
    const page = await search(revisor);
    expect(page.total).toBe(page.entries.length);
    const seqs = page.entries.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(summary(page.entries)).toEqual([
      'sign-in controller',
      'sign-in admin',
      'sign-in revisor',
      'org-unit-update admin',
      'sign-in controller',
      'sign-in revisor',
      'sign-in-failed controller',
      'sign-in controller',
    ]);
    // The oldest row: the demo municipality was loaded.
    expect(page.entries.at(-1)).toMatchObject({ action: 'demo-load', username: 'demo' });
    const first = page.entries.at(-2);
    expect(first).toMatchObject({
      occurredAt: '2026-12-01T08:00:00.000Z',
      username: 'controller',
      displayName: 'Karin Ek',
      action: 'sign-in',
      objectType: null,
      objectId: null,
      before: null,
      after: null,
      details: { method: 'password' },
      ip: '127.0.0.1',
    });
    expect(page.entries.find((entry) => entry.action === 'org-unit-update')).toMatchObject({
      objectType: 'org-unit',
      objectId: orgUnitId,
      before: { name: 'Gamla', code: '811' },
      after: { name: 'Nya', code: '811' },
    });
  });

  it('shows the installation admin also the failed sign-ins no user of any municipality made', async () => {
    const failedForAdmin = await searchAll(admin, { action: 'sign-in-failed' });
    expect(summary(failedForAdmin)).toEqual([
      'sign-in-failed =hyperlink("http://x")',
      'sign-in-failed nobody-here',
      'sign-in-failed controller',
    ]);
    expect(failedForAdmin[1]?.details).toEqual({ reason: 'unknown-user' });
    const failedForRevisor = await searchAll(revisor, { action: 'sign-in-failed' });
    expect(summary(failedForRevisor)).toEqual(['sign-in-failed controller']);
    expect(failedForRevisor[0]?.details).toEqual({ reason: 'wrong-password' });
  });

  it('never shows another municipality’s rows', async () => {
    for (const who of [revisor, admin]) {
      const entries = await searchAll(who, { objectId: orgUnitId });
      expect(summary(entries)).toEqual(['org-unit-update admin']);
    }
  });

  it('filters by user, with the name written any way', async () => {
    const entries = await searchAll(revisor, { user: ' Controller ' });
    expect(summary(entries)).toEqual([
      'sign-in controller',
      'sign-in controller',
      'sign-in-failed controller',
      'sign-in controller',
    ]);
    expect((await searchAll(revisor, { user: 'control' })).length).toBe(0);
  });

  it('filters by period, a day being a day in Swedish time', async () => {
    // 23:30 UTC on 2 December is 00:30 on 3 December in Sweden.
    expect(summary(await searchAll(revisor, { from: '2026-12-03', to: '2026-12-03' }))).toEqual([
      'sign-in controller',
      'sign-in revisor',
    ]);
    expect(summary(await searchAll(revisor, { from: '2026-12-02', to: '2026-12-02' }))).toEqual([]);
    expect(summary(await searchAll(revisor, { to: '2026-12-01' }))).toEqual([
      'sign-in-failed controller',
      'sign-in controller',
    ]);
    expect(summary(await searchAll(revisor, { from: '2026-12-05' }))).toEqual([
      'sign-in controller',
      'sign-in admin',
      'sign-in revisor',
      'org-unit-update admin',
    ]);
  });

  it('filters by object and by action, and combines filters', async () => {
    expect(
      summary(await searchAll(revisor, { objectType: 'org-unit', objectId: orgUnitId })),
    ).toEqual(['org-unit-update admin']);
    expect(summary(await searchAll(revisor, { objectType: 'import' }))).toEqual([]);
    expect(summary(await searchAll(revisor, { action: 'sign-in', user: 'revisor' }))).toEqual([
      'sign-in revisor',
      'sign-in revisor',
    ]);
    // An empty field of a form is no filter.
    expect((await searchAll(revisor, { action: '', user: '', from: '' })).length).toBe(
      (await searchAll(revisor)).length,
    );
  });

  it('pages through the rows with a cursor, newest first', async () => {
    const all = await searchAll(revisor);
    const seen: AuditEntry[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = { limit: '3' };
      if (cursor !== null) query.cursor = String(cursor);
      const page = await search(revisor, query);
      expect(page.total).toBe(all.length);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect(seen).toEqual(all);
  });

  it('refuses dates that are no dates and a period that ends before it starts, in Swedish', async () => {
    for (const url of [searchUrl, exportUrl]) {
      const wrongDate = await revisor({ method: 'GET', url: url({ from: '2026-02-30' }) });
      expect(wrongDate.statusCode).toBe(400);
      const wrongDateError = errorBodySchema.parse(wrongDate.json()).error;
      expect(wrongDateError.issues).toEqual([
        { field: 'from', problem: 'not-a-date', value: '2026-02-30' },
      ]);
      expect(errorMessageSv(wrongDateError)).toBe(
        'Uppgifterna kunde inte användas: Från är inte ett giltigt datum på formen ÅÅÅÅ-MM-DD (2026-02-30).',
      );
      const reversed = await revisor({
        method: 'GET',
        url: url({ from: '2026-12-05', to: '2026-12-01' }),
      });
      expect(reversed.statusCode).toBe(400);
      const reversedError = errorBodySchema.parse(reversed.json()).error;
      expect(reversedError.issues).toEqual([
        { field: 'to', problem: 'before-from', value: '2026-12-01' },
      ]);
      expect(errorMessageSv(reversedError)).toBe(
        'Uppgifterna kunde inte användas: Till är före Från (2026-12-01).',
      );
    }
  });

  it('is for Revisor and Administratör only', async () => {
    expect((await controller({ method: 'GET', url: searchUrl() })).statusCode).toBe(403);
    expect((await controller({ method: 'GET', url: exportUrl() })).statusCode).toBe(403);
    const otherMunicipality = fillPath(searchAuditLog.path, {
      municipalityId: otherMunicipalityId,
    });
    expect((await revisor({ method: 'GET', url: otherMunicipality })).statusCode).toBe(404);
    // The installation admin may ask for any municipality; one that is not there is not found.
    const missing = await admin({ method: 'GET', url: otherMunicipality });
    expect(missing.statusCode).toBe(404);
    expect(errorBodySchema.parse(missing.json()).error.details).toMatchObject({
      entity: 'municipality',
    });
  });

  it('exports the rows as CSV for Swedish Excel, and logs the export', async () => {
    const expected = await searchAll(revisor, { user: 'controller' });
    const response = await revisor({ method: 'GET', url: exportUrl({ user: 'controller' }) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="granskningslogg-${municipalityCode}-2026-12-10.csv"; filename*=UTF-8''granskningslogg-${municipalityCode}-2026-12-10.csv`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(BOM.length).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(CSV_HEAD);
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(
      expected.map((entry) => String(entry.seq)),
    );
    // The first sign-in, at 09:00 Swedish time, is the last row.
    // Sign-ins are in the installation's chain.
    expect(lines.at(-1)?.split(';').slice(1, 3)).toEqual([
      'installationen',
      String(expected.at(-1)?.chainSeq),
    ]);
    expect(lines.at(-1)?.split(';').slice(3)).toEqual([
      '2026-12-01 09:00:00',
      'controller',
      'Karin Ek',
      'Inloggning',
      '',
      '',
      '',
      '',
      'Sätt: Lösenord',
      '',
      '',
      '"{""method"":""password""}"',
      '127.0.0.1',
    ]);
    expect(lines.at(-2)?.split(';').slice(3, 12)).toEqual([
      '2026-12-01 09:05:00',
      'controller',
      'Karin Ek',
      'Misslyckad inloggning',
      '',
      '',
      '',
      '',
      'Orsak: Fel lösenord',
    ]);

    const exports = await searchAll(revisor, { action: 'audit-log-export' });
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({
      username: 'revisor',
      displayName: 'Lena Vik',
      objectType: 'audit-log',
      details: { filters: { user: 'controller' }, rowCount: expected.length },
    });
  });

  it('writes a change readably, and what users typed never as an Excel formula', async () => {
    const changes = await admin({
      method: 'GET',
      url: exportUrl({ action: 'org-unit-update' }),
    });
    const changeLine = changes.rawPayload.toString('utf8').split('\r\n')[1] ?? '';
    expect(changeLine.split(';').slice(1, 2)).toEqual(['kommunen']);
    // A unit that is not there (any more) is named by its id.
    expect(changeLine.split(';').slice(4, 11)).toEqual([
      'admin',
      'Admin Istratör',
      'Ändrad enhet',
      'Enhet',
      orgUnitId,
      orgUnitId,
      'Namn: Gamla → Nya',
    ]);
    // Before and after whole, as jsonb keeps them (keys in its own order).
    expect(changeLine).toContain(';"{""code"":""811"",""name"":""Gamla""}";');

    const failed = await admin({ method: 'GET', url: exportUrl({ action: 'sign-in-failed' }) });
    const text = failed.rawPayload.toString('utf8');
    expect(text).toContain(';"\'=hyperlink(""http://x"")";');
    expect(text).not.toMatch(/;=/);
  });

  it('logs no export that was refused', async () => {
    const before = (await searchAll(admin, { action: 'audit-log-export' })).length;
    expect((await revisor({ method: 'GET', url: exportUrl({ from: 'igår' }) })).statusCode).toBe(
      400,
    );
    expect((await controller({ method: 'GET', url: exportUrl() })).statusCode).toBe(403);
    expect((await searchAll(admin, { action: 'audit-log-export' })).length).toBe(before);
  });
  it('shows rows about no municipality by the user they are about, or to the installation admin', async () => {
    const users = await demo.database.db
      .selectFrom('app_user')
      .select(['id', 'username'])
      .execute();
    const controllerId = users.find((user) => user.username === 'controller')?.id ?? '';
    const loneId = randomUUID();
    await unguarded(demo.database)
      .insertInto('app_user')
      .values({ id: loneId, username: 'utan-roll', display_name: 'Utan Roll' })
      .execute();
    // From the command line (nobody signed in): about the controller, and about a user
    // without a role anywhere.
    await recordAudit(demo.database.db, clock, null, {
      action: 'password-reset',
      objectType: 'user',
      objectId: controllerId,
    });
    await recordAudit(demo.database.db, clock, null, {
      action: 'password-reset',
      objectType: 'user',
      objectId: loneId,
    });
    const forRevisor = await searchAll(revisor, { action: 'password-reset' });
    expect(forRevisor.map((entry) => entry.objectId)).toEqual([controllerId]);
    const forAdmin = await searchAll(admin, { action: 'password-reset' });
    expect(forAdmin.map((entry) => entry.objectId)).toEqual([loneId, controllerId]);
  });
  it('shows the name a user had when the row was written, in the page and the export', async () => {
    await unguarded(demo.database)
      .updateTable('app_user')
      .set({ display_name: 'Karin Ny-Ek' })
      .where('username', '=', 'controller')
      .execute();
    try {
      clock.set('2026-12-10T08:30:00.000Z');
      await signInAs(demo.app, 'controller');
      const signIns = await searchAll(revisor, { user: 'controller', action: 'sign-in' });
      expect(signIns.map((entry) => entry.displayName)).toEqual([
        'Karin Ny-Ek',
        'Karin Ek',
        'Karin Ek',
        'Karin Ek',
      ]);
      expect(signIns.every((entry) => entry.chain === 'installation')).toBe(true);
      const csv = (
        await revisor({ method: 'GET', url: exportUrl({ user: 'controller', action: 'sign-in' }) })
      ).rawPayload.toString('utf8');
      const names = csv
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(';')[5]);
      expect(names).toEqual(['Karin Ny-Ek', 'Karin Ek', 'Karin Ek', 'Karin Ek']);
    } finally {
      await unguarded(demo.database)
        .updateTable('app_user')
        .set({ display_name: 'Karin Ek' })
        .where('username', '=', 'controller')
        .execute();
    }
  });
  it('names units and users by what they are called, amounts in kr, statuses in Swedish', async () => {
    const unit = await demo.database.db
      .selectFrom('org_unit')
      .select(['id', 'code', 'name'])
      .where('municipality_id', '=', municipalityId)
      .where('code', '=', '8113')
      .executeTakeFirstOrThrow();
    await recordAudit(
      demo.database.db,
      clock,
      { userId: null, username: 'enhetschef', displayName: 'Sara Berg', ip: null },
      {
        action: 'follow-up-submit',
        municipalityId,
        objectType: 'follow-up-report',
        objectId: `${unit.id}/2023-08`,
        before: {
          status: 'draft',
          forecasts: { personnel_costs: { amount: -1_200_000_00, method: 'budget' } },
        },
        after: {
          status: 'submitted',
          forecasts: { personnel_costs: { amount: -1_250_000_00, method: 'entered' } },
        },
      },
    );
    const page = await search(revisor, { action: 'follow-up-submit' });
    expect(page.names[unit.id]).toBe(`8113 ${unit.name}`);
    const csv = (
      await revisor({ method: 'GET', url: exportUrl({ action: 'follow-up-submit' }) })
    ).rawPayload.toString('utf8');
    const line = (csv.split('\r\n')[1] ?? '').replaceAll('\u00a0', ' ');
    expect(line.split(';').slice(8, 10)).toEqual([
      `8113 ${unit.name}/2023-08`,
      `${unit.id}/2023-08`,
    ]);
    // The changes in one cell (quoted: its fields are parted by semicolons).
    expect(line).toContain(
      ';"Status: Utkast → Inlämnad; Prognos – Personalkostnader – Belopp: -1 200 000 kr → -1 250 000 kr; Prognos – Personalkostnader – Sätt: Budget → Eget belopp";',
    );
    // The stored JSON beside it, as written.
    expect(csv).toContain('""amount"":-125000000');
  });

  it('checks the municipality’s chain and the installation’s for Revisor and Administratör', async () => {
    const verificationUrl = fillPath(verifyAuditLog.path, { municipalityId });
    const verify = async (who: SignedInInject) => {
      const response = await who({ method: 'GET', url: verificationUrl });
      expect(response.statusCode, response.body).toBe(200);
      return auditLogVerificationResponse.parse(response.json());
    };
    const forRevisor = await verify(revisor);
    expect(
      forRevisor.chains.map((chain) => [chain.chain, chain.broken, chain.rowCount === null]),
    ).toEqual([
      ['municipality', null, false],
      // Everyone's sign-ins: how many, the installation admin alone is told.
      ['installation', null, true],
    ]);
    expect((await verify(admin)).chains[1]?.rowCount).toBeGreaterThan(0);
    expect((await controller({ method: 'GET', url: verificationUrl })).statusCode).toBe(403);

    // A row rewritten behind the application's back: the check names it.
    await demo.database.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`update audit_log set after = '{"name":"Annat"}'
                where municipality_id = ${municipalityId} and action = 'org-unit-update'`.execute(
        trx,
      );
    });
    const changed = await demo.database.db
      .selectFrom('audit_log')
      .select(['chain_seq', 'occurred_at'])
      .where('municipality_id', '=', municipalityId)
      .where('action', '=', 'org-unit-update')
      .executeTakeFirstOrThrow();
    const [own, installation] = (await verify(revisor)).chains;
    expect(own?.broken).toEqual({
      problem: 'changed',
      seq: changed.chain_seq,
      occurredAt: changed.occurred_at,
      headSeq: own?.head?.seq,
    });
    expect(installation?.broken).toBeNull();
  });
});
