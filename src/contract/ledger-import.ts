import { z } from 'zod';
import { ACCOUNT_GROUPS } from '../domain/ledger/account-group';
import { IMPORT_ISSUE_CODES } from '../domain/ledger/import-issue';
import { idSchema, oreSchema } from './common';

export const importIssueSchema = z.object({
  code: z.enum(IMPORT_ISSUE_CODES),
  file: z.string().optional(),
  line: z.number().int().nullable(),
  field: z.string().optional(),
  value: z.string().optional(),
  expected: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  amount: oreSchema.optional(),
  expectedAmount: oreSchema.optional(),
  count: z.number().int().optional(),
});
export type ImportIssueDto = z.infer<typeof importIssueSchema>;

export const IMPORT_STATUSES = ['committed', 'checked', 'unchanged', 'refused'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * What an import did or would do. checked: a dry run without problems; committed: written;
 * unchanged: the same file is already the actuals of its months; refused: problems, nothing
 * written.
 */
export const importOutcomeSchema = z.object({
  status: z.enum(IMPORT_STATUSES),
  batchId: idSchema.nullable(),
  municipality: z.object({ id: idSchema.nullable(), code: z.string(), name: z.string() }),
  file: z.object({
    name: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    encoding: z.string(),
    format: z.enum(['sie', 'csv']),
    program: z.string().nullable(),
    sieType: z.string().nullable(),
    companyName: z.string().nullable(),
    orgNumber: z.string().nullable(),
    /** The date the file says it was written (SIE #GEN), YYYY-MM-DD. */
    generatedOn: z.string().nullable(),
    /** The chart of accounts the file names (SIE #KPTYP). */
    chartType: z.string().nullable(),
    lineCount: z.number().int(),
  }),
  /** Result sign per month, the months the import replaces. */
  months: z.array(
    z.object({
      period: z.number().int(),
      transactionCount: z.number().int(),
      amount: oreSchema,
      /** Whether the month had actuals from an earlier import (which this one replaces). */
      replaces: z.boolean(),
    }),
  ),
  transactionCount: z.number().int(),
  byGroup: z.array(z.object({ accountGroup: z.enum(ACCOUNT_GROUPS), amount: oreSchema })),
  byUnit: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      transactionCount: z.number().int(),
      amount: oreSchema,
    }),
  ),
  /** Transactions on balance accounts: read for reconciliation, not part of the actuals. */
  balanceAccountCount: z.number().int(),
  /** Of those, the ones on fixed-asset accounts (1000-1299), kept for the investment
   * follow-up (ledger_asset_transaction). */
  assetTransactionCount: z.number().int(),
  reconciled: z.boolean(),
  createdUnits: z.array(z.object({ code: z.string(), name: z.string() })),
  createdAccounts: z.array(z.object({ number: z.string(), name: z.string() })),
  /** Characters lost before the file reached us (U+FFFD in the file). */
  replacementCharacters: z.number().int(),
  issues: z.array(importIssueSchema),
  truncatedIssues: z.boolean(),
  /** The file's period budget (#PBUDGET), when it was asked for: a draft budget version. */
  budget: z
    .object({ budgetYear: z.number().int(), lineCount: z.number().int(), amount: oreSchema })
    .nullable(),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
