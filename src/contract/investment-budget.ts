import { z } from 'zod';
import { INVESTMENT_CATEGORIES, INVESTMENT_PLAN_YEARS } from '../domain/budget/investments';
import { needs } from './access';
import { BUDGET_STATUSES, budgetVersionParams, revisionSchema } from './budget';
import {
  idSchema,
  monthQuerySchema,
  monthSchema,
  oreSchema,
  yearQuerySchema,
  yearSchema,
} from './common';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * The investment budget of a budget version (the budget year and four plan years), edited while
 * the version is a Förslag, and its follow-up during the year: per line of the version the
 * follow-up uses, the actual year to date and the full-year forecast entered at a report month.
 * Amounts are expenditure in whole öre, positive (not result sign).
 */

export const investmentCategorySchema = z.enum(INVESTMENT_CATEGORIES);

/** A line's name as typed; stored trimmed, with single spaces. */
const lineNameSchema = z.string().trim().min(1).max(100);

export const investmentBudgetLineSchema = z.object({
  category: investmentCategorySchema,
  /** "Inventarier", "IT-utrustning", or a name of the board's own. */
  name: z.string(),
  /** Expenditure per year of the version's years, in their order. */
  amounts: z.array(oreSchema),
});
export type InvestmentBudgetLineDto = z.infer<typeof investmentBudgetLineSchema>;

export const investmentBudgetSchema = z.object({
  versionId: idSchema,
  budgetYear: yearSchema,
  status: z.enum(BUDGET_STATUSES),
  /** The budget year and the four plan years. */
  years: z.array(yearSchema),
  /** Categories in the documents' order, each category's lines in the order entered. */
  lines: z.array(investmentBudgetLineSchema),
  /** The investment budget's own revision (the version's figures have theirs), and its last save. */
  revision: revisionSchema,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type InvestmentBudgetDto = z.infer<typeof investmentBudgetSchema>;

const versionParams = budgetVersionParams;
const investmentsPath =
  '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/investments';

/** A budget version's investment budget. */
export const getInvestmentBudget = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: investmentsPath,
  params: versionParams,
  query: z.object({}),
  response: investmentBudgetSchema,
});

/**
 * Saves the whole investment budget of a version that is still a Förslag: the lines given
 * replace the version's lines (so a line left out is removed, a new name is a rename).
 */
export const saveInvestmentBudget = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: investmentsPath,
  params: versionParams,
  query: z.object({}),
  body: z.object({
    /** The investment budget's revision the lines were edited on. */
    baseRevision: revisionSchema,
    lines: z
      .array(
        z.object({
          category: investmentCategorySchema,
          name: lineNameSchema,
          /** The budget year and the four plan years, in order. */
          amounts: z.array(oreSchema).length(INVESTMENT_PLAN_YEARS + 1),
        }),
      )
      .max(200),
  }),
  response: investmentBudgetSchema,
});

/** What was entered for a line at one report month. */
export const investmentFollowUpEntrySchema = z.object({
  month: monthSchema,
  actualYearToDate: oreSchema.nullable(),
  forecast: oreSchema.nullable(),
  comment: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

export const investmentFollowUpSchema = z.object({
  year: yearSchema,
  /** The report month asked for, or (when none was) the latest with entries, else January. */
  month: monthSchema,
  /** The version the follow-up uses for the year; null when there is none. */
  version: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The report months of the year that have entries. */
  monthsEntered: z.array(monthSchema),
  /** The revision of the month's entries (saved a month at a time); null: never saved. */
  revision: revisionSchema.nullable(),
  lines: z.array(
    z.object({
      category: investmentCategorySchema,
      name: z.string(),
      /** The line's budget for the year after adjustment: with the decisions up to the month. */
      budget: oreSchema,
      /** The line's entries of the year, by report month. */
      entries: z.array(investmentFollowUpEntrySchema),
      /** Last year's actual to the same report month, for a line of the same name: the
       * ledger's (where the line is linked) plus last year's adjustment. */
      previousYearActual: oreSchema.nullable(),
      /** The ledger's actual from January to the report month (its transactions through the
       * line's links); null when the line is linked to nothing. An entry's actualYearToDate
       * is then an adjustment ("Justering") added to it. */
      ledgerActual: oreSchema.nullable(),
    }),
  ),
});
export type InvestmentFollowUpDto = z.infer<typeof investmentFollowUpSchema>;

const followUpPath = '/api/municipalities/:municipalityId/boards/:boardId/investment-follow-up';

/** The investment follow-up of a year at a report month. */
export const getInvestmentFollowUp = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: followUpPath,
  params: boardParams,
  query: z.object({ year: yearQuerySchema, month: monthQuerySchema.optional() }),
  response: investmentFollowUpSchema,
});

/**
 * Sets the lines' actual year to date, forecast and comment at a report month; a line given
 * with none of them has its entry for the month removed, a line not given is left as it is.
 */
export const saveInvestmentFollowUp = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: followUpPath,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    /** The month's revision when it was opened (null: never saved). */
    baseRevision: revisionSchema.nullable(),
    year: yearSchema,
    month: monthSchema,
    lines: z
      .array(
        z.object({
          category: investmentCategorySchema,
          name: z.string().min(1).max(100),
          actualYearToDate: oreSchema.nullable(),
          forecast: oreSchema.nullable(),
          comment: z.string().trim().max(2_000),
        }),
      )
      .max(200),
  }),
  response: investmentFollowUpSchema,
});
