import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUDGET_CELLS_BODY_LIMIT, MAX_BUDGET_CELLS, type BudgetGrid } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { createDraft } from '../support/budget-draft';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import type { SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';

/** Fastify's default, which every other endpoint keeps. */
const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * The contract allows a save of MAX_BUDGET_CELLS cells: so many cells of the largest legal size
 * are read (not refused as too large: Fastify's 413, which the error handler answers as an
 * invalid request without issues), and one more is refused by the contract naming the field.
 */
describeOneEngine('the size of a save of budget cells on %s', (engine) => {
  let api: DemoApi;
  let controller: SignedInInject;
  let draft: BudgetGrid;
  let url = '';
  /** Cells of the largest legal size: every one of a unit the board does not have. */
  const largest = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      orgUnitId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      accountGroup: 'purchased_services',
      year: 2024,
      amount: Number.MIN_SAFE_INTEGER,
    }));
  const send = (cells: readonly object[], indent?: number) =>
    controller({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ baseRevision: draft.version.revision, cells }, null, indent),
    });

  beforeAll(async () => {
    api = await openDemoApi(engine);
    controller = api.request;
    draft = await createDraft(controller, api.ids, 2024);
    url = fillPath(ALL_ENDPOINTS.saveBudgetCells.path, { ...api.ids, versionId: draft.version.id });
  });
  afterAll(async () => {
    await api.close();
  });

  it('reads the most cells of the largest size, compact or indented, well beyond 1 MiB', async () => {
    const cells = largest(MAX_BUDGET_CELLS);
    expect(JSON.stringify({ baseRevision: 1, cells }).length).toBeGreaterThan(DEFAULT_BODY_LIMIT);
    for (const indent of [undefined, 2]) {
      const response = await send(cells, indent);
      // Read and checked against the board: the units are not the board's, the size is fine.
      expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
      const { issues } = errorBodySchema.parse(response.json()).error;
      expect(issues).toHaveLength(MAX_BUDGET_CELLS);
      expect(issues.every((issue) => issue.problem === 'unknown')).toBe(true);
    }
  });

  it('refuses one cell more by the contract, naming the field, not by its size', async () => {
    const response = await send(largest(MAX_BUDGET_CELLS + 1), 2);
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error.issues).toEqual([
      { field: 'cells', problem: 'too_big' },
    ]);
  });

  it('still has a limit: a body beyond it is refused as too large', async () => {
    const cells = largest(MAX_BUDGET_CELLS);
    const padded = JSON.stringify({ baseRevision: 1, cells }, null, 8);
    expect(padded.length).toBeGreaterThan(BUDGET_CELLS_BODY_LIMIT);
    const response = await send(cells, 8);
    // Fastify's 413, answered as the contract's invalid request with the status in details.
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error).toMatchObject({
      details: { status: 413 },
      issues: [],
    });
  });
});
