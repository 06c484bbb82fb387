import { z } from 'zod';
import { needs } from './access';
import { oreSchema, yearQuerySchema, yearSchema } from './common';
import { revisionSchema } from './budget';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * The frame walk (ramförändring) of a budget year: from the year before's allocation
 * (kommunbidrag) through the budget year and the two plan years, each year's PKV, volume
 * uplift and frame adjustments; the allocations the walk leads to.
 */

export const frameAdjustmentSchema = z.object({
  /** "Ramjustering försäkringskostnader till kommunstyrelsen". */
  text: z.string().trim().min(1).max(300),
  /** Result sign for the board: negative when the board gives money away. */
  amount: oreSchema,
});

export const frameWalkYearSchema = z.object({
  year: yearSchema,
  /** PKV in hundredths of a percent (3,1 % is 310). */
  pkvBasisPoints: z.number().int().min(-2_000).max(5_000),
  volume: oreSchema,
  /** Why the volume uplift, for the prose ("baserat på befolkningstillväxten"). */
  volumeText: z.string().trim().max(300),
  adjustments: z.array(frameAdjustmentSchema).max(30),
});
export type FrameWalkYearDto = z.infer<typeof frameWalkYearSchema>;

export const frameWalkAnswerSchema = z.object({
  budgetYear: yearSchema,
  /** The year before the budget year: the walk starts from its allocation. */
  baseYear: yearSchema,
  /** null when the base year has no allocation yet. */
  baseAllocation: oreSchema.nullable(),
  /** The budget year and the two plan years, as stored (zeros where nothing is stored). */
  years: z.array(frameWalkYearSchema),
  /** The allocations stored for the base year, the budget year and the plan years. */
  allocations: z.array(z.object({ year: yearSchema, amount: oreSchema })),
  /** The walk's prose, one paragraph per year, as the figures give it; null without a base. */
  proposedProse: z.string().nullable(),
  /**
   * The revision of the board's frame walk (one for all its years: neighbouring budget years'
   * walks share years); null when it was never saved. With who saved it last and when.
   */
  revision: revisionSchema.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type FrameWalkAnswer = z.infer<typeof frameWalkAnswerSchema>;

/** The frame walk of a budget year as stored. */
export const getFrameWalk = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/frame-walk',
  params: boardParams,
  query: z.object({ year: yearQuerySchema }),
  response: frameWalkAnswerSchema,
});

/**
 * Saves the frame walk of a budget year: the base year's allocation and each year's steps;
 * the allocations of the budget year and the plan years become the walk's.
 */
export const saveFrameWalk = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/frame-walk',
  params: boardParams,
  query: z.object({}),
  body: z.object({
    /** The walk's revision when it was opened (null: never saved). */
    baseRevision: revisionSchema.nullable(),
    budgetYear: yearSchema,
    baseAllocation: oreSchema,
    years: z.array(frameWalkYearSchema).min(1).max(5),
  }),
  response: frameWalkAnswerSchema,
});
