import { z } from 'zod';
import { needs } from './access';
import { revisionSchema } from './budget';
import { monthQuerySchema, monthSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { investmentCategorySchema } from './investment-budget';
import { transactionSourceSchema } from './operating-statement';
import { boardParams } from './organisation';

/**
 * The links of a board's investment lines to the ledger (project codes of the SIE project
 * dimension, fixed-asset accounts 1000-1299): the investment follow-up reads each line's
 * actuals from the transactions they name. A line is its category and name, whatever budget
 * version holds it.
 */

const linkCodeSchema = z.string().trim().min(1).max(40);

export const investmentLineLinksSchema = z.object({
  category: investmentCategorySchema,
  name: z.string(),
  projectCodes: z.array(z.string()),
  accounts: z.array(z.string()),
});
export type InvestmentLineLinksDto = z.infer<typeof investmentLineLinksSchema>;

export const investmentLinksSchema = z.object({
  /** Each linked line of the board with its codes, categories in the documents' order. */
  lines: z.array(investmentLineLinksSchema),
  /** The revision of the board's links (all its lines); null: never saved. */
  revision: revisionSchema.nullable(),
});
export type InvestmentLinksDto = z.infer<typeof investmentLinksSchema>;

const linksPath = '/api/municipalities/:municipalityId/boards/:boardId/investment-links';

/** The board's investment lines' links to project codes and asset accounts. */
export const getInvestmentLinks = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: linksPath,
  params: boardParams,
  query: z.object({}),
  response: investmentLinksSchema,
});

/**
 * Sets one line's project codes and accounts (each list replaces the line's); a code linked
 * to another line of the board is refused, naming it, and a save made on a revision of the
 * links that is no longer the stored one is refused with the edit conflict (409).
 */
export const saveInvestmentLinks = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: linksPath,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    /** The links' revision when they were read (null: never saved). */
    baseRevision: revisionSchema.nullable(),
    category: investmentCategorySchema,
    name: z.string().trim().min(1).max(100),
    projectCodes: z.array(linkCodeSchema).max(200),
    accounts: z.array(linkCodeSchema).max(200),
  }),
  response: investmentLinksSchema,
});

export const investmentTransactionsQuery = z.object({
  year: yearQuerySchema,
  /** The report month: the transactions from January to it. */
  month: monthQuerySchema,
  category: investmentCategorySchema,
  name: z.string().min(1).max(100),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const investmentTransactionsSchema = z.object({
  year: yearSchema,
  month: monthSchema,
  category: investmentCategorySchema,
  name: z.string(),
  /** All the transactions behind the line's ledger actual, and their sum (the actual). */
  total: z.number().int(),
  sum: oreSchema,
  rows: z.array(
    z.object({
      date: z.string(),
      period: z.number().int(),
      account: z.string(),
      projectCode: z.string().nullable(),
      unitCode: z.string().nullable(),
      verification: z.string().nullable(),
      text: z.string().nullable(),
      /** Expenditure (the ledger's debit) positive. */
      amount: oreSchema,
      source: transactionSourceSchema,
    }),
  ),
});
export type InvestmentTransactionsDto = z.infer<typeof investmentTransactionsSchema>;

/** The ledger transactions behind an investment line's actual, with the file and line of each. */
export const getInvestmentTransactions = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/investment-follow-up/transactions',
  params: boardParams,
  query: investmentTransactionsQuery,
  response: investmentTransactionsSchema,
});
