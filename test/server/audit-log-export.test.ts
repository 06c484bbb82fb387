import { expect, it } from 'vitest';
import { recordAudit } from '#server/features/audit/audit.service';
import { signInAs } from '../support/http-session';
import { describeOneEngine, unguarded } from '../support/test-database';
import { auditLogFixture, BOM, CSV_HEAD } from './audit-log.test-helpers';

/** The audit log as CSV for Swedish Excel, and how its rows are written, there and on the page. */
describeOneEngine('the audit log’s export on %s', (engine) => {
  const log = auditLogFixture(engine);
  const { clock, demo, orgUnitId, revisor, admin, controller, exportUrl, search, searchAll } = log;

  it('exports the rows as CSV for Swedish Excel, and logs the export', async () => {
    const expected = await searchAll(revisor, { user: 'controller' });
    const response = await revisor({ method: 'GET', url: exportUrl({ user: 'controller' }) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="granskningslogg-${log.municipalityCode}-2026-12-10.csv"; filename*=UTF-8''granskningslogg-${log.municipalityCode}-2026-12-10.csv`,
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
      .where('municipality_id', '=', log.municipalityId)
      .where('code', '=', '8113')
      .executeTakeFirstOrThrow();
    await recordAudit(
      demo.database.db,
      clock,
      { userId: null, username: 'enhetschef', displayName: 'Sara Berg', ip: null },
      {
        action: 'follow-up-submit',
        municipalityId: log.municipalityId,
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
});
