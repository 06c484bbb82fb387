import ExcelJS from 'exceljs';
import { goalsFileIssueSv, type GoalsFileIssue } from '#domain/goals/goals-file-issues';
import { csvRows, type FileRow } from '#domain/goals/tabular-file';
import { AppError } from '#server/app-error';
import { createDecoder } from '#server/imports/text-encoding';

/**
 * A goals or outcomes file as rows of text: CSV (UTF-8 with or without a byte order mark; a file
 * that is not UTF-8 is read as Windows-1252, as Swedish Excel saves "CSV (semikolonavgränsad)"),
 * or an .xlsx workbook's first sheet, its rows by their numbers.
 */

/** A file as the command line or an upload gives it. */
export interface GoalsFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A number as the file means it: a cell formatted as a percentage holds a fraction (Excel
 * turns "81 %" typed into 0.81), so it is read as the percentage; a float's last-digit noise
 * (82.20000000000001 from a formula) is dropped.
 */
function numberText(value: number, format: string | undefined): string {
  const shown = format?.includes('%') ? value * 100 : value;
  return String(Number(shown.toPrecision(12)));
}

/** A cell as text: a number as above, a formula's value, a date as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const result =
    value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
  if (typeof result === 'number') return numberText(result, cell.numFmt);
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  return cell.text;
}

/** The first sheet's rows that have a value; null when the bytes are no workbook. */
async function workbookRows(bytes: Uint8Array): Promise<FileRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return null;
  }
  const rows: FileRow[] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    const filled = Array.from({ length: cells.length }, (_, index) => cells[index] ?? '');
    if (filled.some((cell) => cell.trim() !== '')) rows.push({ line, cells: filled });
  });
  return rows;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const decoder = createDecoder('windows-1252');
    return decoder.decode(Buffer.from(bytes)) + decoder.end();
  }
}

/** The file's rows; a file named .xlsx that is no workbook is refused, naming it. */
export async function readFileRows(file: GoalsFileInput): Promise<FileRow[]> {
  if (!/\.xlsx$/i.test(file.name)) {
    const text = decodeText(file.bytes);
    // A NUL is never in text: a workbook or another binary file named .csv.
    if (text.includes('\u0000'))
      throw fileRefused(file.name, [{ line: null, problem: 'not-text' }]);
    return csvRows(text);
  }
  const rows = await workbookRows(file.bytes);
  if (rows === null) throw fileRefused(file.name, [{ line: null, problem: 'not-xlsx' }]);
  return rows;
}

/**
 * A file refused with its problems, each an input issue naming its place (the field: "mal.csv
 * rad 4") with the Swedish sentence as its value, as the forecast sheet's import refuses one.
 */
export function fileRefused(fileName: string, issues: readonly GoalsFileIssue[]): AppError {
  return new AppError('invalid-request', 'The file has problems', {
    issues: issues.map((issue) => ({
      field: issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
      problem: issue.problem,
      value: goalsFileIssueSv(issue, fileName),
    })),
  });
}
