import { sql } from 'kysely';
import { beforeAll, expect } from 'vitest';
import { listBudgetVersions } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import {
  investmentBudgetSchema,
  investmentFollowUpSchema,
  type InvestmentBudgetDto,
  type InvestmentFollowUpDto,
} from '#contract/investment-budget';
import { listMunicipalities } from '#contract/organisation';
import type { DatabaseEngine } from '#server/db/connect';
import { demoAppFor } from '../support/demo-api';
import { sessionsSignedInLater, type SignedInInject } from '../support/http-session';
import { systemClock } from '#server/clock';
import { oreFromTkr } from '#domain/kernel/money';

/**
 * Call in a describe block: the demo app with the controller and the revisor signed in, the
 * board's ids and its 2026 version in follow-up (adopted), and the requests of the investment
 * budget and its follow-up as the controller makes them.
 */
export function investmentFixture(engine: DatabaseEngine) {
  const demo = demoAppFor(engine, systemClock);
  let ids = { municipalityId: '', boardId: '' };
  let adopted2026 = '';
  const sessions = sessionsSignedInLater();
  const session = sessions.of;
  const controller = session('controller');
  const auditor = session('revisor');
  const url = (name: EndpointName, versionId = '') =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, versionId });
  const budgetOf = (response: Awaited<ReturnType<SignedInInject>>): InvestmentBudgetDto => {
    expect(response.statusCode, response.body).toBe(200);
    return investmentBudgetSchema.parse(response.json());
  };
  const followUpOf = (response: Awaited<ReturnType<SignedInInject>>): InvestmentFollowUpDto => {
    expect(response.statusCode, response.body).toBe(200);
    return investmentFollowUpSchema.parse(response.json());
  };
  const getBudget = async (versionId: string) =>
    budgetOf(await controller({ method: 'GET', url: url('getInvestmentBudget', versionId) }));
  /** Saves on the budget's revision as it is now (the revision has tests of its own). */
  const saveBudget = async (versionId: string, lines: readonly object[], who = controller) => {
    const { revision } = await getBudget(versionId);
    return who({
      method: 'POST',
      url: url('saveInvestmentBudget', versionId),
      payload: { baseRevision: revision, lines },
    });
  };
  const getFollowUp = async (query: string) =>
    followUpOf(
      await controller({ method: 'GET', url: `${url('getInvestmentFollowUp')}?${query}` }),
    );
  /** Saves on the month's revision as it is now (the revision has tests of its own). */
  const saveFollowUp = async (payload: { year: number; month: number; lines: object[] }) => {
    const { revision } = await getFollowUp(
      `year=${String(payload.year)}&month=${String(payload.month)}`,
    );
    return controller({
      method: 'POST',
      url: url('saveInvestmentFollowUp'),
      payload: { baseRevision: revision, ...payload },
    });
  };
  const auditRows = async (action: string) =>
    (
      await sql<{ object_id: string; before: unknown; after: unknown; details: unknown }>`
        select object_id, before, after, details from audit_log
        where action = ${action} order by seq`.execute(demo.database.db)
    ).rows;
  /** Every error's Swedish sentence, as the web shows it. */
  const refusal = (response: Awaited<ReturnType<SignedInInject>>) => {
    const { error } = errorBodySchema.parse(response.json());
    return { status: response.statusCode, error, sv: errorMessageSv(error) };
  };

  beforeAll(async () => {
    await sessions.signIn(demo.app, ['controller', 'revisor']);
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    ids = {
      municipalityId: municipalities[0]?.id ?? '',
      boardId: municipalities[0]?.boards[0]?.id ?? '',
    };
    const { versions } = listBudgetVersions.response.parse(
      (await controller({ method: 'GET', url: `${url('listBudgetVersions')}?year=2026` })).json(),
    );
    adopted2026 = versions.find((version) => version.inFollowUp)?.id ?? '';
  });

  return {
    demo,
    controller,
    auditor,
    get ids() {
      return ids;
    },
    /** The demo's 2026 budget, adopted and in follow-up. */
    get adopted2026() {
      return adopted2026;
    },
    url,
    budgetOf,
    followUpOf,
    getBudget,
    saveBudget,
    getFollowUp,
    saveFollowUp,
    auditRows,
    refusal,
  };
}

/** KS in March 2026: +1 000 tkr for the pay review, from March (100 tkr a month to December). */
export const KS_MARCH_2026 = {
  year: 2026,
  decidedOn: '2026-03-12',
  decidedBy: 'executive-board',
  reference: 'KS 2026-03-12 § 34',
  kind: 'allocation',
  amount: oreFromTkr(1_000),
  reason: 'pay-review',
  reasonText: null,
  phasing: 'from-decision-month',
  investmentLine: null,
  note: null,
};
