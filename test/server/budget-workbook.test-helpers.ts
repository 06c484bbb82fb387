import ExcelJS from 'exceljs';
import type { BudgetCellDto } from '#contract/budget';

/** Reading and editing the budget workbook in the tests: cells by unit code and group key. */

export const keyOf = (cell: { orgUnitId: string; accountGroup: string; year: number }) =>
  `${cell.orgUnitId}|${cell.accountGroup}|${String(cell.year)}`;
export const amounts = (cells: readonly BudgetCellDto[]) =>
  new Map(cells.filter((cell) => cell.amount !== 0).map((cell) => [keyOf(cell), cell.amount]));

/** A workbook's cell by the unit's code (column A) and the account group's key (hidden row 1). */
export function cellOf(sheet: ExcelJS.Worksheet, code: string, key: string): ExcelJS.Cell {
  let column = 0;
  sheet.getRow(1).eachCell((cell, number) => {
    if (cell.value === key) column = number;
  });
  let row = 0;
  sheet.eachRow((candidate, number) => {
    if (candidate.getCell(1).value === code) row = number;
  });
  if (column === 0 || row === 0) throw new Error(`No cell for ${code} ${key} in ${sheet.name}`);
  return sheet.getCell(row, column);
}

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function edited(
  bytes: Buffer,
  change: (workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = await loadWorkbook(bytes);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
};
