import { randomUUID } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import {
  auditLogResponse,
  exportAuditLog,
  searchAuditLog,
  type AuditEntry,
} from '#contract/audit-log';
import { fillPath } from '#contract/endpoint';
import { listMunicipalities } from '#contract/organisation';
import { recordAudit } from '#server/features/audit/audit.service';
import type { DatabaseEngine } from '#server/db/connect';
import { signInAs, sessionsSignedInLater, type SignedInInject } from '../support/http-session';
import { demoAppFor, type DemoApp } from '../support/demo-api';
import { testClock, type TestClock } from '../support/test-clock';

export const BOM = '\uFEFF';
export const CSV_HEAD =
  'Löpnummer;Kedja;Nr i kedjan;Tid (svensk tid);Användare;Namn;Händelse;Objekttyp;Objekt;Objekt-id;Ändringar;Detaljer;Före (JSON);Efter (JSON);Detaljer (JSON);IP-adress';

type Query = Record<string, string>;

export interface AuditLogFixture {
  readonly clock: TestClock;
  readonly demo: DemoApp;
  /** The unit the administrator's logged change is about (not in the demo's organisation). */
  readonly orgUnitId: string;
  /** A municipality that is not there, whose row is in the log. */
  readonly otherMunicipalityId: string;
  readonly municipalityId: string;
  readonly municipalityCode: string;
  /** Signed in on 10 December: each asks through the session opened before the tests. */
  readonly revisor: SignedInInject;
  readonly admin: SignedInInject;
  readonly controller: SignedInInject;
  readonly searchUrl: (query?: Query) => string;
  readonly exportUrl: (query?: Query) => string;
  readonly search: (who: SignedInInject, query?: Query) => Promise<AuditLogResponse>;
  /** Every matching entry, through all pages. */
  readonly searchAll: (who: SignedInInject, query?: Query) => Promise<AuditEntry[]>;
  /** Each entry as "action username", the demo's load left out. */
  readonly summary: (entries: readonly AuditEntry[]) => string[];
}

type AuditLogResponse = ReturnType<typeof auditLogResponse.parse>;

/**
 * Call in a describe block: the demo app, and before the tests a known history on the test's
 * clock: sign-ins and failed sign-ins from 1 to 3 December, an administrator's change of a
 * unit on 5 December (and one of another municipality), and the revisor, the administrator
 * and the controller signed in on 10 December.
 */
export function auditLogFixture(engine: DatabaseEngine): AuditLogFixture {
  let municipalityId = '';
  let municipalityCode = '';
  const sessions = sessionsSignedInLater();
  const session = sessions.of;
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
    await sessions.signIn(demo.app, ['revisor', 'admin', 'controller']);
  });

  const searchUrl = (query: Query = {}) => {
    const search = new URLSearchParams(query).toString();
    return `${fillPath(searchAuditLog.path, { municipalityId })}${search ? `?${search}` : ''}`;
  };
  const exportUrl = (query: Query = {}) => {
    const search = new URLSearchParams(query).toString();
    return `${fillPath(exportAuditLog.path, { municipalityId })}${search ? `?${search}` : ''}`;
  };
  const search = async (who: SignedInInject, query: Query = {}) => {
    const response = await who({ method: 'GET', url: searchUrl(query) });
    expect(response.statusCode, response.body).toBe(200);
    return auditLogResponse.parse(response.json());
  };
  return {
    clock,
    demo,
    orgUnitId,
    otherMunicipalityId,
    get municipalityId() {
      return municipalityId;
    },
    get municipalityCode() {
      return municipalityCode;
    },
    revisor: session('revisor'),
    admin: session('admin'),
    controller: session('controller'),
    searchUrl,
    exportUrl,
    search,
    searchAll: async (who, query = {}) => (await search(who, { ...query, limit: '200' })).entries,
    // The prepared database's demo load is logged when the database was made, at the real time:
    // the summaries leave it out so the periods asked about stay the test clock's.
    summary: (entries) =>
      entries
        .filter((entry) => entry.action !== 'demo-load')
        .map((entry) => `${entry.action} ${entry.username ?? '-'}`),
  };
}
