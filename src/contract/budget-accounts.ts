import { z } from 'zod';
import { needs } from './access';
import { budgetGridSchema, budgetVersionParams, revisionSchema } from './budget';
import { accountGroupSchema, idSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';

/**
 * A cell of a budget version budgeted per account: a unit's account group in a year as the
 * group's own line (ej kontofördelat) and a line per account; the cell is their sum.
 */

export const accountLinesSchema = z.object({
  orgUnitId: idSchema,
  accountGroup: accountGroupSchema,
  year: yearSchema,
  /** The cell: the unspecified line and the accounts together. */
  total: oreSchema,
  /** The group's own line, not put on an account. */
  unspecified: oreSchema,
  /** The group's accounts in the chart (and any other account the cell has a line on). */
  accounts: z.array(z.object({ number: z.string(), name: z.string(), amount: oreSchema })),
  /** The revision of the version's figures when read. */
  revision: revisionSchema,
});
export type AccountLines = z.infer<typeof accountLinesSchema>;

const PATH =
  '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/accounts';

export const getAccountLines = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: PATH,
  params: budgetVersionParams,
  query: z.object({ orgUnitId: idSchema, accountGroup: accountGroupSchema, year: yearQuerySchema }),
  response: accountLinesSchema,
});

/** Sets a cell's lines per account and its unspecified line (Förslag only). */
export const saveAccountLines = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: PATH,
  params: budgetVersionParams,
  query: z.object({}),
  body: z.object({
    /** The revision of the version's figures the lines were edited on. */
    baseRevision: revisionSchema,
    orgUnitId: idSchema,
    accountGroup: accountGroupSchema,
    year: yearSchema,
    unspecified: oreSchema,
    accounts: z
      .array(z.object({ number: z.string().trim().min(1).max(20), amount: oreSchema }))
      .max(500),
  }),
  response: z.object({ lines: accountLinesSchema, grid: budgetGridSchema }),
});
