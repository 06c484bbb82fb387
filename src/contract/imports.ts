import { z } from 'zod';
import { CSV_MAPPING_FIELDS } from '../domain/ledger/csv/ledger-csv';
import { errorBodySchema } from './errors';
import { idSchema, noParams, noQuery } from './common';
import { needs } from './access';
import { defineEndpoint } from './endpoint';
import { importListEntrySchema, REGISTER_IMPORT_KINDS } from './import-history';
import { importOutcomeSchema } from './ledger-import';

export const TEXT_ENCODING_CHOICES = ['auto', 'utf-8', 'cp437', 'windows-1252'] as const;

/** The largest account map text a job request may carry (a map has a line per range). */
export const MAX_ACCOUNT_MAP_CHARACTERS = 200_000;

/** The largest ledger file the server accepts. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

/** Upload a ledger file as the raw request body (Content-Type application/octet-stream). */
export const uploadLedgerFile = defineEndpoint({
  access: needs('ledger:import'),
  method: 'POST',
  path: '/api/imports/uploads',
  params: noParams,
  query: z.object({ fileName: z.string().min(1).max(255) }),
  response: z.object({ uploadId: idSchema, fileName: z.string(), size: z.number().int() }),
});

export const csvColumnsSchema = z.object({
  ...Object.fromEntries(CSV_MAPPING_FIELDS.map((field) => [field, z.string().min(1).optional()])),
  account: z.string().min(1),
  unit: z.string().min(1),
  amount: z.string().min(1),
  delimiter: z.enum([';', ',', '\t']).optional(),
  decimal: z.enum([',', '.']).optional(),
  sign: z.enum(['debit-positive', 'result-sign']).optional(),
});

export const importTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), municipalityId: idSchema }),
  z.object({
    kind: z.literal('new'),
    code: z.string().regex(/^\d{4}$/),
    name: z.string().min(1).max(200),
    boardCode: z.string().min(1).max(20),
    boardName: z.string().min(1).max(200),
  }),
]);

export const importJobRequestSchema = z.object({
  uploadId: idSchema,
  format: z.enum(['sie', 'csv']),
  target: importTargetSchema,
  dryRun: z.boolean(),
  encoding: z.enum(TEXT_ENCODING_CHOICES).default('auto'),
  unitDimension: z.number().int().min(1).max(99).optional(),
  createUnits: z.boolean().default(false),
  defaultUnitCode: z.string().min(1).optional(),
  unitMappings: z
    .array(z.object({ fileCode: z.string().min(1), unitCode: z.string().min(1) }))
    .default([]),
  csvColumns: csvColumnsSchema.optional(),
  /**
   * An account map (account_from;account_to;account_group) replacing the municipality's
   * mapping of accounts to groups, as the text of the file the user chose.
   */
  accountMap: z
    .object({
      fileName: z.string().min(1).max(255),
      text: z.string().min(1).max(MAX_ACCOUNT_MAP_CHARACTERS),
    })
    .optional(),
});
export type ImportJobRequest = z.infer<typeof importJobRequestSchema>;

/** Start checking (dry run) or importing an uploaded file; the job runs in the background. */
export const startImportJob = defineEndpoint({
  access: needs('ledger:import'),
  method: 'POST',
  path: '/api/imports/jobs',
  params: noParams,
  query: noQuery,
  body: importJobRequestSchema,
  response: z.object({ jobId: idSchema }),
});

export const importJobSchema = z.object({
  jobId: idSchema,
  state: z.enum(['running', 'done', 'failed']),
  dryRun: z.boolean(),
  progress: z.object({
    phase: z.enum(['waiting', 'scanning', 'reading', 'writing']),
    bytes: z.number().int(),
    totalBytes: z.number().int(),
  }),
  outcome: importOutcomeSchema.nullable(),
  /** A failure that is not a problem in the file (an unknown unit given as default, a database error). */
  error: errorBodySchema.shape.error.nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const getImportJob = defineEndpoint({
  access: needs('ledger:import'),
  method: 'GET',
  path: '/api/imports/jobs/:jobId',
  params: z.object({ jobId: idSchema }),
  query: noQuery,
  response: importJobSchema,
});

const municipalityParams = z.object({ municipalityId: idSchema });

export const listImportHistory = defineEndpoint({
  access: needs('ledger:history'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/imports',
  params: municipalityParams,
  query: noQuery,
  response: z.object({ imports: z.array(importListEntrySchema) }),
});

export const undoImportBatch = defineEndpoint({
  access: needs('ledger:import'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/imports/:importId/undo',
  params: municipalityParams.extend({ importId: idSchema }),
  query: noQuery,
  response: z.object({ periods: z.array(z.number().int()) }),
});

/** What undoing an import of another kind than the ledger answers: the import, its file. */
const undoneImportSchema = z.object({ importId: idSchema, fileName: z.string() });

/**
 * Undo the latest HR import (sick leave), named by its id: refused (conflict, not-latest) when
 * a later import of the HR export is there or it is undone already.
 */
export const undoHrImportBatch = defineEndpoint({
  access: needs('personnel:import'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/imports/hr/:importId/undo',
  params: municipalityParams.extend({ importId: idSchema }),
  query: noQuery,
  response: undoneImportSchema,
});

/**
 * Undo the latest import of placements, financial assistance or volumes, named by its kind and
 * id: refused (conflict, not-latest) when it is not the latest committed import of its kind.
 */
export const undoRegisterImportBatch = defineEndpoint({
  access: needs('ledger:import'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/imports/:kind/:importId/undo',
  params: municipalityParams.extend({
    kind: z.enum(REGISTER_IMPORT_KINDS),
    importId: idSchema,
  }),
  query: noQuery,
  response: undoneImportSchema,
});

/** What the import form starts from: the remembered settings and the units to map codes to. */
export const getImportSettings = defineEndpoint({
  access: needs('ledger:import'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/import-settings',
  params: municipalityParams,
  query: noQuery,
  response: z.object({
    unitDimension: z.number().int(),
    defaultUnitCode: z.string().nullable(),
    csvColumns: csvColumnsSchema.nullable(),
    units: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
});
