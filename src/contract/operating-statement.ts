import { z } from 'zod';
import type { StatementColumn } from '../domain/follow-up/measures';
import { STATEMENT_LINE_KEYS } from '../domain/follow-up/operating-statement';
import {
  accountGroupSchema,
  idSchema,
  monthQuerySchema,
  monthSchema,
  oreSchema,
  yearQuerySchema,
} from './common';
import { needs } from './access';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/** The six columns of the statement, in öre, result sign. Last year's actual and the
 * difference are null when the ledger has no data for the comparison period (RULES.md). */
export const statementFiguresSchema = z.object({
  budget: oreSchema,
  forecast: oreSchema,
  forecastVariance: oreSchema,
  actual: oreSchema,
  actualPreviousYear: oreSchema.nullable(),
  actualDifference: oreSchema.nullable(),
} satisfies Record<StatementColumn, z.ZodType>);

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
  /**
   * The board's kommunbidrag of the year as budgeted and as revised by the decisions dated up
   * to the report month (the Kommunbidrag line's budget is the revised one), and the
   * controller's expected but undecided change in force at the month, with its text and the
   * month it was entered (the line's forecast is the revised one plus it), or null.
   */
  allocation: z.object({
    original: oreSchema,
    revised: oreSchema,
    expectedChange: z
      .object({ month: monthSchema, amount: oreSchema, text: z.string() })
      .nullable(),
  }),
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
  access: needs('statement:read'),
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
  access: needs('statement:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/operating-statement/accounts',
  params: boardParams,
  query: statementQuery.extend({ accountGroup: accountGroupSchema }),
  response: accountBreakdownResponse,
});

export const transactionTraceQuery = statementQuery.extend({
  accountGroup: accountGroupSchema,
  /** One account of the group, or all of them. */
  accountNumber: z.string().regex(/^\d+$/).optional(),
  /** Which actual: this year to the report month, or the same months last year. */
  column: z.enum(['actual', 'actualPreviousYear']),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
/** Where a ledger transaction came from: its import, and the file and line it was read from. */
export const transactionSourceSchema = z.object({
  importId: idSchema,
  kind: z.enum(['demo', 'sie', 'csv']),
  fileName: z.string().nullable(),
  line: z.number().int().nullable(),
});

export const transactionTraceResponse = z.object({
  ...statementContext,
  accountGroup: accountGroupSchema,
  accountNumber: z.string().nullable(),
  column: z.enum(['actual', 'actualPreviousYear']),
  /** All the transactions behind the figure, and their sum (the figure itself, in öre). */
  total: z.number().int(),
  sum: oreSchema,
  rows: z.array(
    z.object({
      date: z.string(),
      period: z.number().int(),
      account: z.object({ number: z.string(), name: z.string() }),
      orgUnit: z.object({ code: z.string(), name: z.string() }),
      verification: z.string().nullable(),
      text: z.string().nullable(),
      /** Result sign. */
      amount: oreSchema,
      source: transactionSourceSchema,
    }),
  ),
});
export type TransactionTraceResponse = z.infer<typeof transactionTraceResponse>;

/** The ledger transactions behind an actual in the statement, with the file and line of each. */
export const getTransactionTrace = defineEndpoint({
  access: needs('statement:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/operating-statement/transactions',
  params: boardParams,
  query: transactionTraceQuery,
  response: transactionTraceResponse,
});
