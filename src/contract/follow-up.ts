import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '../domain/follow-up/follow-up-status';
import { FORECAST_METHODS } from '../domain/follow-up/forecast-proposals';
import { MONTHLY_REPORT_TEXT_SECTIONS } from '../domain/follow-up/monthly-report-document';
import { needs } from './access';
import {
  accountGroupSchema,
  idSchema,
  monthQuerySchema,
  monthSchema,
  oreSchema,
  yearQuerySchema,
  yearSchema,
} from './common';
import { defineEndpoint, defineFileEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * The monthly follow-up (månadsuppföljning) of a board: per unit the year-to-date actual
 * against the phased budget, the full-year forecast, the unit's comment and action, and where
 * its report stands; the units' own reports; the controller's review and publication.
 */

/** A unit's (or a department's, or the board's) figures at a report month, result sign. */
export const followUpFiguresSchema = z.object({
  budgetYearToDate: oreSchema,
  actualYearToDate: oreSchema,
  /** actual - phased budget to date: positive is favourable. */
  variance: oreSchema,
  /** The variance at the month before; null in January. */
  previousVariance: oreSchema.nullable(),
  budget: oreSchema,
  /** The latest forecast made at or before the month; the budget where none is made. */
  forecast: oreSchema,
  /** forecast - budget. */
  forecastVariance: oreSchema,
  /** This forecast - the previous report's (each the budget where none was made). */
  forecastChange: oreSchema,
});
export type FollowUpFigures = z.infer<typeof followUpFiguresSchema>;

export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);

export const followUpRowSchema = z.object({
  orgUnit: z.object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    kind: z.enum(['department', 'unit']),
    parentId: idSchema.nullable(),
  }),
  /** 0 for a department or a unit directly under the board, 1 for a department's unit. */
  depth: z.number().int(),
  figures: followUpFiguresSchema,
  /** Units only (null for a department's sum row). */
  report: z
    .object({
      status: followUpStatusSchema,
      /** A forecast is made at this report month for at least one account group. */
      forecastGiven: z.boolean(),
      commentGiven: z.boolean(),
      actionGiven: z.boolean(),
      commentRequired: z.boolean(),
      actionRequired: z.boolean(),
      updatedBy: z.string().nullable(),
    })
    .nullable(),
});
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

export const thresholdSchema = z.object({
  amount: oreSchema.nullable(),
  basisPoints: z.number().int().min(0).max(100_000).nullable(),
});

/** A unit as a publication names it: its report was not approved when the month was published. */
export const unitNotApprovedSchema = z.object({
  code: z.string(),
  name: z.string(),
  status: followUpStatusSchema,
});

export const monthEventSchema = z.object({
  kind: z.enum(['publish', 'reopen']),
  reason: z.string().nullable(),
  at: z.string(),
  by: z.string().nullable(),
  /** A publication: the units whose reports were not approved then; null: none kept. */
  notApproved: z.array(unitNotApprovedSchema).nullable(),
});

export const followUpViewSchema = z.object({
  year: yearSchema,
  month: monthSchema,
  /** The last month of the year with ledger actuals. */
  lastActualMonth: monthSchema.nullable(),
  /** Published: nothing changes until a controller reopens the month. */
  locked: z.boolean(),
  events: z.array(monthEventSchema),
  threshold: thresholdSchema,
  rows: z.array(followUpRowSchema),
  board: followUpFiguresSchema,
  /** The board's result (net and the allocation phased straight) month by month. */
  chart: z.object({
    months: z.array(
      z.object({
        month: monthSchema,
        budgetYearToDate: oreSchema,
        actualYearToDate: oreSchema.nullable(),
      }),
    ),
    /** The result for the year the forecasts give (allocation and its expected change included). */
    forecastResult: oreSchema,
    budgetResult: oreSchema,
  }),
  /**
   * The controller's expected but undecided change to the kommunbidrag in force at the month
   * (entered at `month`, with its text), counted in forecastResult; null: none, or a part of
   * the board (which has no kommunbidrag of its own).
   */
  expectedAllocationChange: z
    .object({ month: monthSchema, amount: oreSchema, text: z.string() })
    .nullable(),
});
export type FollowUpView = z.infer<typeof followUpViewSchema>;

