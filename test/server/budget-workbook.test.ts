import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  budgetGridSchema,
  getBudgetGrid,
  listBudgetVersions,
  saveBudgetCells,
  type BudgetCellDto,
  type BudgetGrid,
} from '#contract/budget';
import {
  exportBudgetWorkbook,
  importBudgetWorkbook,
  XLSX_MEDIA_TYPE,
} from '#contract/budget-workbook';
import { fillPath } from '#contract/endpoint';
import { errorMessageSv } from '#contract/error-messages-sv';
import { inputIssueSv } from '#contract/input-issue-sv';
import { errorBodySchema, type InputIssue } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import { WORKBOOK_GROUPS } from '#domain/budget/budget-workbook';
import { ore } from '#domain/kernel/money';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

import {
  amounts,
  cellOf,
  edited,
  keyOf,
  loadWorkbook,
  sheetOf,
} from './budget-workbook.test-helpers';

describeOneEngine('the budget grid as a workbook on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let controller: SignedInInject;
  let ids: { municipalityId: string; boardId: string };
  let adopted: BudgetGrid;
  let draft: BudgetGrid;
  const at = (versionId: string) => fillPath(exportBudgetWorkbook.path, { ...ids, versionId });
  const download = async (versionId: string): Promise<Buffer> => {
    const response = await controller({ method: 'GET', url: at(versionId) });
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload;
  };
  const upload = (versionId: string, bytes: Buffer) =>
    controller({
      method: 'POST',
      url: fillPath(importBudgetWorkbook.path, { ...ids, versionId }),
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      payload: bytes,
    });
  const imported = async (versionId: string, bytes: Buffer) => {
    const response = await upload(versionId, bytes);
    expect(response.statusCode, response.body).toBe(200);
    return importBudgetWorkbook.response.parse(response.json());
  };
  const refused = async (versionId: string, bytes: Buffer): Promise<InputIssue[]> => {
    const response = await upload(versionId, bytes);
    expect(response.statusCode, response.body).toBe(400);
    return errorBodySchema.parse(response.json()).error.issues;
  };
  const gridOf = async (versionId: string): Promise<BudgetGrid> => {
    const response = await controller({
      method: 'GET',
      url: fillPath(getBudgetGrid.path, { ...ids, versionId }),
    });
    return budgetGridSchema.parse(response.json());
  };
  const cellUpdates = async () =>
    (
      await sql<{ count: string }>`
        select count(*) as count from audit_log where action = 'budget-cells-update'`.execute(
        database.db,
      )
    ).rows[0]?.count;
  const unit = (code: string) => {
    const found = draft.units.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`No unit ${code}`);
    return found;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    ids = {
      municipalityId: municipalities[0]?.id ?? '',
      boardId: municipalities[0]?.boards[0]?.id ?? '',
    };
    const { versions } = listBudgetVersions.response.parse(
      (
        await controller({
          method: 'GET',
          url: `${fillPath(listBudgetVersions.path, ids)}?year=2026`,
        })
      ).json(),
    );
    const decided = versions.find((version) => version.status === 'adopted');
    if (!decided) throw new Error('The demo has no adopted 2026 budget');
    adopted = await gridOf(decided.id);
    const created = await controller({
      method: 'POST',
      url: fillPath(listBudgetVersions.path, ids),
      payload: {
        budgetYear: 2026,
        name: 'Förslag 2026 i Excel',
        source: { kind: 'budget', versionId: decided.id },
        upliftBasisPoints: 0,
      },
    });
    draft = budgetGridSchema.parse(created.json());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('exports the demo’s 2026 budget: a sheet per year, amounts as numbers in tkr, the version named', async () => {
    const response = await controller({ method: 'GET', url: at(adopted.version.id) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const workbook = await loadWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Budget 2026',
      'Plan 2027',
      'Plan 2028',
      'Om filen',
    ]);
    const budget = sheetOf(workbook, 'Budget 2026');
    expect(budget.getRow(1).hidden).toBe(true);
    expect(budget.getRow(2).values).toEqual([
      undefined,
      'Ansvar',
      'Enhet',
      'Verksamhetens intäkter',
      'Personalkostnader',
      'Lokalhyror',
      'Köp av tjänster',
      'Övriga kostnader',
      'Summa (läses inte in)',
    ]);
    // Every cell of 2026 is in the sheet as a number in tkr with a whole-tkr format.
    const cells2026 = adopted.cells.filter((cell) => cell.year === 2026);
    expect(cells2026.length).toBeGreaterThan(20);
    for (const cell of cells2026) {
      const target = cellOf(
        budget,
        adopted.units.find((candidate) => candidate.id === cell.orgUnitId)?.code ?? '',
        cell.accountGroup,
      );
      expect(target.value).toBe(cell.amount / 100_000);
      expect(target.numFmt).toBe('#,##0');
    }
    const sums = budget.getColumn(8).values.filter((value) => typeof value === 'object');
    expect(sums.length).toBeGreaterThan(5);
    expect(sums[0]).toMatchObject({ formula: expect.stringMatching(/^SUM\(/) as unknown });
    const info = sheetOf(workbook, 'Om filen');
    const facts = new Map<string, unknown>();
    info.eachRow((row) => facts.set(row.getCell(1).text, row.getCell(2).value));
    expect(facts.get('Versions-id')).toBe(adopted.version.id);
    expect(facts.get('Revision')).toBe(String(adopted.version.revision));
    expect(facts.get('Status')).toBe('Beslutad');
    expect(facts.get('Version')).toBe(adopted.version.name);
    const audit = await sql<{ object_id: string; details: { document: string } }>`
      select object_id, details from audit_log where action = 'document-generate'`.execute(
      database.db,
    );
    expect(audit.rows.map((row) => [row.object_id, row.details.document])).toEqual([
      [adopted.version.id, 'budget-workbook'],
    ]);
  });

  it('refuses to read into a decided version', async () => {
    const response = await upload(adopted.version.id, await download(adopted.version.id));
    expect(response.statusCode).toBe(409);
    expect(errorBodySchema.parse(response.json()).error.details).toMatchObject({
      reason: 'budget-decided',
    });
  });

  it('reads the same file back unchanged, then the edits made in it, exactly', async () => {
    const before = await cellUpdates();
    const file = await download(draft.version.id);
    const same = await imported(draft.version.id, file);
    expect(same.changedCells).toBe(0);
    expect(amounts(same.grid.cells)).toEqual(amounts(draft.cells));
    expect(await cellUpdates()).toBe(before);
    // Nothing changed, so the revision stays: the file can still be edited and read in.
    expect(same.grid.version.revision).toBe(draft.version.revision);

    const mottagning = unit('8111');
    const utredning = unit('8112');
    const cleared = draft.cells.find(
      (cell) =>
        cell.orgUnitId === mottagning.id &&
        cell.year === 2026 &&
        cell.accountGroup !== 'personnel_costs',
    );
    if (!cleared) throw new Error('Mottagning has no other cell to clear');
    const changedFile = await edited(file, (workbook) => {
      const budget = sheetOf(workbook, 'Budget 2026');
      cellOf(budget, '8111', 'personnel_costs').value = -1234.56789;
      cellOf(budget, '8111', cleared.accountGroup).value = null;
      cellOf(budget, '8112', 'other_costs').value = '-1 234';
      cellOf(sheetOf(workbook, 'Plan 2028'), '8112', 'premises_rent').value = {
        formula: '-100*12',
        result: -1200,
      };
    });
    const answer = await imported(draft.version.id, changedFile);
    const expected = amounts(draft.cells);
    expected.set(
      keyOf({ orgUnitId: mottagning.id, accountGroup: 'personnel_costs', year: 2026 }),
      ore(-123_456_789),
    );
    expected.delete(keyOf(cleared));
    expected.set(
      keyOf({ orgUnitId: utredning.id, accountGroup: 'other_costs', year: 2026 }),
      ore(-123_400_000),
    );
    expected.set(
      keyOf({ orgUnitId: utredning.id, accountGroup: 'premises_rent', year: 2028 }),
      ore(-120_000_000),
    );
    expect(answer.changedCells).toBe(4);
    expect(answer.grid.version.revision).toBe(draft.version.revision + 1);
    expect(amounts(answer.grid.cells)).toEqual(expected);
    expect(amounts((await gridOf(draft.version.id)).cells)).toEqual(expected);

    // Saved as the grid saves: the months re-phased to the öre, the change logged.
    const months = await sql<{ amount_ore: string }>`
      select m.amount_ore from budget_line_month m
      join budget_line l on l.municipality_id = m.municipality_id and l.id = m.budget_line_id
      where l.budget_version_id = ${draft.version.id} and l.org_unit_id = ${mottagning.id}
        and l.account_group = 'personnel_costs' and l.year = 2026`.execute(database.db);
    expect(months.rows).toHaveLength(12);
    expect(months.rows.reduce((sum, row) => sum + Number(row.amount_ore), 0)).toBe(-123_456_789);
    const log = await sql<{ after: unknown; details: unknown }>`
      select after, details from audit_log where action = 'budget-cells-update'
      order by seq desc limit 1`.execute(database.db);
    expect(log.rows[0]?.details).toEqual({ source: 'workbook' });
    expect(log.rows[0]?.after).toHaveLength(4);
    draft = answer.grid;

    // The file of the new figures reads back as itself.
    expect((await imported(draft.version.id, await download(draft.version.id))).changedCells).toBe(
      0,
    );
  });

  it('names every problem by sheet and cell and saves nothing', async () => {
    const before = await cellUpdates();
    const file = await download(draft.version.id);
    let address = '';
    const broken = await edited(file, (workbook) => {
      const budget = sheetOf(workbook, 'Budget 2026');
      const cell = cellOf(budget, '8111', 'personnel_costs');
      address = cell.address;
      cell.value = 'tio';
      cellOf(budget, '8112', 'other_costs').value = 1.000001;
      const plan = sheetOf(workbook, 'Plan 2027');
      plan.getCell(`A${String(plan.rowCount + 2)}`).value = '9999';
      plan.getCell(`C${String(plan.rowCount)}`).value = 5;
      workbook.addWorksheet('Plan 2031');
    });
    const issues = await refused(draft.version.id, broken);
    expect(issues).toEqual([
      {
        field: `Budget 2026!${address}`,
        problem: 'not-a-number',
        value: 'tio',
        accountGroup: 'personnel_costs',
        unit: '8111 Mottagning',
      },
      expect.objectContaining({ problem: 'finer-than-ore', value: '1,000001' }),
      expect.objectContaining({
        field: expect.stringMatching(/^Plan 2027!A\d+$/) as unknown,
        problem: 'unknown-unit',
        value: '9999',
      }),
      { field: 'Plan 2031', problem: 'not-a-budget-year' },
    ]);
    expect(inputIssueSv(issues[0] as InputIssue)).toBe(
      `Budget 2026!${address} (Personalkostnader, 8111 Mottagning) är inte ett belopp i tkr (skriv till exempel -1 234 eller -1 234,5) (tio)`,
    );
    expect(amounts((await gridOf(draft.version.id)).cells)).toEqual(amounts(draft.cells));
    expect(await cellUpdates()).toBe(before);
  });

  it('refuses a file of another version, naming both, and a file that is not a workbook', async () => {
    const issues = await refused(draft.version.id, await download(adopted.version.id));
    expect(issues).toEqual([
      {
        field: 'Om filen!B8',
        problem: 'other-version',
        value: `${adopted.version.name} (${adopted.version.id})`,
        expected: `${draft.version.name} (${draft.version.id})`,
      },
    ]);
    expect(await refused(draft.version.id, Buffer.from('Ansvar;Belopp\n8111;12\n'))).toEqual([
      { field: 'file', problem: 'not-an-xlsx' },
    ]);
  });

  it('refuses a file older than the version: its unchanged cells would undo the other’s save', async () => {
    const before = await gridOf(draft.version.id);
    const file = await download(draft.version.id);
    const cell = before.cells[0];
    if (!cell) throw new Error('no cells');
    const other = await controller({
      method: 'POST',
      url: fillPath(saveBudgetCells.path, { ...ids, versionId: draft.version.id }),
      payload: {
        baseRevision: before.version.revision,
        cells: [{ ...cell, amount: cell.amount - 100_000 }],
      },
    });
    expect(other.statusCode, other.body).toBe(200);
    const changed = await edited(file, (workbook) => {
      cellOf(sheetOf(workbook, 'Budget 2026'), '8112', 'other_costs').value = -7;
    });
    const response = await upload(draft.version.id, changed);
    expect(response.statusCode).toBe(409);
    const { error } = errorBodySchema.parse(response.json());
    expect(error.details).toMatchObject({
      reason: 'edit-conflict',
      object: 'budget-version',
      fileRevision: before.version.revision,
      revision: before.version.revision + 1,
      savedBy: 'Karin Ek',
    });
    expect(errorMessageSv(error)).toMatch(
      /^Budgetversionen ändrades av Karin Ek kl \d\d:\d\d den [\d-]+, efter att filen laddades ned/,
    );
    const after = await gridOf(draft.version.id);
    expect(amounts(after.cells)).toEqual(amounts(budgetGridSchema.parse(other.json()).cells));
    draft = after;
  });

  it('gives back random grids exactly, and refuses the file once other figures are saved', async () => {
    const units = draft.units.map((candidate) => candidate.id);
    const cell = fc.record({
      orgUnitId: fc.constantFrom(...units),
      accountGroup: fc.constantFrom(...WORKBOOK_GROUPS),
      year: fc.constantFrom(...draft.years),
      amount: fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }),
    });
    const save = async (cells: readonly BudgetCellDto[]) => {
      const { revision } = (await gridOf(draft.version.id)).version;
      const response = await controller({
        method: 'POST',
        url: fillPath(saveBudgetCells.path, { ...ids, versionId: draft.version.id }),
        payload: { baseRevision: revision, cells },
      });
      expect(response.statusCode, response.body).toBe(200);
      return budgetGridSchema.parse(response.json());
    };
    const zeroed = (cells: readonly BudgetCellDto[]) =>
      cells.map((one) => ({ ...one, amount: ore(0) }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { minLength: 1, maxLength: 30 }),
        fc.array(cell, { minLength: 1, maxLength: 30 }),
        async (first, second) => {
          const current = await gridOf(draft.version.id);
          // One cell per key: the current ones cleared, the drawn ones over them.
          const cells = new Map(zeroed(current.cells).map((one) => [keyOf(one), one]));
          for (const one of first) cells.set(keyOf(one), { ...one, amount: ore(one.amount) });
          const wanted = await save([...cells.values()]);
          const file = await download(draft.version.id);
          const answer = await imported(draft.version.id, file);
          expect(amounts(answer.grid.cells)).toEqual(amounts(wanted.cells));
          const others = new Map(
            second.map((one) => [keyOf(one), { ...one, amount: ore(one.amount) }]),
          );
          const saved = await save([...others.values()]);
          if (saved.version.revision === wanted.version.revision) return;
          expect((await upload(draft.version.id, file)).statusCode).toBe(409);
          expect(amounts((await gridOf(draft.version.id)).cells)).toEqual(amounts(saved.cells));
        },
      ),
      { numRuns: 8, seed: 20_260_301 },
    );
  });
});
