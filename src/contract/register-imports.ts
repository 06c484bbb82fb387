import { z } from 'zod';
import { needs } from './access';
import { idSchema } from './common';
import { defineEndpoint } from './endpoint';
import { importListEntrySchema, REGISTER_IMPORT_KINDS } from './import-history';

/**
 * The files other than the ledger read in from the web, as the CLI's import hr, import
 * placements, import assistance and import volumes read them: the CSV file's bytes as the raw
 * body (Content-Type text/csv), its name in the query. A file with problems is refused whole
 * (invalid-request), each issue's value the Swedish sentence naming line and column.
 */

/** The media type the files are sent with. */
export const CSV_MEDIA_TYPE = 'text/csv';

/** The largest file the server reads (an HR export of a large municipality's year). */
export const MAX_REGISTER_FILE_BYTES = 32 * 1024 * 1024;

/** A file's raw bytes as a request's body. */
const csvFileBody = z.instanceof(Uint8Array);

const fileQuery = z.object({ fileName: z.string().min(1).max(255) });

const municipalityParams = z.object({ municipalityId: idSchema });

/** What a file read in held. */
export const registerImportSummarySchema = z.object({
  importId: idSchema,
  fileName: z.string(),
  /** The file's rows: employee months, placements, payments, values. */
  rows: z.number().int(),
  /** The months the file holds (YYYYMM ascending); empty for placements. */
  periods: z.array(z.number().int()),
  /** Of them, the months that had figures from an earlier import (assistance, volumes). */
  replacedPeriods: z.array(z.number().int()),
  /** Placements: the units whose register the file replaced. */
  unitCodes: z.array(z.string()),
  /** Volumes: the measures. */
  measures: z.array(z.string()),
  /** HR: employees; assistance: households. */
  people: z.number().int().nullable(),
  /** Placements: the first and last date. */
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type RegisterImportSummary = z.infer<typeof registerImportSummarySchema>;

/** Read in the HR system's monthly export (sick leave), replacing the months it holds. */
export const importHrFile = defineEndpoint({
  access: needs('personnel:import'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/imports/hr/file',
  params: municipalityParams,
  query: fileQuery,
  body: csvFileBody,
  response: registerImportSummarySchema,
  bodyLimit: MAX_REGISTER_FILE_BYTES,
});

/** Read in placements, financial assistance or volumes. */
export const importRegisterFile = defineEndpoint({
  access: needs('ledger:import'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/imports/:kind/file',
  params: municipalityParams.extend({ kind: z.enum(REGISTER_IMPORT_KINDS) }),
  query: fileQuery,
  body: csvFileBody,
  response: registerImportSummarySchema,
  bodyLimit: MAX_REGISTER_FILE_BYTES,
});

/** The HR imports alone: the import history of one who reads in the HR export only. */
export const listHrImportHistory = defineEndpoint({
  access: needs('personnel:import'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/imports/hr',
  params: municipalityParams,
  query: z.object({}),
  response: z.object({ imports: z.array(importListEntrySchema) }),
});
