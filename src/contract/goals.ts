import { z } from 'zod';
import { ASSESSMENT_LEVELS } from '../domain/goals/assessment';
import { COMPARATORS, DIRECTIONS, INDICATOR_UNITS } from '../domain/goals/indicator';
import { isIsoDate } from '../domain/kernel/period';
import { needs } from './access';
import { idSchema, monthQuerySchema, monthSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint, defineFileEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * Mål och nyckeltal: a board's goals of a year under the council's goals, their indicators
 * with the year's target, outcomes (total, women, men) and the year before's, the status
 * against the target, and each goal's assessment at the report month with its analysis.
 * Figures are exact ten-thousandths (82,2 is 822000: domain/goals/indicator-value.ts).
 */

const valueSchema = z.number().int().min(-1e15).max(1e15);
const dateSchema = z.string().refine(isIsoDate, 'YYYY-MM-DD');
const revisionSchema = z.number().int().min(1);

export const outcomeSchema = z.object({
  measuredOn: z.string(),
  total: valueSchema.nullable(),
  women: valueSchema.nullable(),
  men: valueSchema.nullable(),
  origin: z.enum(['entered', 'file', 'kolada']),
  recordedBy: z.string(),
  recordedAt: z.string(),
  revision: revisionSchema,
});
export type OutcomeDto = z.infer<typeof outcomeSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  seriesId: idSchema,
  name: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(DIRECTIONS),
  target: z.object({ comparator: z.enum(COMPARATORS), value: valueSchema }).nullable(),
  source: z.string(),
  koladaKpi: z.string().nullable(),
  byGender: z.boolean(),
  /** Who enters its outcomes: a unit's name or a user's; null: the controller. */
  owner: z.string().nullable(),
  ownerOrgUnitId: idSchema.nullable(),
  /** A person who enters its outcomes, by user name (besides or instead of a unit). */
  ownerUsername: z.string().nullable(),
  revision: revisionSchema,
  /** Whether the caller may enter its outcomes. */
  mayEnterOutcomes: z.boolean(),
  /** Its outcomes over the years shown (the year and up to four before), oldest first. */
  outcomes: z.array(outcomeSchema),
  /** The latest outcome on or before the report month's end, the year's. */
  latest: outcomeSchema.nullable(),
  /** The year before's outcome (its last of that year). */
  previousYear: outcomeSchema.nullable(),
  status: z.enum(['met', 'not_met', 'no_outcome', 'no_target']),
  /** Figures beside the board's own: the whole municipality, Riket, a group of municipalities. */
  comparisons: z.array(z.object({ measuredOn: z.string(), label: z.string(), value: valueSchema })),
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const assessmentSchema = z.object({
  reportMonth: monthSchema,
  level: z.enum(ASSESSMENT_LEVELS).nullable(),
  analysis: z.string(),
  setBy: z.string(),
  setAt: z.string(),
  revision: revisionSchema,
});
export type AssessmentDto = z.infer<typeof assessmentSchema>;

export const boardGoalSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  text: z.string(),
  contribution: z.string(),
  councilIndicator: z.string().nullable(),
  agenda2030: z.array(z.object({ number: z.number().int(), title: z.string(), text: z.string() })),
  indicators: z.array(indicatorSchema),
  /** The assessment set at the report month (null: none yet). */
  assessment: assessmentSchema.nullable(),
  /** The level the indicators point to (domain/goals/assessment.ts), a proposal only. */
  proposal: z.enum(ASSESSMENT_LEVELS).nullable(),
  revision: revisionSchema,
});
export type BoardGoalDto = z.infer<typeof boardGoalSchema>;

export const goalsPageSchema = z.object({
  year: yearSchema,
  reportMonth: monthSchema,
  /** The years the board has goals for, ascending. */
  years: z.array(yearSchema),
  councilGoals: z.array(
    z.object({
      id: idSchema,
      number: z.number().int(),
      text: z.string(),
      boardGoals: z.array(boardGoalSchema),
    }),
  ),
  /** Whether the caller sets assessments and any outcome (the controller). */
  mayEdit: z.boolean(),
  /** The board's departments and units an indicator can be owned by (for the controller). */
  units: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type GoalsPage = z.infer<typeof goalsPageSchema>;

const goalsPath = '/api/municipalities/:municipalityId/boards/:boardId/goals';

/**
 * The board's goals of a year at a report month. Without a year: the latest year with goals;
 * without a month: the month of the year's latest assessment, else December.
 */
export const getGoals = defineEndpoint({
  access: needs('goals:read'),
  method: 'GET',
  path: goalsPath,
  params: boardParams,
  query: z.object({
    year: yearQuerySchema.optional(),
    month: monthQuerySchema.optional(),
  }),
  response: goalsPageSchema,
});

/**
 * Sets an indicator's outcome at a date, compare-and-set: `baseRevision` is the outcome's
 * revision as read, null when there was none; someone else's save meanwhile is a conflict.
 */
export const saveGoalOutcome = defineEndpoint({
  access: needs('goals:outcomes'),
  method: 'POST',
  path: `${goalsPath}/outcomes`,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    indicatorId: idSchema,
    measuredOn: dateSchema,
    total: valueSchema.nullable(),
    women: valueSchema.nullable(),
    men: valueSchema.nullable(),
    baseRevision: revisionSchema.nullable(),
  }),
  response: outcomeSchema,
});

