import type { RequestContext } from '#server/request-context';
import ExcelJS from 'exceljs';
import { BUDGET_STATUS_NAMES_SV, type BudgetGrid } from '#contract/budget';
import type { InputIssue } from '#contract/errors';
import {
  budgetWorkbookModel,
  changedCells,
  HEAD_ROW,
  KEY_ROW,
  readBudgetWorkbook,
  type ModelCell,
  type ModelRowStyle,
  type ReadSheet,
  type SheetModel,
  type SheetValue,
  type WorkbookIssue,
} from '#domain/budget/budget-workbook';
import { AppError } from '#server/app-error';
import { TKR_FORMAT } from '#server/documents/xlsx';
import type { FileAnswer } from '#server/http/endpoint-route';
import { swedishDateTime } from '#contract/swedish-time';
import { recordAudit } from '../audit/audit.service';
import { boardContext } from '../organisation/organisation.service';
import { budgetGrid, writeDraftCells } from './budget-versions.service';

/**
 * The budget grid as an .xlsx file and back: exceljs writes the sheets that
 * domain/budget/budget-workbook.ts lays out and hands it the values it reads.
 */

const FONT = { name: 'Calibri', size: 11 } as const;
const THIN = { style: 'thin', color: { argb: 'FF222222' } } as const;
const DOUBLE = { style: 'double', color: { argb: 'FF222222' } } as const;
/** The sums, which are not read back, on a grey ground. */
const SUM_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEDEDED' },
};

function writeCell(target: ExcelJS.Cell, cell: ModelCell): void {
  switch (cell.kind) {
    case 'empty':
      return;
    case 'text':
      target.value = cell.text;
      return;
    case 'amount':
      target.value = cell.tkr;
      target.numFmt = TKR_FORMAT;
      return;
    case 'sum':
      target.value = { formula: cell.formula, result: cell.tkr };
      target.numFmt = TKR_FORMAT;
      target.fill = SUM_FILL;
      return;
  }
}

function styleRow(row: ExcelJS.Row, style: ModelRowStyle, columns: number): void {
  if (style === 'keys') row.hidden = true;
  for (let column = 1; column <= columns; column += 1) {
    const cell = row.getCell(column);
    switch (style) {
      case 'head':
        cell.font = { ...FONT, bold: true };
        cell.border = { bottom: THIN };
        cell.alignment = { horizontal: column > 2 ? 'right' : 'left', wrapText: true };
        break;
      case 'department-total':
      case 'board-total':
        cell.font = { ...FONT, bold: true };
        cell.fill = SUM_FILL;
        cell.border = { top: THIN, ...(style === 'board-total' ? { bottom: DOUBLE } : {}) };
        break;
      case 'title':
        cell.font = { ...FONT, bold: true, size: 12 };
        break;
      case 'fact':
        cell.font = { ...FONT, bold: column === 1 };
        break;
      case 'keys':
        cell.font = { ...FONT, color: { argb: 'FF808080' } };
        break;
      case 'unit':
      case 'note':
        cell.font = FONT;
        break;
    }
  }
}

