import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { getOperatingStatement } from '#contract/operating-statement';
import { sumOre } from '#domain/kernel/money';
import { describeOneEngine } from '../support/test-database';
import { followUpFixture, MONTH, YEAR } from './follow-up.test-helpers';

/** The board's monthly follow-up view: how it is sent, its variances, and what a head sees. */
describeOneEngine('the monthly follow-up on %s', (engine) => {
  const fx = followUpFixture(engine);
  const { api, unitHead, viewUrl, view, report } = fx;

  it('sends the view gzipped when asked, and "not modified" to a browser that holds it', async () => {
    const first = await api.request({ method: 'GET', url: viewUrl() });
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await api.request({
      method: 'GET',
      url: viewUrl(),
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const gzipped = await api.request({
      method: 'GET',
      url: viewUrl(),
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual(first.json());
    // Someone else may not revalidate their way into it: the access rule comes first.
    const outsider = await api.app.inject({
      method: 'GET',
      url: viewUrl(),
      headers: { 'if-none-match': String(etag) },
    });
    expect(outsider.statusCode).toBe(401);
  });

  it('gives each unit’s variance against the phased budget, summed as the statement sums', async () => {
    const followUp = await view();
    const units = followUp.rows.filter((row) => row.orgUnit.kind === 'unit');
    expect(units.length).toBeGreaterThan(5);
    for (const row of followUp.rows)
      expect(row.figures.variance).toBe(
        row.figures.actualYearToDate - row.figures.budgetYearToDate,
      );
    const departments = followUp.rows.filter((row) => row.orgUnit.kind === 'department');
    expect(sumOre(departments.map((row) => row.figures.variance))).toBe(followUp.board.variance);
    expect(units.every((row) => row.report?.status === 'not-started')).toBe(true);

    // The actual to date is the operating statement's: nettokostnader and finansnetto.
    const statement = getOperatingStatement.response.parse(
      (
        await api.request({
          method: 'GET',
          url: `${fillPath(ALL_ENDPOINTS.getOperatingStatement.path, api.ids)}?year=${String(YEAR)}&month=${String(MONTH)}`,
        })
      ).json(),
    );
    const line = (key: string) => statement.lines.find((each) => each.key === key)?.figures;
    expect(followUp.board.actualYearToDate).toBe(
      (line('net_operating_cost')?.actual ?? 0) + (line('financial_items')?.actual ?? 0),
    );
    expect(followUp.board.budget).toBe(
      (line('net_operating_cost')?.budget ?? 0) + (line('financial_items')?.budget ?? 0),
    );

    // The chart: the result to date each month, actuals through the report month.
    expect(followUp.chart.months).toHaveLength(12);
    expect(followUp.chart.months[MONTH - 1]?.actualYearToDate).not.toBeNull();
    expect(followUp.chart.months[MONTH]?.actualYearToDate).toBeNull();
  });

  it('shows the enhetschef their part only, with proposals labelled by method', async () => {
    const refused = await unitHead({ method: 'GET', url: viewUrl() });
    expect(refused.statusCode).toBe(403);
    const own = await report(unitHead);
    expect(own.orgUnit.code).toBe('8113');
    expect(own.status).toBe('not-started');
    expect(own.actions).toEqual(['save', 'submit']);
    const personnel = own.groups.find((group) => group.accountGroup === 'personnel_costs');
    expect(personnel?.proposals.map((proposal) => proposal.method)).toEqual([
      'budget',
      'actual-plus-remaining-budget',
      'run-rate',
      'last-year-pattern',
    ]);
    expect(personnel?.proposals[0]?.amount).toBe(personnel?.budget);
  });
});
