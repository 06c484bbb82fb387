import { z } from 'zod';
import { needs } from './access';
import { monthSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * The controller's expected but undecided change to the board's kommunbidrag (003's
 * PO-påslag correction), per report month with its text: the forecast of the kommunbidrag
 * line is the revised allocation plus the latest change entered at or before the report
 * month. Whole öre in result sign (less kommunbidrag is -); zero withdraws an earlier one.
 */

export const allocationForecastEntrySchema = z.object({
  month: monthSchema,
  amount: oreSchema,
  text: z.string(),
  revision: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type AllocationForecastEntryDto = z.infer<typeof allocationForecastEntrySchema>;

export const allocationForecastsSchema = z.object({
  year: yearSchema,
  /** The kommunbidrag as budgeted, and after all the year's decisions. */
  originalAllocation: oreSchema,
  revisedAllocation: oreSchema,
  /** The entries of the year by report month. */
  entries: z.array(allocationForecastEntrySchema),
});
export type AllocationForecastsDto = z.infer<typeof allocationForecastsSchema>;

const path = '/api/municipalities/:municipalityId/boards/:boardId/follow-up/allocation-forecast';

/** A board's entries of a year. */
export const listAllocationForecasts = defineEndpoint({
  access: needs('follow-up:read'),
  method: 'GET',
  path,
  params: boardParams,
  query: z.object({ year: yearQuerySchema }),
  response: allocationForecastsSchema,
});

export const allocationForecastInputSchema = z.object({
  year: yearSchema,
  month: monthSchema,
  expectedChange: oreSchema,
  expectedChangeText: z.string().max(2_000),
  /** The revision of the month's entry as read; null: there was none. */
  baseRevision: z.number().int().nullable(),
});
export type AllocationForecastInput = z.infer<typeof allocationForecastInputSchema>;

/**
 * Saves the month's expected change; refused in Swedish: no text for a change, a published
 * month (409 month-locked), an older revision than the stored one (409 edit-conflict, fields
 * 'allocation-forecast').
 */
export const saveAllocationForecast = defineEndpoint({
  access: needs('follow-up:manage'),
  method: 'POST',
  path,
  params: boardParams,
  query: z.object({}),
  body: allocationForecastInputSchema,
  response: allocationForecastsSchema,
});
