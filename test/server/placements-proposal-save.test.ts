import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseEngine } from '#server/db/connect';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { unitReportApi } from '../support/unit-report-api';
import { describeOneEngine } from '../support/test-database';

/** A forecast taken from the placements' proposal is saved with its method, over HTTP. */
describeOneEngine('taking the placements proposal on %s', (engine: DatabaseEngine) => {
  let api: DemoApi;
  beforeAll(async () => {
    api = await openDemoApi(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  it('saves Köp av tjänster with the method placements and shows it as taken', async () => {
    const unit = await unitReportApi(api, '8112', 2023, 8);
    const before = await unit.read(api.request);
    const purchases = before.groups.find((group) => group.accountGroup === 'purchased_services');
    const proposal = purchases?.proposals.find((each) => each.method === 'placements');
    expect(proposal?.amount).toBeLessThan(0);
    const response = await unit.save(api.request, {
      forecasts: [
        {
          accountGroup: 'purchased_services',
          amount: proposal?.amount,
          method: 'placements',
          baseRevision: purchases?.forecast?.revision ?? null,
        },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = await unit.read(api.request);
    expect(
      after.groups.find((group) => group.accountGroup === 'purchased_services')?.forecast,
    ).toMatchObject({ amount: proposal?.amount, method: 'placements' });
    expect(after.placements?.registerCostToDate).toBeGreaterThan(0);
  });
});
