import { z } from 'zod';
import { CONTROL_SIGNALS } from '../domain/internal-control/control-signals';
import { PERSPECTIVES } from '../domain/internal-control/critical-factors';
import { RISK_BANDS, RISK_TREATMENTS } from '../domain/internal-control/risk-scales';
import { isIsoDate } from '../domain/kernel/period';
import { needs } from './access';
import { idSchema, monthQuerySchema, monthSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint, defineFileEndpoint } from './endpoint';
import { sampleSummarySchema } from './internal-control-samples';
import { boardParams } from './organisation';

/**
 * Internkontroll: a board's risk and materiality analysis of a year (002 Bilaga 2), its
 * critical success factors, its internal control plan (002 Bilaga 1) with each control's
 * follow-up at a report month (001 Bilaga 1), and the samples drawn for the controls
 * (internal-control-samples.ts). Every save carries the revision it was made from and is a
 * compare-and-set; every save, and every read of a sample's items (they name users of the case
 * system's log), is audited.
 */

const revisionSchema = z.number().int().min(1);
const dateSchema = z.string().refine(isIsoDate, 'YYYY-MM-DD');
const stampSchema = { by: z.string().nullable(), at: z.string() };

const assessmentSchema = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  value: z.number().int(),
});

export const riskSchema = z.object({
  id: idSchema,
  /** The same risk over the years (kept when a new year's analysis starts from last year's). */
  seriesId: idSchema,
  position: z.number().int(),
  name: z.string(),
  description: z.string(),
  /** The process or area. */
  area: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  /** Likelihood × impact, 1–16, and its band in the matrix. */
  value: z.number().int(),
  band: z.enum(RISK_BANDS),
  treatment: z.enum(RISK_TREATMENTS),
  /** The board's own text when treatment is 'own'. */
  treatmentText: z.string().nullable(),
  /** The treatment as the analysis writes it (Hantering). */
  treatmentSv: z.string(),
  owner: z.string(),
  /** Last year's assessment of the same risk; null: new this year. */
  previous: assessmentSchema.nullable(),
  revision: revisionSchema,
  updatedBy: stampSchema.by,
  updatedAt: stampSchema.at,
});
export type RiskDto = z.infer<typeof riskSchema>;

export const factorFollowUpSchema = z.object({
  reportMonth: monthSchema,
  text: z.string(),
  setBy: z.string(),
  setAt: z.string(),
  revision: revisionSchema,
});
export type FactorFollowUpDto = z.infer<typeof factorFollowUpSchema>;

export const criticalFactorSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  text: z.string(),
  revision: revisionSchema,
  /** The risks of the year's analysis it takes care of. */
  risks: z.array(z.object({ id: idSchema, name: z.string(), value: z.number().int() })),
  /** Its follow-up text at the report month (null: none yet). */
  followUp: factorFollowUpSchema.nullable(),
});
export type CriticalFactorDto = z.infer<typeof criticalFactorSchema>;

export const controlFollowUpSchema = z.object({
  reportMonth: monthSchema,
  result: z.string(),
  actions: z.string(),
  signal: z.enum(CONTROL_SIGNALS).nullable(),
  setBy: z.string(),
  setAt: z.string(),
  revision: revisionSchema,
});
export type ControlFollowUpDto = z.infer<typeof controlFollowUpSchema>;

export const controlSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  riskId: idSchema,
  riskName: z.string(),
  riskValue: z.number().int(),
  /** What is checked (kontrollmoment). */
  checkpoint: z.string(),
  method: z.string(),
  frequency: z.string(),
  /** When it is followed up ("Del- och årsbokslut"). */
  followUpWhen: z.string(),
  responsible: z.string(),
  revision: revisionSchema,
  updatedBy: stampSchema.by,
  updatedAt: stampSchema.at,
  /** Its follow-up at the report month (null: not followed up yet). */
  followUp: controlFollowUpSchema.nullable(),
});
export type ControlDto = z.infer<typeof controlSchema>;

