import { z } from 'zod';
import {
  DECISION_KINDS,
  DECISION_MAKERS,
  DECISION_PHASINGS,
  DECISION_REASONS,
} from '../domain/budget/budget-decisions';
import { needs } from './access';
import { accountGroupSchema, idSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { investmentCategorySchema } from './investment-budget';
import { boardParams } from './organisation';

/**
 * Decisions during the year that change a board's kommunbidrag or an investment line's budget
 * (KF, KS or the board itself, with its reference): listed per year on the Budget page,
 * added and removed by the controller. Amounts are whole öre, signed: the kommunbidrag in
 * result sign (+ is more allocation), an investment as expenditure (+ is a bigger budget).
 */

const investmentLineSchema = z.object({
  category: investmentCategorySchema,
  name: z.string().trim().min(1).max(100),
});

export const budgetDecisionSchema = z.object({
  id: idSchema,
  year: yearSchema,
  /** 'YYYY-MM-DD'. */
  decidedOn: z.string(),
  decidedBy: z.enum(DECISION_MAKERS),
  reference: z.string(),
  kind: z.enum(DECISION_KINDS),
  amount: oreSchema,
  reason: z.enum(DECISION_REASONS),
  reasonText: z.string().nullable(),
  phasing: z.enum(DECISION_PHASINGS),
  investmentLine: investmentLineSchema.nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type BudgetDecisionDto = z.infer<typeof budgetDecisionSchema>;

/** A unit's and account group's share of a kommunbidrag decision, in the decision's sign. */
export const distributionRowSchema = z.object({
  orgUnitId: idSchema,
  accountGroup: accountGroupSchema,
  amount: oreSchema,
});
export type DistributionRowDto = z.infer<typeof distributionRowSchema>;

/**
 * A kommunbidrag decision's distribution to units (a budget adjustment: the decided version
 * stays as it is): its rows, what they distribute and what is left ("Ej fördelat").
 */
export const decisionDistributionSchema = z.object({
  decisionId: idSchema,
  rows: z.array(distributionRowSchema.extend({ orgUnitName: z.string() })),
  distributed: oreSchema,
  undistributed: oreSchema,
  /** The distribution's compare-and-set (0: never saved). */
  revision: z.number().int().min(0),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});
export type DecisionDistributionDto = z.infer<typeof decisionDistributionSchema>;

export const budgetDecisionsSchema = z.object({
  year: yearSchema,
  /** The year's decisions in date order (then as entered). */
  decisions: z.array(budgetDecisionSchema),
  /** The kommunbidrag as the budget decided it, and after all the year's decisions. */
  originalAllocation: oreSchema,
  revisedAllocation: oreSchema,
  /** Each kommunbidrag decision's distribution to units, in the decisions' order. */
  distributions: z.array(decisionDistributionSchema),
  /** The year's kommunbidrag decisions not yet distributed to units, in total. */
  undistributed: oreSchema,
  /** The board's units a decision can be distributed to, in the organisation's order. */
  units: z.array(z.object({ id: idSchema, code: z.string(), name: z.string() })),
});
export type BudgetDecisionsDto = z.infer<typeof budgetDecisionsSchema>;

const decisionsPath = '/api/municipalities/:municipalityId/boards/:boardId/budget-decisions';

/** A board's decisions of a year. */
export const listBudgetDecisions = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: decisionsPath,
  params: boardParams,
  query: z.object({ year: yearQuerySchema }),
  response: budgetDecisionsSchema,
});

/** The fields of a new decision; reference and date are checked in Swedish by the server. */
export const budgetDecisionInputSchema = z.object({
  year: yearSchema,
  decidedOn: z.string().trim().max(10),
  decidedBy: z.enum(DECISION_MAKERS),
  reference: z.string().trim().max(200),
  kind: z.enum(DECISION_KINDS),
  amount: oreSchema,
  reason: z.enum(DECISION_REASONS),
  reasonText: z.string().trim().max(500).nullable(),
  phasing: z.enum(DECISION_PHASINGS),
  investmentLine: investmentLineSchema.nullable(),
  note: z.string().trim().max(2000).nullable(),
});
export type BudgetDecisionInput = z.infer<typeof budgetDecisionInputSchema>;

/** Records a decision; answers with the year's decisions. */
export const addBudgetDecision = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: decisionsPath,
  params: boardParams,
  query: z.object({}),
  body: budgetDecisionInputSchema,
  response: budgetDecisionsSchema,
});

/** Removes a decision recorded by mistake; answers with the year's decisions. */
export const removeBudgetDecision = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: `${decisionsPath}/:decisionId/remove`,
  params: boardParams.extend({ decisionId: idSchema }),
  query: z.object({}),
  response: budgetDecisionsSchema,
});

/**
 * Replaces a kommunbidrag decision's distribution to units (no rows: removes it), made on the
 * revision read; answers with the year's decisions.
 */
export const distributionInputSchema = z.object({
  baseRevision: z.number().int().min(0).max(2_147_483_647),
  rows: z.array(distributionRowSchema).max(500),
});
export type DistributionInput = z.infer<typeof distributionInputSchema>;

export const saveDecisionDistribution = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: `${decisionsPath}/:decisionId/distribution`,
  params: boardParams.extend({ decisionId: idSchema }),
  query: z.object({}),
  body: distributionInputSchema,
  response: budgetDecisionsSchema,
});
