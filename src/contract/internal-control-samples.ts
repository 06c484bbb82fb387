import { z } from 'zod';
import { SAMPLE_POPULATIONS } from '../domain/internal-control/sample-draw';
import { isIsoDate } from '../domain/kernel/period';
import { needs } from './access';
import { idSchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * Internkontroll's samples: drawn by the controller for a control of the plan, their items
 * opened by those who may read them (every read audited: they name users of the case system's
 * log) and reviewed by the unit heads, each review a compare-and-set on the item's revision.
 */

const revisionSchema = z.number().int().min(1);
const dateSchema = z.string().refine(isIsoDate, 'YYYY-MM-DD');
const samplesPath = '/api/municipalities/:municipalityId/boards/:boardId/internal-control/samples';

/** A drawn sample as the page lists it: what it was drawn from, and how far its review is. */
export const sampleSummarySchema = z.object({
  id: idSchema,
  controlId: idSchema.nullable(),
  /** What the control it was drawn for checks, and the plan's year. */
  control: z.object({ year: yearSchema, checkpoint: z.string() }).nullable(),
  population: z.enum(SAMPLE_POPULATIONS),
  /** "handläggare i verksamhetssystemets åtkomstlogg", … */
  populationSv: z.string(),
  from: dateSchema,
  to: dateSchema,
  /** A ledger population's accounts ("4710" or "4710-4719") and lowest amount; else empty. */
  accounts: z.array(z.string()),
  minAmountOre: z.number().int().nullable(),
  size: z.number().int(),
  seed: z.string(),
  populationCount: z.number().int(),
  drawnBy: z.string(),
  drawnAt: z.string(),
  progress: z.object({
    total: z.number().int(),
    reviewed: z.number().int(),
    remarks: z.number().int(),
  }),
  /** "Granskade: 3 av 15, varav 1 med anmärkning." */
  progressSv: z.string(),
});
export type SampleSummaryDto = z.infer<typeof sampleSummarySchema>;

/**
 * Draws a sample and records it (seed, population count, who, when). Populations: the users of
 * the case system's access log or of Nämndkoll's audit log in the period (`from`–`to`, Swedish
 * days, both included), or the ledger's transactions in the period on `accounts` of at least
 * `minAmountOre` (by amount, either sign). A size larger than the population is refused.
 */
export const drawSample = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: samplesPath,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    population: z.enum(SAMPLE_POPULATIONS),
    from: dateSchema,
    to: dateSchema,
    accounts: z
      .array(z.string().regex(/^\d{3,6}(-\d{3,6})?$/))
      .max(50)
      .default([]),
    minAmountOre: z.number().int().min(0).nullable().default(null),
    size: z.number().int(),
    seed: z.string().max(200),
    controlId: idSchema.nullable(),
    /** The unit whose head reviews the items (a ledger item: its own unit's head if null). */
    reviewerOrgUnitId: idSchema.nullable(),
  }),
  response: sampleSummarySchema,
});

export const sampleItemSchema = z.object({
  position: z.number().int(),
  key: z.string(),
  /** The text a reviewer reads ("anna.berg: 37 loggposter", a transaction's date, text, amount). */
  label: z.string(),
  reviewerOrgUnitId: idSchema.nullable(),
  reviewerUnitName: z.string().nullable(),
  verdict: z.enum(['ok', 'remarks']).nullable(),
  comment: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  revision: revisionSchema,
  /** Whether the caller reviews this item (the head of its reviewer unit). */
  mayReview: z.boolean(),
});
export type SampleItemDto = z.infer<typeof sampleItemSchema>;

/**
 * A sample with its items and their review; audited as a read of the log. A unit head sees the
 * items their unit reviews; the controller and the auditor all of them.
 */
export const getSample = defineEndpoint({
  access: needs('internal-control:samples'),
  method: 'GET',
  path: `${samplesPath}/:sampleId`,
  params: boardParams.extend({ sampleId: idSchema }),
  query: z.object({}),
  response: z.object({ sample: sampleSummarySchema, items: z.array(sampleItemSchema) }),
});

/**
 * The auditor's check: the sample drawn again from its record (population, parameters, seed)
 * and compared with the recorded items; audited as a read.
 */
export const redoSample = defineEndpoint({
  access: needs('internal-control:samples'),
  method: 'GET',
  path: `${samplesPath}/:sampleId/redo`,
  params: boardParams.extend({ sampleId: idSchema }),
  query: z.object({}),
  response: z.object({
    same: z.boolean(),
    recordedPopulationCount: z.number().int(),
    populationCount: z.number().int(),
    items: z.array(z.object({ key: z.string(), label: z.string() })),
  }),
});

/**
 * A sampled item's review by the head of its reviewer unit: utan anmärkning (ok) or med
 * anmärkning (remarks, which needs its comment), compare-and-set on the item's revision.
 */
export const reviewSampleItem = defineEndpoint({
  access: needs('internal-control:review'),
  method: 'POST',
  path: `${samplesPath}/:sampleId/items/:position`,
  params: boardParams.extend({
    sampleId: idSchema,
    /** The item's place in the sample, 1 the first drawn (digits: the path is text). */
    position: z.string().regex(/^[1-9]\d{0,5}$/),
  }),
  query: z.object({}),
  body: z.object({
    verdict: z.enum(['ok', 'remarks']),
    comment: z.string().max(2_000),
    baseRevision: revisionSchema,
  }),
  response: sampleItemSchema,
});
