import { z } from 'zod';
import { needs } from './access';
import { budgetGridSchema, budgetVersionParams } from './budget';
import { defineEndpoint, defineFileEndpoint } from './endpoint';

/**
 * A budget version's grid as an Excel workbook: downloaded to work on in Excel, and read back
 * into a Förslag (domain/budget/budget-workbook.ts says what the file holds).
 */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The largest workbook the server reads (a board's grid is some tens of kB). */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

/** A file's raw bytes as a request's body (sent with the file's media type). */
export const fileBody = z.instanceof(Uint8Array);

const versionParams = budgetVersionParams;

/** The version as a workbook: a sheet per year (amounts in tkr), and one about the file. */
export const exportBudgetWorkbook = defineFileEndpoint({
  access: needs('budget:read'),
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/workbook',
  params: versionParams,
  query: z.object({}),
  file: { mediaType: XLSX_MEDIA_TYPE },
});

/**
 * Reads a workbook exported from this version (the .xlsx as the body, Content-Type
 * XLSX_MEDIA_TYPE) and saves the cells that differ, as saveBudgetCells does; only into a
 * Förslag. A problem anywhere saves nothing: the answer names every sheet and cell.
 */
export const importBudgetWorkbook = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/workbook',
  params: versionParams,
  query: z.object({}),
  body: fileBody,
  response: z.object({
    grid: budgetGridSchema,
    /** How many cells the file changed. */
    changedCells: z.number().int().min(0),
  }),
});
