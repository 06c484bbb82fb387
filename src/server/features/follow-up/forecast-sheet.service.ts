import type { RequestContext } from '#server/request-context';
import ExcelJS from 'exceljs';
import {
  forecastSheetIssueSv,
  forecastSheetRows,
  readForecastSheet,
  type ForecastSheetLine,
  type ReadRow,
} from '#domain/follow-up/forecast-sheet';
import { groupFigures, ZERO_FIGURES } from '#domain/follow-up/monthly-follow-up';
import { ore } from '#domain/kernel/money';
import type { OrgUnit } from '#domain/organisation/org-tree';
import { guessDelimiter, splitCsvRecord } from '#domain/ledger/csv/ledger-csv';
import { AppError } from '#server/app-error';
import { TKR_FORMAT } from '#server/documents/xlsx';
import { renderTextCsv } from '#server/documents/csv';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { readGroups, REPORT_GROUPS, seriesOf } from './follow-up-groups';
import { openMonthForChange } from './follow-up-month.service';
import { upsertImportedForecast } from './follow-up-saves.repo';
import type { BoardMonth } from './follow-up.repo';
import { boardMonthObjectId, type MonthKey } from './month-key';

/**
 * Forecasts gathered by mail (domain/follow-up/forecast-sheet.ts): the sheet out as XLSX (the
 * figures as numbers) or CSV for Swedish Excel, and back in, all rows or none, each problem
 * named by its place.
 */

export type ForecastSheetFormat = 'xlsx' | 'csv';

const SHEET_NAME = 'Prognoser';

/** The month's forecast sheet of the context's board, its making audited as every document's is. */
export async function exportForecastSheet(
  ctx: RequestContext,
  request: MonthKey & { readonly format: ForecastSheetFormat },
): Promise<Buffer | string> {
  const board = ctx.board;
  const key: MonthKey = { year: request.year, month: request.month };
  const { format } = request;
  const content = await renderForecastSheet(ctx, key, format);
  await recordAudit(ctx.db, ctx.clock, ctx.actor, {
    action: 'document-generate',
    municipalityId: board.municipalityId,
    objectType: 'follow-up-month',
    objectId: boardMonthObjectId(board, key),
    details: { document: 'forecast-sheet', format, year: key.year, month: key.month },
  });
  return content;
}

/** Per unit (not departments) and report group: the figures a forecast sheet goes out with. */
async function forecastSheetLinesOf(
  ctx: RequestContext,
  request: MonthKey,
): Promise<ForecastSheetLine[]> {
  const at: BoardMonth = { ...ctx.board, year: request.year };
  const [tree, byUnit] = await Promise.all([
    ctx.orgTree(),
    readGroups(ctx.db, at, { month: request.month }),
  ]);
  const units: OrgUnit[] = [];
  const visit = (parentId: string | null) => {
    for (const unit of tree.childrenOf(parentId)) {
      if (unit.kind === 'unit') units.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return units.flatMap((unit) =>
    REPORT_GROUPS.map((group) => {
      const data = byUnit.get(unit.id)?.get(group);
      const figures = data
        ? groupFigures(seriesOf(data, request.month), request.month)
        : ZERO_FIGURES;
      const made = data?.forecasts.find((row) => row.reportMonth === request.month);
      return {
        unitCode: unit.code,
        unitName: unit.name,
        accountGroup: group,
        budget: figures.budget,
        actualYearToDate: figures.actualYearToDate,
        forecast: made ? ore(made.amount) : null,
      };
    }),
  );
}

async function renderForecastSheet(
  ctx: RequestContext,
  key: MonthKey,
  format: ForecastSheetFormat,
): Promise<Buffer | string> {
  const rows = forecastSheetRows(await forecastSheetLinesOf(ctx, key));
  if (format === 'csv') return renderTextCsv(rows);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nämndkoll';
  const sheet = workbook.addWorksheet(SHEET_NAME);
  for (const cells of rows) sheet.addRow([...cells]);
  sheet.getRow(1).font = { bold: true };
  for (const column of [5, 6, 7]) sheet.getColumn(column).numFmt = TKR_FORMAT;
  sheet.columns.forEach((column, index) => {
    column.width = index === 1 ? 28 : index === 3 ? 22 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The file's rows with their places: "prognoser.csv rad 3" / "Prognoser!G3". */
async function readRows(fileName: string, bytes: Buffer): Promise<ReadRow[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new AppError('invalid-request', 'Not an XLSX workbook', {
        issues: [{ field: 'file', problem: 'not-xlsx', value: fileName }],
      });
    }
    const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
    const rows: ReadRow[] = [];
    sheet?.eachRow({ includeEmpty: false }, (row, number) => {
      const cells = Array.from({ length: 7 }, (_, index) => {
        const value = row.getCell(index + 1).value;
        if (value === null || value === undefined) return null;
        if (typeof value === 'number' || typeof value === 'string') return value;
        if (typeof value === 'object' && 'result' in value && typeof value.result === 'number')
          return value.result;
        return row.getCell(index + 1).text;
      });
      rows.push({
        place: `${sheet.name} rad ${String(number)}`,
        forecastPlace: `${sheet.name}!G${String(number)}`,
        cells,
      });
    });
    return rows;
  }
  const content = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = content.split(/\r?\n/);
  const delimiter = guessDelimiter(lines[0] ?? '');
  return lines.flatMap((line, index) =>
    line.trim() === ''
      ? []
      : [{ place: `${fileName} rad ${String(index + 1)}`, cells: splitCsvRecord(line, delimiter) }],
  );
}

export async function importForecastSheet(
  ctx: RequestContext,
  key: MonthKey,
  file: { name: string; bytes: Buffer },
): Promise<{ forecasts: number }> {
  const { clock, actor } = ctx;
  const board = ctx.board;
  const [header, ...rows] = await readRows(file.name, file.bytes);
  return ctx.write(async (trx) => {
    await openMonthForChange(trx, board, key);
    const tree = await orgTree(trx, board.municipalityId, board.boardId);
    const units = new Map(
      tree.units.filter((unit) => unit.kind === 'unit').map((unit) => [unit.code, unit.id]),
    );
    const read = readForecastSheet(
      header ?? { place: file.name, cells: [] },
      rows,
      new Set(units.keys()),
    );
    if (read.issues.length > 0) {
      throw new AppError('invalid-request', 'The forecast sheet has problems', {
        issues: read.issues.map((issue) => ({
          field: issue.place,
          problem: issue.problem,
          value: forecastSheetIssueSv(issue),
        })),
      });
    }
    const saved = { at: clock.now().toISOString(), by: actor.username };
    for (const forecast of read.forecasts) {
      const orgUnitId = units.get(forecast.unitCode) ?? '';
      await upsertImportedForecast(
        trx,
        { municipalityId: board.municipalityId, orgUnitId, year: key.year, month: key.month },
        forecast,
        saved,
      );
    }
    await recordAudit(trx, clock, actor, {
      action: 'forecast-import',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-month',
      objectId: boardMonthObjectId(board, key),
      after: { file: file.name, forecasts: read.forecasts.length },
    });
    return { forecasts: read.forecasts.length };
  });
}
