import { z } from 'zod';
import { needs } from './access';
import { idSchema, oreSchema, yearSchema } from './common';
import { budgetVersionParams, revisionSchema } from './budget';
import { defineEndpoint } from './endpoint';

/**
 * Ramfördelning of a budget version: per year the allocation, the result the board plans
 * (0 unless it decides otherwise) and the frame (nettoram) of each unit that has one, in
 * result sign; and last year's budgeted net cost per unit to distribute the frame by.
 */

export const unitAmountSchema = z.object({ orgUnitId: idSchema, amount: oreSchema });

export const unitFramesSchema = z.object({
  years: z.array(
    z.object({
      year: yearSchema,
      /** The kommunbidrag of the year, null where none is set. */
      allocation: oreSchema.nullable(),
      plannedResult: oreSchema,
      frames: z.array(unitAmountSchema),
    }),
  ),
  /** The budget the follow-up uses for the year before the budget year: net cost per unit. */
  previousBudget: z.object({ year: yearSchema, nets: z.array(unitAmountSchema) }),
  /** The revision of the version's figures when read (frames are among them). */
  revision: revisionSchema,
});
export type UnitFrames = z.infer<typeof unitFramesSchema>;

const versionParams = budgetVersionParams;
const PATH =
  '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/frames';

export const getUnitFrames = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: PATH,
  params: versionParams,
  query: z.object({}),
  response: unitFramesSchema,
});

/** Sets a year's planned result and all its frames (units left out have none); Förslag only. */
export const saveUnitFrames = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: PATH,
  params: versionParams,
  query: z.object({}),
  body: z.object({
    /** The revision of the version's figures the frames were edited on. */
    baseRevision: revisionSchema,
    year: yearSchema,
    plannedResult: oreSchema,
    frames: z.array(unitAmountSchema).max(5_000),
  }),
  response: unitFramesSchema,
});