function addSheet(workbook: ExcelJS.Workbook, model: SheetModel): void {
  const columns = Math.max(0, ...model.rows.map((row) => row.cells.length));
  const sheet = workbook.addWorksheet(model.name, {
    ...(model.kind === 'year'
      ? { views: [{ state: 'frozen', xSplit: 2, ySplit: HEAD_ROW }] }
      : { views: [{}] }),
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  model.rows.forEach((row, index) => {
    const target = sheet.getRow(index + 1);
    row.cells.forEach((cell, column) => {
      writeCell(target.getCell(column + 1), cell);
    });
    styleRow(target, row.style, model.kind === 'year' ? columns : row.cells.length);
  });
  if (model.kind === 'year') {
    const names = model.rows.map((row) => {
      const cell = row.cells[1];
      return cell?.kind === 'text' ? cell.text.length : 0;
    });
    sheet.getColumn(1).width = 10;
    sheet.getColumn(2).width = Math.min(Math.max(20, ...names) + 2, 60);
    for (let column = 3; column < columns; column += 1) sheet.getColumn(column).width = 16;
    sheet.getColumn(columns).width = 22;
    sheet.getRow(KEY_ROW).hidden = true;
  } else {
    sheet.getColumn(1).width = 16;
    sheet.getColumn(2).width = 48;
  }
}

/** A name a file can be saved under, on every system. */
const fileNameOf = (name: string) => name.replace(/[\\/:*?"<>|]+/g, '-').trim();

/** A budget version as a workbook: a sheet per year, amounts in tkr exact to the öre. */
export async function exportBudgetWorkbook(
  ctx: RequestContext,
  versionId: string,
): Promise<FileAnswer> {
  const { db, clock, actor, board: at } = ctx;
  const [grid, context] = await Promise.all([
    budgetGrid(db, at, versionId),
    boardContext(db, at.municipalityId, at.boardId),
  ]);
  const now = clock.now();
  const model = budgetWorkbookModel({
    ...versionOf(grid),
    revision: grid.version.revision,
    cells: grid.cells,
    municipalityName: context.municipality.name,
    boardName: context.board.name,
    statusName: BUDGET_STATUS_NAMES_SV[grid.version.status],
    exportedAt: swedishDateTime(now.toISOString()),
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nämndkoll';
  workbook.lastModifiedBy = 'Nämndkoll';
  workbook.title = `${grid.version.name}, ${context.board.name}`;
  workbook.created = now;
  workbook.modified = now;
  // The sums are formulas with their values; Excel works them out again on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model) addSheet(workbook, sheet);
  await recordAudit(db, clock, actor, {
    action: 'document-generate',
    municipalityId: at.municipalityId,
    objectType: 'budget-version',
    objectId: versionId,
    details: { document: 'budget-workbook', format: 'xlsx', year: grid.version.budgetYear },
  });
  return {
    fileName: fileNameOf(`${grid.version.name}, ${context.board.name}.xlsx`),
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

const versionOf = (grid: BudgetGrid) => ({
  id: grid.version.id,
  name: grid.version.name,
  budgetYear: grid.version.budgetYear,
  years: grid.years,
  units: grid.units,
});

const EMPTY: SheetValue = { kind: 'empty' };

/** A value as exceljs gives it, as the domain reads it. */
function sheetValue(value: ExcelJS.CellValue): SheetValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'other', text: value ? 'SANT' : 'FALSKT' };
  if (value instanceof Date) return { kind: 'other', text: value.toISOString().slice(0, 10) };
  if ('error' in value) return { kind: 'other', text: value.error };
  if ('richText' in value) {
    return { kind: 'text', text: value.richText.map((part) => part.text).join('') };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result === undefined ? EMPTY : sheetValue(value.result);
    return {
      kind: 'formula',
      formula: value.formula ?? ('sharedFormula' in value ? value.sharedFormula : ''),
      result: result.kind === 'formula' ? EMPTY : result,
    };
  }
  if ('hyperlink' in value) return { kind: 'text', text: value.text };
  return { kind: 'other', text: '' };
}

/** The sheets of an .xlsx file with their values; null when it is not one. */
export async function readWorkbookSheets(bytes: Uint8Array): Promise<ReadSheet[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return null;
  }
  return workbook.worksheets.map((sheet) => {
    const byRow = new Map<number, SheetValue[]>();
    let last = 0;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: SheetValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        while (values.length < column - 1) values.push(EMPTY);
        values[column - 1] = sheetValue(cell.value);
      });
      byRow.set(rowNumber, values);
      last = Math.max(last, rowNumber);
    });
    return {
      name: sheet.name,
      rows: Array.from({ length: last }, (_, index) => byRow.get(index + 1) ?? []),
    };
  });
}

/** A workbook's problem as the contract's input issue: the field is "Budget 2026!D7". */
function inputIssueOf(issue: WorkbookIssue): InputIssue {
  const field =
    issue.sheet === null
      ? 'file'
      : issue.cell === null
        ? issue.sheet
        : `${issue.sheet}!${issue.cell}`;
  return {
    field,
    problem: issue.problem,
    ...(issue.value === undefined ? {} : { value: issue.value }),
    ...(issue.accountGroup === undefined ? {} : { accountGroup: issue.accountGroup }),
    ...(issue.unit === undefined ? {} : { unit: issue.unit }),
    ...(issue.expected === undefined ? {} : { expected: issue.expected }),
  };
}

/**
 * Reads a workbook exported from a version back into it: in one transaction, the cells that
 * differ from the version's are saved as saveBudgetCells saves them (re-phased, logged). Any
 * problem in the file saves nothing and names every place.
 *
 * The save is made on the revision the file was exported at: a cell the file still has as it
 * was would otherwise undo what someone saved since, so a file older than the version is
 * refused (409, with the file's revision and who saved after it). A file exported before
 * revisions names none and is read on the revision the version has as the import starts.
 */
export async function importBudgetWorkbook(
  ctx: RequestContext,
  versionId: string,
  bytes: Uint8Array,
): Promise<{ grid: BudgetGrid; changedCells: number }> {
  const at = ctx.board;
  const sheets = await readWorkbookSheets(bytes);
  return ctx.write(async (trx) => {
    const grid = await budgetGrid(trx, at, versionId);
    if (grid.version.status !== 'draft') {
      throw new AppError('conflict', 'A decided budget version is not changed', {
        details: { reason: 'budget-decided', status: grid.version.status },
      });
    }
    const reading = sheets
      ? readBudgetWorkbook(sheets, versionOf(grid))
      : {
          cells: [],
          issues: [{ sheet: null, cell: null, problem: 'not-an-xlsx' } as const],
          revision: null,
        };
    if (reading.issues.length > 0) {
      throw new AppError('invalid-request', 'The workbook cannot be read into the version', {
        issues: reading.issues.map(inputIssueOf),
      });
    }
    const baseRevision = reading.revision ?? grid.version.revision;
    const changed = await writeDraftCells(trx, ctx, {
      versionId,
      baseRevision,
      cells: changedCells(grid.cells, reading.cells),
      details: { source: 'workbook' },
    }).catch((error: unknown) => {
      throw error instanceof AppError && error.details.reason === 'edit-conflict'
        ? new AppError(error.code, 'The workbook is older than the version', {
            details: { ...error.details, fileRevision: baseRevision },
          })
        : error;
    });
    return { grid: await budgetGrid(trx, at, versionId), changedCells: changed };
  });
}
