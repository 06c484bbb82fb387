import { z } from 'zod';
import { idSchema, oreSchema } from './common';

export const importListEntrySchema = z.object({
  id: idSchema,
  source: z.enum(['demo', 'sie', 'csv']),
  fileName: z.string().nullable(),
  sha256: z.string().nullable(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  status: z.enum(['committed', 'undone']),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  transactionCount: z.number().int(),
  months: z.array(
    z.object({
      period: z.number().int(),
      transactionCount: z.number().int(),
      /** Result sign. */
      amount: oreSchema,
      /** Whether this import is the month's actuals now. */
      actual: z.boolean(),
    }),
  ),
  /** Only the latest import of a month can be undone. */
  undoable: z.boolean(),
});
export type ImportListEntry = z.infer<typeof importListEntrySchema>;
