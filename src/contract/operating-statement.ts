import { z } from 'zod';
import { STATEMENT_COLUMNS } from '../domain/follow-up/measures';
import { STATEMENT_LINE_KEYS } from '../domain/follow-up/operating-statement';
import {
  accountGroupSchema,
  idSchema,
  monthQuerySchema,
  monthSchema,
  oreSchema,
  yearQuerySchema,
} from './common';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/** The six columns of the statement, in öre, result sign. */
export const statementFiguresSchema = z.object(
  Object.fromEntries(STATEMENT_COLUMNS.map((column) => [column, oreSchema])) as Record<
    (typeof STATEMENT_COLUMNS)[number],
    typeof oreSchema
  >,
);

export const orgUnitRefSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'unit']),
  hasChildren: z.boolean(),
});
export type OrgUnitRef = z.infer<typeof orgUnitRefSchema>;

const statementContext = {
  municipality: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  board: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  year: z.number().int(),
  month: monthSchema,
  /** From the department down to the unit the statement is for; empty for the whole board. */
  path: z.array(orgUnitRefSchema),
  /** The last month of the year with ledger actuals; later months show no actuals yet. */
  lastActualMonth: monthSchema.nullable(),
};

export const statementQuery = z.object({
  year: yearQuerySchema,
  month: monthQuerySchema,
  /** A department or unit; without it, the whole board. */
  orgUnitId: idSchema.optional(),
});

export const operatingStatementResponse = z.object({
  ...statementContext,
  lines: z.array(
    z.object({
      key: z.enum(STATEMENT_LINE_KEYS),
      kind: z.enum(['group', 'subtotal', 'total']),
      figures: statementFiguresSchema,
    }),
  ),
  /** One level down: Verksamhetens nettokostnader per department or unit. */
  breakdown: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('org-unit'),
        orgUnit: orgUnitRefSchema,
        figures: statementFiguresSchema,
      }),
      z.object({ kind: z.literal('booked-on-scope'), figures: statementFiguresSchema }),
    ]),
  ),
});
export type OperatingStatementResponse = z.infer<typeof operatingStatementResponse>;

/** The operating statement (driftredovisning) of a board, department or unit. */
export const getOperatingStatement = defineEndpoint({
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/operating-statement',
  params: boardParams,
  query: statementQuery,
  response: operatingStatementResponse,
});

export const accountBreakdownResponse = z.object({
  ...statementContext,
  accountGroup: accountGroupSchema,
  rows: z.array(
    z.object({
      /** null: budget and forecast not set per account. */
      account: z.object({ number: z.string(), name: z.string() }).nullable(),
      figures: statementFiguresSchema,
      /** false: no budget or forecast is set for this account (they are on the null row). */
      planned: z.boolean(),
    }),
  ),
  total: statementFiguresSchema,
});
export type AccountBreakdownResponse = z.infer<typeof accountBreakdownResponse>;

/** One account group of a board, department or unit, by account. */
export const getAccountBreakdown = defineEndpoint({
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/operating-statement/accounts',
  params: boardParams,
  query: statementQuery.extend({ accountGroup: accountGroupSchema }),
  response: accountBreakdownResponse,
});
