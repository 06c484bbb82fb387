import { z } from 'zod';
import { LAST_YEAR } from '../domain/kernel/period';
import { ACCOUNT_GROUPS } from '../domain/ledger/account-group';
import { needs } from './access';
import { accountGroupSchema, idSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint, defineFileEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * The operating budget of a board: budget versions for a budget year, each with an annual
 * amount per unit and account group for the budget year and the two plan years.
 */
export const BUDGET_STATUSES = ['draft', 'adopted', 'revised', 'superseded'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export const BUDGET_STATUS_NAMES_SV: Readonly<Record<BudgetStatus, string>> = {
  draft: 'Förslag',
  adopted: 'Beslutad',
  revised: 'Reviderad',
  superseded: 'Ersatt',
};

/**
 * A stored revision: raised by every save, so a save names the revision it was made on
 * (baseRevision) and is refused (409, details.reason 'edit-conflict') when another came first.
 */
const MAX_REVISION = 2_147_483_647;
export const revisionSchema = z.number().int().min(1).max(MAX_REVISION);

export const budgetVersionSchema = z.object({
  id: idSchema,
  budgetYear: yearSchema,
  name: z.string(),
  status: z.enum(BUDGET_STATUSES),
  /** The version the follow-up compares against (one per budget year at most). */
  inFollowUp: z.boolean(),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.date().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  basedOnVersionId: idSchema.nullable(),
  /** The revision of the version's figures: cells, accounts, phasing, frames, decision. */
  revision: revisionSchema,
  /** The last save of the figures: when, and who (by name); null before the first. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type BudgetVersion = z.infer<typeof budgetVersionSchema>;

/** The board's budget versions for a budget year, newest first. */
export const listBudgetVersions = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions',
  params: boardParams,
  query: z.object({ year: yearQuerySchema }),
  response: z.object({ versions: z.array(budgetVersionSchema) }),
});

/** The path parameters of a budget version's endpoints. */
export const budgetVersionParams = boardParams.extend({ versionId: idSchema });
const versionParams = budgetVersionParams;

export const budgetCellSchema = z.object({
  orgUnitId: idSchema,
  accountGroup: accountGroupSchema,
  year: yearSchema,
  /** The annual amount in öre, result sign (revenue +, cost −). */
  amount: oreSchema,
});
export type BudgetCellDto = z.infer<typeof budgetCellSchema>;

export const budgetGridSchema = z.object({
  version: budgetVersionSchema,
  /** The budget year and the two plan years. */
  years: z.array(yearSchema),
  units: z.array(
    z.object({
      id: idSchema,
      parentId: idSchema.nullable(),
      kind: z.enum(['department', 'unit']),
      code: z.string(),
      name: z.string(),
    }),
  ),
  cells: z.array(budgetCellSchema),
  /** The kommunbidrag per year, where it is set. */
  allocations: z.array(z.object({ year: yearSchema, amount: oreSchema })),
  /** The budget the follow-up uses for the year before, per unit and group, for comparison. */
  previousYear: z.object({ year: yearSchema, cells: z.array(budgetCellSchema) }),
});
export type BudgetGrid = z.infer<typeof budgetGridSchema>;

/** One budget version: its cells for the budget year and plan years, the allocations. */
export const getBudgetGrid = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId',
  params: versionParams,
  query: z.object({}),
  response: budgetGridSchema,
});

/** Where a new version's figures come from. */
export const budgetSourceSchema = z.discriminatedUnion('kind', [
  /** Another version's cells, moved one year on when it is of an earlier budget year. */
  z.object({ kind: z.literal('budget'), versionId: idSchema }),
  /** A year's actuals per unit and account group. */
  z.object({ kind: z.literal('actuals'), year: yearSchema }),
  z.object({ kind: z.literal('empty') }),
]);

/** Starts a new version (Förslag) for a budget year. */
export const createBudgetVersion = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions',
  params: boardParams,
  query: z.object({}),
  body: z.object({
    budgetYear: yearSchema,
    name: z.string().trim().min(1).max(100),
    source: budgetSourceSchema,
    /** Uplift in basis points of a percent (310 = 3,10 %), applied to every cell. */
    upliftBasisPoints: z.number().int().min(-5_000).max(10_000),
  }),
  response: budgetGridSchema,
});

