import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { auditLogVerificationResponse, verifyAuditLog } from '#contract/audit-chain';
import { fillPath } from '#contract/endpoint';
import type { SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { auditLogFixture } from './audit-log.test-helpers';

/** The check of the audit log’s hash chains: who may ask, and a row changed behind the application’s back. */
describeOneEngine('the audit log’s chains on %s', (engine) => {
  const log = auditLogFixture(engine);
  const { demo, revisor, admin, controller } = log;

  it('checks the municipality’s chain and the installation’s for Revisor and Administratör', async () => {
    const verificationUrl = fillPath(verifyAuditLog.path, { municipalityId: log.municipalityId });
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
                where municipality_id = ${log.municipalityId} and action = 'org-unit-update'`.execute(
        trx,
      );
    });
    const changed = await demo.database.db
      .selectFrom('audit_log')
      .select(['chain_seq', 'occurred_at'])
      .where('municipality_id', '=', log.municipalityId)
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
