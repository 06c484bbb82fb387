import { budgetGridSchema, listBudgetVersions, type BudgetGrid } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import type { SignedInInject } from './http-session';

/** A Förslag for a budget year, started (without uplift) from the year before's budget. */
export async function createDraft(
  request: SignedInInject,
  ids: { readonly municipalityId: string; readonly boardId: string },
  budgetYear: number,
): Promise<BudgetGrid> {
  const list = fillPath(ALL_ENDPOINTS.listBudgetVersions.path, ids);
  const { versions } = listBudgetVersions.response.parse(
    (await request({ method: 'GET', url: `${list}?year=${String(budgetYear - 1)}` })).json(),
  );
  const created = await request({
    method: 'POST',
    url: list,
    payload: {
      budgetYear,
      name: `Förslag ${String(budgetYear)}`,
      source: { kind: 'budget', versionId: versions[0]?.id },
      upliftBasisPoints: 0,
    },
  });
  if (created.statusCode !== 200) throw new Error(`No draft: ${created.body}`);
  return budgetGridSchema.parse(created.json());
}
