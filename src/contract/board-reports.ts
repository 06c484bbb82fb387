import { z } from 'zod';
import {
  FIGURE_BLOCKS,
  REPORT_KINDS,
  WRITER_ROLES,
} from '../domain/interim-report/report-template';
import { SECTION_STATES } from '../domain/interim-report/section-workflow';
import { needs } from './access';
import { idSchema, monthSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * The interim report (delårsrapport) and the annual report (verksamhetsberättelse) as a cycle:
 * the controller opens a board's report of a year and month from the template, assigns its
 * sections to writers with a deadline, reviews what they mark ready and returns or approves
 * it. A writer sees and writes the sections assigned to them. Every change of a section names
 * the revision it was read at (baseRevision) and is refused if it was changed since.
 */

const textRunSchema = z.object({
  text: z.string().max(60_000),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
});

/** A section's text: paragraphs, subheadings, lists and simple tables (never HTML). */
export const richTextSchema = z
  .array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('paragraph'), runs: z.array(textRunSchema).max(500).readonly() }),
      z.object({ type: z.literal('subheading'), text: z.string().max(300) }),
      z.object({
        type: z.literal('list'),
        ordered: z.boolean(),
        items: z.array(z.array(textRunSchema).max(500).readonly()).max(500).readonly(),
      }),
      z.object({
        type: z.literal('table'),
        headerRow: z.boolean(),
        rows: z
          .array(z.array(z.string().max(2000)).max(50).readonly())
          .max(500)
          .readonly(),
      }),
    ]),
  )
  .max(1000)
  .readonly();

const revisionSchema = z.number().int().nonnegative();

export const reportSectionSchema = z.object({
  key: z.string(),
  position: z.number().int(),
  title: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  writerRole: z.enum(WRITER_ROLES).nullable(),
  figures: z.array(z.enum(FIGURE_BLOCKS)),
  appendix: z.boolean(),
  assignee: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  /** 'YYYY-MM-DD'. */
  deadline: z.string().nullable(),
  state: z.enum(SECTION_STATES),
  body: richTextSchema,
  reviewComment: z.string().nullable(),
  revision: revisionSchema,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ReportSectionDto = z.infer<typeof reportSectionSchema>;

export const boardReportSchema = z.object({
  id: idSchema,
  year: yearSchema,
  month: z.number().int().min(1).max(12),
  kind: z.enum(REPORT_KINDS),
  openedAt: z.string(),
  openedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /**
   * The controller gets every section; a writer only those assigned to them (the rest of a
   * draft is the controller's until it is published).
   */
  sections: z.array(reportSectionSchema),
  /** The people the controller can assign sections to: the board's writers, by role. */
  writers: z.array(
    z.object({ id: idSchema, displayName: z.string(), roles: z.array(z.enum(WRITER_ROLES)) }),
  ),
});
export type BoardReportDto = z.infer<typeof boardReportSchema>;

export const boardReportListSchema = z.object({
  reports: z.array(
    z.object({
      id: idSchema,
      year: yearSchema,
      month: z.number().int(),
      kind: z.enum(REPORT_KINDS),
      publishedAt: z.string().nullable(),
      /** How many of the written sections are in each state. */
      sectionStates: z.record(z.enum(SECTION_STATES), z.number().int()),
    }),
  ),
});
export type BoardReportListDto = z.infer<typeof boardReportListSchema>;

const reportsPath = '/api/municipalities/:municipalityId/boards/:boardId/reports';
const reportParams = boardParams.extend({ reportId: idSchema });
const sectionParams = reportParams.extend({ sectionKey: z.string().max(60) });

/** A board's interim and annual reports of a year. */
export const listBoardReports = defineEndpoint({
  access: needs('reports:write'),
  method: 'GET',
  path: reportsPath,
  params: boardParams,
  query: z.object({ year: yearQuerySchema }),
  response: boardReportListSchema,
});

/** Opens the board's report of a year and month from the template (December: the annual report). */
export const openBoardReport = defineEndpoint({
  access: needs('reports:manage'),
  method: 'POST',
  path: reportsPath,
  params: boardParams,
  query: z.object({}),
  body: z.object({ year: yearSchema, month: monthSchema }),
  response: boardReportSchema,
});

export const getBoardReport = defineEndpoint({
  access: needs('reports:write'),
  method: 'GET',
  path: `${reportsPath}/:reportId`,
  params: reportParams,
  query: z.object({}),
  response: boardReportSchema,
});

/** Gives a section to a writer with a deadline (null, null: takes it back). */
export const assignReportSection = defineEndpoint({
  access: needs('reports:manage'),
  method: 'POST',
  path: `${reportsPath}/:reportId/sections/:sectionKey/assign`,
  params: sectionParams,
  query: z.object({}),
  body: z.object({
    assigneeId: idSchema.nullable(),
    deadline: z.string().trim().max(10).nullable(),
    baseRevision: revisionSchema,
  }),
  response: reportSectionSchema,
});

/** Saves a section's text (its writer, or the controller). */
export const saveReportSection = defineEndpoint({
  access: needs('reports:write'),
  method: 'POST',
  path: `${reportsPath}/:reportId/sections/:sectionKey/text`,
  params: sectionParams,
  query: z.object({}),
  body: z.object({ body: richTextSchema, baseRevision: revisionSchema }),
  response: reportSectionSchema,
});

/** Marks a section ready (its writer), or returns, approves or reopens it (the controller). */
export const stepReportSection = defineEndpoint({
  access: needs('reports:write'),
  method: 'POST',
  path: `${reportsPath}/:reportId/sections/:sectionKey/step`,
  params: sectionParams,
  query: z.object({}),
  body: z.object({
    action: z.enum(['mark-ready', 'return', 'approve', 'reopen']),
    comment: z.string().trim().max(2000).nullable(),
    baseRevision: revisionSchema,
  }),
  response: reportSectionSchema,
});
