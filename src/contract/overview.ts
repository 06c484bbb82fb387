import { SECTION_STATES } from '../domain/interim-report/section-workflow';
import { z } from 'zod';
import { needs } from './access';
import { auditEntrySchema } from './audit-log';
import { idSchema, monthSchema, noQuery, oreSchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { followUpFiguresSchema, followUpStatusSchema, followUpViewSchema } from './follow-up';
import { importListEntrySchema } from './import-history';
import { operatingStatementResponse } from './operating-statement';
import { boardParams } from './organisation';
import { publishedReportSchema } from './published-reports';

/**
 * Översikt: each role's first page for a board, in one answer. Every part is there only for
 * the roles it is for (null otherwise), and the server checks each part's own permission:
 * - month: the controller's month (units handed in and approved, who has not, the result and
 *   the forecast against the budget with the result chart, the largest forecast deficits);
 * - latestImport: the controller's latest ledger import;
 * - myUnits: a unit or department head's own units at the month, never another's;
 * - published: the board's latest published reports (a nämndledamot, a revisor), with the
 *   board's operating statement at the latest published month for the nämndledamot;
 * - audit: the revisor's latest audit log entries and latest documents and exports;
 * - administration: the administrator's users, organisation and imports.
 */

const unitRefSchema = z.object({ id: idSchema, code: z.string(), name: z.string() });

/** The month the page is about: the newest year with actuals, through its last such month. */
export const overviewPeriodSchema = z.object({ year: yearSchema, month: monthSchema });

export const overviewMonthSchema = z.object({
  /** Published: locked until a controller reopens it. */
  locked: z.boolean(),
  total: z.number().int(),
  /** Handed in: submitted or approved. */
  submitted: z.number().int(),
  approved: z.number().int(),
  /** Not handed in (not started, a draft, returned), in the organisation's order. */
  missing: z.array(unitRefSchema.extend({ status: followUpStatusSchema })),
  /** Handed in and waiting for the controller's review. */
  awaitingReview: z.array(unitRefSchema),
  board: followUpFiguresSchema,
  chart: followUpViewSchema.shape.chart,
  /** The units with the largest negative forecast variance, the largest first (at most 5). */
  largestDeficits: z.array(
    unitRefSchema.extend({ forecastVariance: oreSchema, variance: oreSchema }),
  ),
});

export const overviewUnitSchema = unitRefSchema.extend({
  status: followUpStatusSchema,
  figures: followUpFiguresSchema,
  forecastGiven: z.boolean(),
  commentRequired: z.boolean(),
  commentGiven: z.boolean(),
  actionRequired: z.boolean(),
  actionGiven: z.boolean(),
});
export type OverviewUnit = z.infer<typeof overviewUnitSchema>;

export const overviewAdministrationSchema = z.object({
  users: z.object({
    total: z.number().int(),
    disabled: z.number().int(),
    /** Enabled users who have never signed in, by name. */
    neverSignedIn: z.array(z.object({ id: idSchema, displayName: z.string() })),
  }),
  organisation: z.object({
    departments: z.number().int(),
    units: z.number().int(),
    /** Units no enhetschef or avdelningschef (an enabled user) holds a role for. */
    withoutManager: z.array(unitRefSchema),
  }),
  /** Per municipality the user administers: its latest import and how many were undone. */
  imports: z.array(
    z.object({
      municipality: z.object({ id: idSchema, name: z.string() }),
      latest: importListEntrySchema.nullable(),
      count: z.number().int(),
      undone: z.number().int(),
    }),
  ),
});

export const overviewReportSectionSchema = z.object({
  reportId: idSchema,
  /** "Delårsrapport augusti 2023". */
  report: z.string(),
  sectionKey: z.string(),
  title: z.string(),
  deadline: z.string().nullable(),
  state: z.enum(SECTION_STATES),
  /** "Avsnittet ”Arbetsmiljö” ska vara klart 2023-09-15, om 3 dagar." when it is due. */
  reminder: z.string().nullable(),
});
export type OverviewReportSection = z.infer<typeof overviewReportSectionSchema>;

export const overviewSchema = z.object({
  period: overviewPeriodSchema.nullable(),
  month: overviewMonthSchema.nullable(),
  latestImport: importListEntrySchema.nullable(),
  myUnits: z.object({ locked: z.boolean(), units: z.array(overviewUnitSchema) }).nullable(),
  published: z
    .object({
      /** Newest first, at most 3. */
      reports: z.array(publishedReportSchema),
      statement: operatingStatementResponse.nullable(),
    })
    .nullable(),
  audit: z
    .object({
      latest: z.array(auditEntrySchema),
      /** Reports and exports made (document-generate, audit-log-export), newest first. */
      documents: z.array(auditEntrySchema),
    })
    .nullable(),
  administration: overviewAdministrationSchema.nullable(),
  /**
   * The sections of the board's interim or annual reports (not yet published) given to the
   * user to write, with the reminder due today if there is one.
   */
  reportSections: z.array(overviewReportSectionSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

/** The signed-in user's overview of a board: the parts their roles there are for. */
export const getOverview = defineEndpoint({
  access: needs('organisation:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/overview',
  params: boardParams,
  query: noQuery,
  response: overviewSchema,
});
