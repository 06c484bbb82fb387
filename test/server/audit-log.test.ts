import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { searchAuditLog, type AuditEntry } from '#contract/audit-log';
import { fillPath } from '#contract/endpoint';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { recordAudit } from '#server/features/audit/audit.service';
import { describeOneEngine, unguarded } from '../support/test-database';
import { auditLogFixture } from './audit-log.test-helpers';

/** What the audit log shows whom: its rows, newest first, filtered and paged. */
describeOneEngine('the audit log on %s', (engine) => {
  const log = auditLogFixture(engine);
  const {
    clock,
    demo,
    orgUnitId,
    otherMunicipalityId,
    revisor,
    admin,
    controller,
    searchUrl,
    exportUrl,
    search,
    searchAll,
    summary,
  } = log;

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
});
