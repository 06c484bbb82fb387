import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { beforeAll } from 'vitest';
import { organisationAdminResponse } from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import { systemClock } from '#server/clock';
import type { DatabaseEngine } from '#server/db/connect';
import { demoAppFor } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';

interface AuditRow {
  action: string;
  username: string | null;
  object_type: string | null;
  object_id: string | null;
  before: unknown;
  after: unknown;
}

export const issuesOf = (response: LightMyRequestResponse) =>
  errorBodySchema.parse(response.json()).error.issues;

/**
 * Call in a describe block: the demo app with its administrator signed in, the municipality's
 * and its first board's ids, and what the tests read of the administration and the audit log.
 */
export function administrationFixture(engine: DatabaseEngine) {
  const demo = demoAppFor(engine, systemClock);
  let municipalityId = '';
  let boardId = '';
  let signedIn: SignedInInject | undefined;
  const admin: SignedInInject = (options) => {
    if (!signedIn) throw new Error('The administrator signs in before the tests (beforeAll)');
    return signedIn(options);
  };
  const url = (name: EndpointName, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { municipalityId, ...extra });

  const auditSince = async (seq: number) =>
    (
      await sql<AuditRow>`select action, username, object_type, object_id, before, after
        from audit_log where seq > ${seq} order by seq`.execute(demo.database.db)
    ).rows.map((row) => ({
      ...row,
      // PGlite and pg both give jsonb as objects; text in case a driver gives strings.
      before: typeof row.before === 'string' ? (JSON.parse(row.before) as unknown) : row.before,
      after: typeof row.after === 'string' ? (JSON.parse(row.after) as unknown) : row.after,
    }));
  const lastSeq = async () =>
    Number(
      (
        await sql<{ seq: string | null }>`select max(seq) as seq from audit_log`.execute(
          demo.database.db,
        )
      ).rows[0]?.seq ?? 0,
    );
  const organisation = async () =>
    organisationAdminResponse.parse(
      (await admin({ method: 'GET', url: url('getOrganisationAdmin') })).json(),
    );
  const unitByCode = async (code: string) => {
    const unit = (await organisation()).boards
      .flatMap((board) => board.units)
      .find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`no unit ${code}`);
    return unit;
  };

  beforeAll(async () => {
    signedIn = await signInAs(demo.app, 'admin');
    const { municipalities } = listMunicipalities.response.parse(
      (await admin({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    municipalityId = municipalities[0]?.id ?? '';
    boardId = municipalities[0]?.boards[0]?.id ?? '';
  });

  return {
    demo,
    admin,
    get municipalityId() {
      return municipalityId;
    },
    get boardId() {
      return boardId;
    },
    get board() {
      return { municipalityId, boardId };
    },
    url,
    auditSince,
    lastSeq,
    organisation,
    unitByCode,
  };
}
