import { z } from 'zod';
import type { ReportDocument } from '../domain/reports/document';

/**
 * A report's document model (domain/reports/document.ts) on the wire, so the web app shows a
 * report with its own components (no markup from the server, nothing the CSP would refuse).
 */

const textRunSchema = z.object({
  text: z.string(),
  emphasis: z.enum(['bold', 'italic']).optional(),
});

const tableCellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tkr'), value: z.number().int() }),
  z.object({ kind: z.literal('percent'), value: z.number() }),
  z.object({ kind: z.literal('absent') }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);

const blockSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
    numbered: z.boolean(),
  }),
  z.object({ type: z.literal('paragraph'), runs: z.array(textRunSchema).readonly() }),
  z.object({
    type: z.literal('table'),
    caption: z.string(),
    unit: z.string(),
    columns: z.array(z.string()).readonly(),
    rows: z
      .array(
        z.object({
          label: z.string(),
          kind: z.enum(['normal', 'subtotal', 'total']),
          cells: z.array(tableCellSchema).readonly(),
        }),
      )
      .readonly(),
  }),
  z.object({
    type: z.literal('chart'),
    kind: z.enum(['bar', 'line']),
    title: z.string(),
    categories: z.array(z.string()).readonly(),
    series: z
      .array(z.object({ name: z.string(), values: z.array(z.number()).readonly() }))
      .readonly(),
    unit: z.string(),
    decimals: z.union([z.literal(0), z.literal(1)]),
  }),
]);

export const reportDocumentSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  status: z.enum(['Utkast', 'Förslag']).nullable().optional(),
  municipalityName: z.string(),
  boardName: z.string(),
  dateIso: z.string(),
  blocks: z.array(blockSchema).readonly(),
}) satisfies z.ZodType<ReportDocument>;
