import { expect, it } from 'vitest';
import { investmentLinksSchema } from '#contract/investment-links';
import { describeOneEngine } from '../support/test-database';
import { investmentFixture } from './investment-budget.test-helpers';

/** The links of the board's investment lines to project codes and asset accounts. */
describeOneEngine('investment links on %s', (engine) => {
  const fx = investmentFixture(engine);
  const { controller, auditor, url, auditRows, refusal } = fx;
  const list = async () =>
    investmentLinksSchema.parse(
      (await auditor({ method: 'GET', url: url('getInvestmentLinks') })).json(),
    );
  /** Saves on the links' revision as read now, unless the payload names one. */
  const save = async (payload: object, who = controller) =>
    who({
      method: 'POST',
      url: url('saveInvestmentLinks'),
      payload: { baseRevision: (await list()).revision, ...payload },
    });

  it('sets a line’s project codes and accounts, lists them and audits the change', async () => {
    const saved = await save({
      category: 'reinvestment',
      name: 'Lokalanpassning test',
      projectCodes: [' 7001 ', '7002'],
      accounts: ['1290'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await list()).lines).toContainEqual({
      category: 'reinvestment',
      name: 'Lokalanpassning test',
      projectCodes: ['7001', '7002'],
      accounts: ['1290'],
    });
    const audit = (await auditRows('investment-links-update')).at(-1);
    expect(audit).toMatchObject({
      before: { projects: '', accounts: '' },
      after: { projects: '7001, 7002', accounts: '1290' },
      details: { investmentLine: 'Reinvestering: Lokalanpassning test' },
    });
    // Saving the same links again changes nothing and writes no audit row.
    const rows = (await auditRows('investment-links-update')).length;
    await save({
      category: 'reinvestment',
      name: 'Lokalanpassning test',
      projectCodes: ['7002', '7001'],
      accounts: ['1290'],
    });
    expect(await auditRows('investment-links-update')).toHaveLength(rows);
  });

  it('refuses a project code another line has, naming the code, and writes nothing', async () => {
    await save({
      category: 'reinvestment',
      name: 'Möbler A',
      projectCodes: ['7101'],
      accounts: [],
    });
    const before = await list();
    const response = await save({
      category: 'reinvestment',
      name: 'Möbler B',
      projectCodes: ['7102', '7101'],
      accounts: ['1930'],
    });
    const { status, sv } = refusal(response);
    expect(status).toBe(400);
    expect(sv).toContain(
      'Projektkoden är redan kopplad till en annan investeringsrad i nämnden (7101: Reinvestering/Möbler A)',
    );
    expect(sv).toContain('Tillgångskontot är inte ett konto för anläggningstillgångar');
    expect(sv).toContain('(1930)');
    expect(await list()).toEqual(before);
  });

  it('lets only those who edit the budget set links', async () => {
    const response = await save(
      { category: 'reinvestment', name: 'Möbler C', projectCodes: ['7201'], accounts: [] },
      auditor,
    );
    expect(response.statusCode).toBe(403);
  });

  it('refuses a save made on links saved since, naming who saved them, and writes nothing', async () => {
    const read = await list();
    const first = await save({
      baseRevision: read.revision,
      category: 'reinvestment',
      name: 'Möbler D',
      projectCodes: ['7301'],
      accounts: [],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(investmentLinksSchema.parse(first.json()).revision).toBe((read.revision ?? 0) + 1);
    const stale = await save({
      baseRevision: read.revision,
      category: 'reinvestment',
      name: 'Möbler D',
      projectCodes: ['7302'],
      accounts: [],
    });
    const { status, error, sv } = refusal(stale);
    expect(status).toBe(409);
    expect(error.details).toMatchObject({ reason: 'edit-conflict', object: 'investment-links' });
    expect(sv).toMatch(/^Investeringsradernas koppling till bokföringen ändrades av /);
    expect((await list()).lines.find((line) => line.name === 'Möbler D')?.projectCodes).toEqual([
      '7301',
    ]);
  });
});