const monthQuery = z.object({ year: yearQuerySchema, month: monthQuerySchema });

/**
 * The follow-up of a board at a report month, or of one department or unit of it (who holds
 * a role for a department or unit asks for that part).
 */
export const getFollowUpView = defineEndpoint({
  access: needs('follow-up:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up',
  params: boardParams,
  query: monthQuery.extend({ orgUnitId: idSchema.optional() }),
  response: followUpViewSchema,
});

const unitParams = boardParams.extend({ orgUnitId: idSchema });

export const forecastProposalSchema = z.object({
  method: z.enum(FORECAST_METHODS),
  label: z.string(),
  /** Whole tkr in öre; null when the method has nothing to propose. */
  amount: oreSchema.nullable(),
  explanation: z.string(),
});

/** A saved text or figure with who saved it and its revision (for conflicts). */
const savedSchema = {
  revision: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
};

export const unitReportSchema = z.object({
  year: yearSchema,
  month: monthSchema,
  orgUnit: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  locked: z.boolean(),
  status: followUpStatusSchema,
  remark: z.string().nullable(),
  /** An approved report: who approved it (by name) and when. */
  approved: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
  /** What the caller may do now: save, submit, approve, return. */
  actions: z.array(z.enum(['save', 'submit', 'approve', 'return'])),
  figures: followUpFiguresSchema,
  groups: z.array(
    z.object({
      accountGroup: accountGroupSchema,
      budgetYearToDate: oreSchema,
      actualYearToDate: oreSchema,
      budget: oreSchema,
      /** The forecast made at this month, with who made it; null: none yet this month. */
      forecast: z.object({ amount: oreSchema, method: z.string(), ...savedSchema }).nullable(),
      /** The latest forecast before this month (the previous report's), null: none. */
      previousForecast: oreSchema.nullable(),
      proposals: z.array(forecastProposalSchema),
    }),
  ),
  comment: z.object({ body: z.string(), ...savedSchema }).nullable(),
  action: z.object({ body: z.string(), ...savedSchema }).nullable(),
  /** Kommentar till prognosen: why the full-year forecast is what it is (003's Årsprognos). */
  forecastComment: z.object({ body: z.string(), ...savedSchema }).nullable(),
  /**
   * The unit's placements (köpt vård) beside the ledger at the month, null when the register has
   * none for the year: the register's cost to date, the ledger's cost of Köp av tjänster to date
   * and their difference (register − ledger; positive: a booking missing or late), the
   * register's forecast for the rest of the year. Costs positive, in öre.
   */
  placements: z
    .object({
      placements: z.number().int().nonnegative(),
      careDays: z.number().int().nonnegative(),
      registerCostToDate: oreSchema,
      ledgerCostToDate: oreSchema,
      difference: oreSchema,
      forecastRest: oreSchema,
      /** The placements behind the figures, by start date (the case system's references). */
      lines: z.array(
        z.object({
          placementRef: z.string(),
          careType: z.string(),
          legalBasis: z.string(),
          startDate: z.string(),
          endDate: z.string().nullable(),
          plannedEndDate: z.string().nullable(),
          dailyCost: oreSchema,
          careDays: z.number().int().nonnegative(),
          costToDate: oreSchema,
          forecastRest: oreSchema,
        }),
      ),
    })
    .nullable(),
  /** Whether the threshold asks for the comment and the action, and why (Swedish). */
  requirement: z.object({
    commentRequired: z.boolean(),
    actionRequired: z.boolean(),
    reasons: z.array(z.string()),
  }),
});
export type UnitReport = z.infer<typeof unitReportSchema>;

/** A unit's report for a month: figures per account group, proposals, texts, status. */
export const getUnitReport = defineEndpoint({
  access: needs('follow-up:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/units/:orgUnitId',
  params: unitParams,
  query: monthQuery,
  response: unitReportSchema,
});

/** The revision the editor started from: null when there was nothing saved. */
const baseRevision = z.number().int().nullable();

/**
 * Saves a unit's forecasts, comment, action and forecast comment for the month (and submits
 * them). A figure or text changed by someone else since it was read (its revision) is a
 * conflict (409, reason 'edit-conflict'): nothing is saved, and the details say which (fields:
 * 'personnel_costs, comment'), who saved last and when (updatedBy by name, updatedAt), and per
 * field its revision and value now ('comment.revision', 'comment.value').
 */
export const saveUnitReport = defineEndpoint({
  access: needs('follow-up:report'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/units/:orgUnitId',
  params: unitParams,
  query: z.object({}),
  body: z.object({
    year: yearSchema,
    month: monthSchema,
    forecasts: z
      .array(
        z.object({
          accountGroup: accountGroupSchema,
          amount: oreSchema,
          method: z.enum(['entered', ...FORECAST_METHODS]),
          baseRevision,
        }),
      )
      .max(10),
    comment: z.object({ body: z.string().max(10_000), baseRevision }).nullable(),
    action: z.object({ body: z.string().max(10_000), baseRevision }).nullable(),
    /** Left out or null: not changed (as the comment and action). */
    forecastComment: z
      .object({ body: z.string().max(10_000), baseRevision })
      .nullable()
      .optional(),
    submit: z.boolean(),
  }),
  response: unitReportSchema,
});

/**
 * The controller approves a unit's submitted report, or returns it with a remark. With the
 * status the controller saw (baseStatus), a report whose status has moved since (another
 * controller's review at the same moment) is a conflict: nothing is changed.
 */
export const reviewUnitReport = defineEndpoint({
  access: needs('follow-up:manage'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/units/:orgUnitId/review',
  params: unitParams,
  query: z.object({}),
  body: z.object({
    year: yearSchema,
    month: monthSchema,
    decision: z.enum(['approve', 'return']),
    remark: z.string().trim().max(2_000),
    baseStatus: followUpStatusSchema.optional(),
  }),
  response: unitReportSchema,
});

/** Publishes the month's report (the month is locked) or opens it again, with a reason. */
export const setFollowUpMonth = defineEndpoint({
  access: needs('follow-up:manage'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/month',
  params: boardParams,
  query: z.object({}),
  body: z.object({
    year: yearSchema,
    month: monthSchema,
    kind: z.enum(['publish', 'reopen']),
    reason: z.string().trim().max(2_000),
  }),
  response: followUpViewSchema,
});

/** When a unit must comment: the controller's amount and percentage. */
export const saveFollowUpThreshold = defineEndpoint({
  access: needs('follow-up:manage'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/threshold',
  params: boardParams,
  query: z.object({}),
  body: thresholdSchema,
  response: thresholdSchema,
});

/** The controller's texts of the month's result report, by section. */
export const monthlyReportTextSchema = z.object({
  section: z.enum(MONTHLY_REPORT_TEXT_SECTIONS),
  body: z.string().max(20_000),
  revision: z.number().int(),
  updatedBy: z.string().nullable(),
});

export const getMonthlyReportTexts = defineEndpoint({
  access: needs('follow-up:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/texts',
  params: boardParams,
  query: monthQuery,
  response: z.object({ texts: z.array(monthlyReportTextSchema) }),
});

/**
 * Saves one text (empty removes it); an older revision than the stored one is a conflict (409,
 * details as saveUnitReport's: fields is the section, 'result.revision', 'result.value').
 */
export const saveMonthlyReportText = defineEndpoint({
  access: needs('follow-up:manage'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/texts',
  params: boardParams,
  query: z.object({}),
  body: z.object({
    year: yearSchema,
    month: monthSchema,
    section: z.enum(MONTHLY_REPORT_TEXT_SECTIONS),
    body: z.string().max(20_000),
    baseRevision: z.number().int().nullable(),
  }),
  response: z.object({ texts: z.array(monthlyReportTextSchema) }),
});

/** The month's result report as HTML, DOCX or PDF (003's shape). */
export const downloadMonthlyReport = defineFileEndpoint({
  access: needs('follow-up:read'),
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/report',
  params: boardParams,
  query: monthQuery.extend({ format: z.enum(['html', 'docx', 'pdf']) }),
  file: { mediaType: 'application/octet-stream' },
});
