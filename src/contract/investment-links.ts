import { z } from 'zod';
import { needs } from './access';
import { defineEndpoint } from './endpoint';
import { investmentCategorySchema } from './investment-budget';
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
 * to another line of the board is refused, naming it.
 */
export const saveInvestmentLinks = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: linksPath,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    category: investmentCategorySchema,
    name: z.string().trim().min(1).max(100),
    projectCodes: z.array(linkCodeSchema).max(200),
    accounts: z.array(linkCodeSchema).max(200),
  }),
  response: investmentLinksSchema,
});