export const internalControlPageSchema = z.object({
  year: yearSchema,
  /** The report month of the follow-up shown (8 delår, 12 helår). */
  reportMonth: monthSchema,
  /** The years the board has a risk analysis or a plan for, ascending. */
  years: z.array(yearSchema),
  /** The year's risks, highest value first. */
  risks: z.array(riskSchema),
  /** The four perspectives in order, each with its factors. */
  criticalFactors: z.array(
    z.object({
      perspective: z.enum(PERSPECTIVES),
      name: z.string(),
      factors: z.array(criticalFactorSchema),
    }),
  ),
  /** The plan's controls in order, each with its follow-up at the report month. */
  controls: z.array(controlSchema),
  /** 001's sentence: "… två av totalt fyra kontrollpunkter har genomförts utan anmärkning …". */
  followUpSummary: z.string(),
  /** The board's samples drawn for the year's controls or in the year, newest first. */
  samples: z.array(sampleSummarySchema),
  /**
   * The samples of any year with items the caller reviews and has not yet (a unit head's work
   * to do), so they are found whichever year the page shows.
   */
  pendingReviews: z.array(
    z.object({
      sampleId: idSchema,
      year: yearSchema,
      from: dateSchema,
      to: dateSchema,
      populationSv: z.string(),
      /** Items left for the caller. */
      items: z.number().int(),
    }),
  ),
  /** Whether the caller edits the analysis, the plan and the follow-up (the controller). */
  mayEdit: z.boolean(),
  /** Whether the caller may open a sample's items (they name users of a log). */
  mayReadSamples: z.boolean(),
  /** The board's departments and units, for a sample's reviewer (for the controller). */
  units: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type InternalControlPage = z.infer<typeof internalControlPageSchema>;

const internalControlPath = '/api/municipalities/:municipalityId/boards/:boardId/internal-control';

/**
 * The board's internal control of a year at a report month. Without a year: the latest year with
 * a risk analysis or a plan; without a month: August (the interim report) until the year's
 * annual report has a follow-up, then December.
 */
export const getInternalControl = defineEndpoint({
  access: needs('internal-control:read'),
  method: 'GET',
  path: internalControlPath,
  params: boardParams,
  query: z.object({
    year: yearQuerySchema.optional(),
    month: monthQuerySchema.optional(),
  }),
  response: internalControlPageSchema,
});

/**
 * Creates a risk in the analysis of a year (`id` null, placed last) or changes one at its
 * `baseRevision`. Likelihood and impact are checked against 002's scales (1–4) in Swedish.
 */
export const saveRisk = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: `${internalControlPath}/risks`,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    id: idSchema.nullable(),
    year: yearSchema,
    name: z.string().max(300),
    description: z.string().max(5_000),
    area: z.string().max(300),
    likelihood: z.number(),
    impact: z.number(),
    treatment: z.enum(RISK_TREATMENTS),
    treatmentText: z.string().max(1_000).nullable(),
    owner: z.string().max(300),
    baseRevision: revisionSchema.nullable(),
  }),
  response: riskSchema,
});

/** Starts the next year's analysis from a year's: its risks copied for reassessment. */
export const startRiskAnalysis = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: `${internalControlPath}/risks/next-year`,
  params: boardParams,
  query: z.object({}),
  body: z.object({ fromYear: yearSchema }),
  response: z.object({ fromYear: yearSchema, toYear: yearSchema, risks: z.number().int() }),
});

/** Creates (`id` null) or changes a critical success factor and the risks it takes care of. */
export const saveCriticalFactor = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: `${internalControlPath}/critical-factors`,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    id: idSchema.nullable(),
    year: yearSchema,
    perspective: z.enum(PERSPECTIVES),
    text: z.string().max(2_000),
    riskIds: z.array(idSchema).max(100),
    baseRevision: revisionSchema.nullable(),
  }),
  response: z.object({ id: idSchema, revision: revisionSchema }),
});

/** A critical success factor's follow-up text at a report month, compare-and-set. */
export const saveCriticalFactorFollowUp = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: `${internalControlPath}/critical-factors/:criticalFactorId/follow-up`,
  params: boardParams.extend({ criticalFactorId: idSchema }),
  query: z.object({}),
  body: z.object({
    reportMonth: monthSchema,
    text: z.string().max(20_000),
    baseRevision: revisionSchema.nullable(),
  }),
  response: factorFollowUpSchema,
});

/**
 * Creates a control of the plan of a year (`id` null, placed last) or changes one at its
 * `baseRevision`. A control needs a risk of the same year's analysis and a checkpoint.
 */
export const saveControl = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: `${internalControlPath}/controls`,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    id: idSchema.nullable(),
    year: yearSchema,
    riskId: idSchema.nullable(),
    checkpoint: z.string().max(2_000),
    method: z.string().max(500),
    frequency: z.string().max(500),
    followUpWhen: z.string().max(500),
    responsible: z.string().max(500),
    baseRevision: revisionSchema.nullable(),
  }),
  response: controlSchema.omit({ followUp: true }),
});

/** A control's follow-up at a report month: result, actions and signal, compare-and-set. */
export const saveControlFollowUp = defineEndpoint({
  access: needs('internal-control:edit'),
  method: 'POST',
  path: `${internalControlPath}/controls/:controlId/follow-up`,
  params: boardParams.extend({ controlId: idSchema }),
  query: z.object({}),
  body: z.object({
    reportMonth: monthSchema,
    result: z.string().max(20_000),
    actions: z.string().max(20_000),
    signal: z.enum(CONTROL_SIGNALS).nullable(),
    baseRevision: revisionSchema.nullable(),
  }),
  response: controlFollowUpSchema,
});

/** The follow-up of the plan at a report month as a document of its own: HTML, DOCX or PDF. */
export const downloadControlFollowUp = defineFileEndpoint({
  access: needs('internal-control:read'),
  path: `${internalControlPath}/follow-up-report`,
  params: boardParams,
  query: z.object({
    year: yearQuerySchema,
    month: monthQuerySchema,
    format: z.enum(['html', 'docx', 'pdf']),
  }),
  file: { mediaType: 'application/octet-stream' },
});
