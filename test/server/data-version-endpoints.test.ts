import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { dataVersionOf } from '#server/db/data-version';
import { openDemoApi } from '../support/demo-api';
import { signInAs } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { ACCESS_ROWS } from './endpoint-writes/access-rows';
import { BOARD_REPORTS_ROWS } from './endpoint-writes/board-reports-rows';
import { BUDGET_ROWS } from './endpoint-writes/budget-rows';
import { FOLLOW_UP_ROWS } from './endpoint-writes/follow-up-rows';
import { GOALS_ROWS } from './endpoint-writes/goals-rows';
import { INTERNAL_CONTROL_ROWS } from './endpoint-writes/internal-control-rows';
import type { Row, Setup } from './endpoint-writes/setup';

/**
 * Every endpoint that changes something (every POST of the contract) either raises the
 * municipality's data version, which the cached answers are keyed by, or is listed here as
 * changing no data, with the reason. A new endpoint that is not a GET and has no row here fails
 * the first test.
 */

/** In order: a row may use what an earlier one left (the draft, the user, the import). */
const ROWS = {
  ...ACCESS_ROWS,
  ...BUDGET_ROWS,
  ...FOLLOW_UP_ROWS,
  ...GOALS_ROWS,
  ...INTERNAL_CONTROL_ROWS,
  ...BOARD_REPORTS_ROWS,
};

describeOneEngine('the data version and every endpoint that writes, on %s', (engine) => {
  let setup: Setup;

  beforeAll(async () => {
    const api = await openDemoApi(engine);
    setup = {
      api,
      admin: await signInAs(api.app, 'admin'),
      controller: api.request,
      url: (name, params = {}) => fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, ...params }),
      state: new Map(),
    };
  });
  afterAll(async () => {
    await setup.api.close();
  });

  it('has a row for every endpoint that is not a GET', () => {
    const mutating = Object.entries(ALL_ENDPOINTS)
      .filter(([, endpoint]) => endpoint.method !== 'GET')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(ROWS).sort()).toEqual(mutating);
  });

  it.each(Object.entries(ROWS))('%s', async (name, row: Row) => {
    const act = await row.request(setup);
    const version = () => dataVersionOf(setup.api.database.db, setup.api.ids.municipalityId);
    const before = await version();
    const response = await act();
    expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
    const after = await version();
    if (row.changes === 'data') expect(after, name).toBeGreaterThan(before);
    else expect(after, `${name} changes no data: ${row.reason}`).toBe(before);
  });
});