/** The most cells one save may set (a board's whole grid is a few thousand). */
export const MAX_BUDGET_CELLS = 20_000;

/**
 * The largest body of a save of cells, in bytes: one cell more than the most, each of the
 * largest legal size (the longest group, a year and amount of the most digits), as JSON indented
 * by two: so every legal save is read, and one cell too many is refused by the contract naming
 * 'cells' (400), not by the size (413).
 */
export const BUDGET_CELLS_BODY_LIMIT = (() => {
  const largest = {
    orgUnitId: '00000000-0000-4000-8000-000000000000',
    accountGroup: ACCOUNT_GROUPS.reduce((a, b) => (b.length > a.length ? b : a)),
    year: LAST_YEAR,
    amount: Number.MIN_SAFE_INTEGER,
  };
  const body = (cells: number) =>
    JSON.stringify(
      { baseRevision: MAX_REVISION, cells: Array.from({ length: cells }, () => largest) },
      null,
      2,
    ).length;
  const bytes = body(0) + (body(2) - body(1)) * (MAX_BUDGET_CELLS + 1);
  return Math.ceil(bytes / 1024) * 1024;
})();

/** Sets cells of a version that is still a Förslag; the months are phased again. */
export const saveBudgetCells = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/cells',
  params: versionParams,
  query: z.object({}),
  body: z.object({
    /** The version's revision the cells were edited on. */
    baseRevision: revisionSchema,
    cells: z.array(budgetCellSchema).min(1).max(MAX_BUDGET_CELLS),
  }),
  bodyLimit: BUDGET_CELLS_BODY_LIMIT,
  response: budgetGridSchema,
});

/** Records the decision: Beslutad or Reviderad, by whom and when, and whether follow-up uses it. */
export const decideBudgetVersion = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/decision',
  params: versionParams,
  query: z.object({}),
  body: z.object({
    /** The version's revision the decision was made on (the figures as the decider saw them). */
    baseRevision: revisionSchema,
    status: z.enum(['adopted', 'revised']),
    decidedBy: z.string().trim().min(1).max(200),
    decidedAt: z.iso.date(),
    inFollowUp: z.boolean(),
  }),
  response: budgetGridSchema,
});

/** The budget document of a budget year (or of one of its versions), in one of the formats. */
export const downloadBudgetDocument = defineFileEndpoint({
  access: needs('budget:read'),
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-document',
  params: boardParams,
  query: z.object({
    year: yearQuerySchema,
    format: z.enum(['html', 'docx', 'pdf', 'xlsx']),
    /** A version of the year (a proposal, marked Förslag); else the one the follow-up uses, or
     * without one the newest proposal. */
    version: idSchema.optional(),
  }),
  file: { mediaType: 'application/octet-stream' },
});

/** A text of the budget document: a section's key ('introduction', 'group:personnel_costs'). */
export const budgetTextSchema = z.object({
  section: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z:_-]+$/),
  /** Empty: no text (an emptied text keeps its revision). */
  body: z.string().max(20_000),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  revision: revisionSchema,
});
export type BudgetText = z.infer<typeof budgetTextSchema>;

/** The budget document's texts for a budget year, and the frame walk's prose as proposed. */
export const getBudgetTexts = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-texts',
  params: boardParams,
  query: z.object({ year: yearQuerySchema }),
  response: z.object({
    texts: z.array(budgetTextSchema),
    /** Generated from the figures; null when the year has no decided budget and frame walk. */
    proposedFrameWalk: z.string().nullable(),
  }),
});

/** Saves one text of the budget document (an empty text removes it). */
export const saveBudgetText = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-texts',
  params: boardParams,
  query: z.object({}),
  body: z.object({
    year: yearSchema,
    section: budgetTextSchema.shape.section,
    body: budgetTextSchema.shape.body,
    /** The text's revision when it was opened; null for a section without a text. */
    baseRevision: revisionSchema.nullable(),
  }),
  response: budgetTextSchema,
});
