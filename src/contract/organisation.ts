import { z } from 'zod';
import { idSchema, monthSchema, noParams, noQuery } from './common';
import { needs, SIGNED_IN } from './access';
import { defineEndpoint } from './endpoint';

export const boardSummarySchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  administrationName: z.string().nullable(),
});

export const municipalitySummarySchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  boards: z.array(boardSummarySchema),
});
export type MunicipalitySummary = z.infer<typeof municipalitySummarySchema>;

/** The municipalities and their boards. */
export const listMunicipalities = defineEndpoint({
  access: SIGNED_IN,
  method: 'GET',
  path: '/api/municipalities',
  params: noParams,
  query: noQuery,
  response: z.object({ municipalities: z.array(municipalitySummarySchema) }),
});

export const boardParams = z.object({ municipalityId: idSchema, boardId: idSchema });

export const followUpYearSchema = z.object({
  year: z.number().int(),
  /** The last month with ledger actuals, null if the year has none yet. */
  lastActualMonth: monthSchema.nullable(),
  hasBudget: z.boolean(),
});
export type FollowUpYear = z.infer<typeof followUpYearSchema>;

/** The years a board has budget or actuals for, newest first. */
export const listFollowUpYears = defineEndpoint({
  access: needs('organisation:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/years',
  params: boardParams,
  query: noQuery,
  response: z.object({ years: z.array(followUpYearSchema) }),
});