/** Sets a board goal's assessment and analysis at a report month, compare-and-set as above. */
export const saveGoalAssessment = defineEndpoint({
  access: needs('goals:edit'),
  method: 'POST',
  path: `${goalsPath}/assessments`,
  params: boardParams,
  query: z.object({}),
  body: z.object({
    boardGoalId: idSchema,
    reportMonth: monthSchema,
    level: z.enum(ASSESSMENT_LEVELS).nullable(),
    analysis: z.string().max(20_000),
    baseRevision: revisionSchema.nullable(),
  }),
  response: assessmentSchema,
});

/** Changes a board goal's texts and Agenda 2030 goals, compare-and-set on its revision. */
export const saveBoardGoal = defineEndpoint({
  access: needs('goals:edit'),
  method: 'POST',
  path: `${goalsPath}/board-goals/:boardGoalId`,
  params: boardParams.extend({ boardGoalId: idSchema }),
  query: z.object({}),
  body: z.object({
    text: z.string().trim().min(1).max(500),
    contribution: z.string().max(20_000),
    councilIndicator: z.string().max(1_000).nullable(),
    agenda2030: z.array(z.number().int().min(1).max(17)).max(17),
    baseRevision: revisionSchema,
  }),
  response: z.object({ revision: revisionSchema }),
});

/**
 * Changes an indicator (its name, unit, direction, the year's target, source, Kolada KPI, the
 * gender split and who enters its outcomes), compare-and-set on its revision.
 */
export const saveIndicator = defineEndpoint({
  access: needs('goals:edit'),
  method: 'POST',
  path: `${goalsPath}/indicators/:indicatorId`,
  params: boardParams.extend({ indicatorId: idSchema }),
  query: z.object({}),
  body: z.object({
    name: z.string().trim().min(1).max(500),
    unit: z.enum(INDICATOR_UNITS),
    direction: z.enum(DIRECTIONS),
    target: z.object({ comparator: z.enum(COMPARATORS), value: valueSchema }).nullable(),
    source: z.string().max(500),
    koladaKpi: z
      .string()
      .regex(/^[A-Z]\d{5}$/)
      .nullable(),
    byGender: z.boolean(),
    ownerOrgUnitId: idSchema.nullable(),
    ownerUsername: z.string().trim().min(1).max(100).nullable(),
    baseRevision: revisionSchema,
  }),
  response: z.object({ revision: revisionSchema }),
});

const seriesPointSchema = z.object({
  year: z.number().int(),
  total: valueSchema.nullable(),
  women: valueSchema.nullable(),
  men: valueSchema.nullable(),
});

export const indicatorComparisonSchema = z.object({
  indicatorId: idSchema,
  koladaKpi: z.string().nullable(),
  /** The board's own outcome per year (each year's last). */
  own: z.array(seriesPointSchema),
  /** The municipality's own figures in Kolada (its whole organisation). */
  koladaOwn: z.array(seriesPointSchema),
  /** Riket first, then municipality groups ("liknande kommuner"). */
  comparisons: z.array(
    z.object({ koladaId: z.string(), label: z.string(), points: z.array(seriesPointSchema) }),
  ),
  /** A target from the municipalities' average of the year before (001's telephony target). */
  proposedTarget: z
    .object({
      comparator: z.enum(COMPARATORS),
      value: valueSchema,
      basisYear: z.number().int(),
      municipalities: z.number().int(),
    })
    .nullable(),
});
export type IndicatorComparisonDto = z.infer<typeof indicatorComparisonSchema>;

/** An indicator beside Kolada's figures: Riket, municipality groups, and a proposed target. */
export const getIndicatorComparison = defineEndpoint({
  access: needs('goals:read'),
  method: 'GET',
  path: `${goalsPath}/indicators/:indicatorId/comparison`,
  params: boardParams.extend({ indicatorId: idSchema }),
  query: z.object({}),
  response: indicatorComparisonSchema,
});

/** The goal section as a document of its own (Måluppföljning): HTML, DOCX or PDF. */
export const downloadGoalReport = defineFileEndpoint({
  access: needs('goals:read'),
  path: `${goalsPath}/report`,
  params: boardParams,
  query: z.object({
    year: yearQuerySchema,
    month: monthQuerySchema,
    format: z.enum(['html', 'docx', 'pdf']),
  }),
  file: { mediaType: 'application/octet-stream' },
});

/**
 * Carries the board's goals of a year over to the next as its proposal: the same goals and
 * indicators (each keeping its series), the targets copied for review. Refused when the next
 * year already has goals.
 */
export const carryOverGoals = defineEndpoint({
  access: needs('goals:edit'),
  method: 'POST',
  path: `${goalsPath}/carry-over`,
  params: boardParams,
  query: z.object({}),
  body: z.object({ fromYear: yearSchema }),
  response: z.object({
    fromYear: yearSchema,
    toYear: yearSchema,
    boardGoals: z.number().int(),
    indicators: z.number().int(),
  }),
});
