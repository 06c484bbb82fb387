import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '#domain/access/roles';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';
import { adminCases } from './access.administration-cases';
import { boardReportsCases } from './access.board-reports-cases';
import { budgetCases } from './access.budget-cases';
import { followUpCases } from './access.follow-up-cases';
import { goalsCases } from './access.goals-cases';
import { internalControlCases } from './access.internal-control-cases';
import { GENERAL_CASES } from './access.general-cases';
import { volumesCases } from './access.volumes-cases';
import { outcome, WHO, type Case, type Expected, type Ids, type Who } from './access.test-helpers';

/**
 * Every endpoint, asked by every role of the demo and by nobody signed in. The expected answer
 * is written out for each, by hand: a new endpoint without a row here fails this test.
 *
 * allowed: the access rule let it through (the answer may still be a 404 for an id that does
 * not exist, or 401 for a wrong password). 401: not signed in. 403: the role or its scope does
 * not allow it. 404: a municipality the user holds nothing in.
 */
const CASES: readonly Case[] = [
  ...GENERAL_CASES,
  ...adminCases(),
  ...budgetCases(),
  ...followUpCases(),
  ...goalsCases(),
  ...internalControlCases(),
  ...volumesCases(),
  ...boardReportsCases(),
];

describe('every endpoint has its row in the access table', () => {
  it('covers each endpoint of the contract', () => {
    const covered = new Set(CASES.map((testCase) => testCase.endpoint));
    expect(Object.keys(ALL_ENDPOINTS).filter((name) => !covered.has(name as EndpointName))).toEqual(
      [],
    );
  });
});

describeOneEngine('access by role on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let ids: Ids;
  const sessions = new Map<Who, SignedInInject>();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    for (const who of WHO) {
      sessions.set(
        who,
        who === 'nobody' ? (options) => app.inject(options) : await signInAs(app, who),
      );
    }
    const controller = sessions.get('controller');
    if (!controller) throw new Error('no controller session');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const municipality = municipalities[0];
    const board = municipality?.boards[0];
    if (!municipality || !board) throw new Error('demo not loaded');
    const units = await database.db
      .selectFrom('org_unit')
      .select(['id', 'code'])
      .where('municipality_id', '=', municipality.id)
      .execute();
    const unit = (code: string) => units.find((candidate) => candidate.code === code)?.id ?? '';
    ids = {
      municipalityId: municipality.id,
      boardId: board.id,
      department: unit('811'),
      unit: unit('8113'),
      otherDepartmentUnit: unit('8123'),
    };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  let hrSession: SignedInInject | undefined;
  const stateChanging = (name: EndpointName) => ['signOut', 'changePassword'].includes(name);

  it.each(
    CASES.map((testCase) => [`${testCase.endpoint} ${testCase.label}`.trim(), testCase] as const),
  )('%s', async (_name, testCase) => {
    const answers: Partial<Record<Who, Expected | 'csrf-rejected'>> = {};
    for (const who of WHO) {
      // Signing out or changing the password ends sessions: those cases get their own.
      const inject =
        stateChanging(testCase.endpoint) && who !== 'nobody'
          ? await signInAs(app, who)
          : sessions.get(who);
      if (!inject) throw new Error(`no session for ${who}`);
      answers[who] = outcome(await inject(testCase.request(ids)));
    }
    expect(answers).toEqual(testCase.expected);
  });

  /**
   * Personalfunktion/HR (granted for the municipality, as the revisor is) reaches only what its
   * permissions open: where the endpoint is public, for anyone signed in or needs a permission
   * HR holds, it gets the revisor's answer (the controller's, where only HR and the controller
   * hold it); elsewhere 403 (404 where the revisor holds nothing).
   */
  it.each(
    CASES.filter((testCase) => !stateChanging(testCase.endpoint)).map(
      (testCase) => [`${testCase.endpoint} ${testCase.label}`.trim(), testCase] as const,
    ),
  )('as hr: %s', async (_name, testCase) => {
    const rule = ALL_ENDPOINTS[testCase.endpoint].access;
    const opens = rule.kind !== 'permission' || ROLE_PERMISSIONS.hr.includes(rule.permission);
    const revisor = testCase.expected.revisor;
    // A permission HR holds and the revisor does not (personnel:import): the controller's answer.
    const onlyHr =
      rule.kind === 'permission' && !ROLE_PERMISSIONS.auditor.includes(rule.permission) && opens;
    const expected = onlyHr
      ? testCase.expected.controller
      : opens || revisor === 404 || revisor === 401
        ? revisor
        : 403;
    hrSession ??= await signInAs(app, 'hr');
    const hr = hrSession;
    expect(outcome(await hr(testCase.request(ids)))).toBe(expected);
  });
});
