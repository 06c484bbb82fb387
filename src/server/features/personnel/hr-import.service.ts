import { createHash, createHmac, randomBytes } from 'node:crypto';
import { csvRows } from '#domain/goals/tabular-file';
import { hrIssueSv, parseHrFile, type HrIssue, type HrRow } from '#domain/personnel/hr-file';
import { AppError, notLatestImport } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findHrKeySecret,
  findLatestHrImport,
  findUnitIdsByCode,
  insertHrImport,
  insertHrKeySecret,
  lockHrImports,
  undoHrImport,
  type HrRowRecord,
} from './personnel.repo';

/**
 * import hr: the HR system's monthly export (domain/personnel/hr-file.ts) in one transaction,
 * every row or, on a problem, none. It replaces the months it holds (the latest import of a
 * month is its figures, as with the ledger); the latest import can be undone. The employee
 * number is never stored: the key is HMAC-SHA-256 of it with the municipality's secret.
 */

export interface HrFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface HrImportSummary {
  readonly importId: string;
  readonly rows: number;
  readonly employees: number;
  /** The months the file held (YYYYMM), which it replaced. */
  readonly periods: readonly number[];
}

function refused(fileName: string, issues: readonly HrIssue[]): AppError {
  return new AppError('invalid-request', 'The HR export has problems', {
    issues: issues.map((issue) => ({
      field: issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
      problem: issue.problem,
      value: hrIssueSv(issue, fileName),
    })),
  });
}

function decodeUtf8(file: HrFileInput): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    if (!text.includes('\u0000')) return text;
  } catch {
    // Not UTF-8: refused below, as a file that is no text.
  }
  throw refused(file.name, [{ line: null, problem: 'not-text' }]);
}

/** The pseudonymised key of an employee number: HMAC-SHA-256 with the secret, hex. */
export function employeeKey(secret: string, employeeNumber: string): string {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(employeeNumber).digest('hex');
}

async function keySecret(trx: Db, municipalityId: string): Promise<string> {
  const found = await findHrKeySecret(trx, municipalityId);
  if (found !== undefined) return found;
  const secret = randomBytes(32).toString('hex');
  await insertHrKeySecret(trx, municipalityId, secret);
  return secret;
}

/**
 * Writes read rows as an import of the file in the caller's transaction (the demo's load writes
 * its export this way): units checked, keys made; its id. Not audited here.
 */
export async function writeHrImport(
  trx: Db,
  municipalityId: string,
  file: HrFileInput,
  rows: readonly HrRow[],
  stamp: { readonly at: string; readonly by: string },
): Promise<string> {
  const units = await findUnitIdsByCode(trx, municipalityId);
  const unknown = rows.filter((row) => !units.has(row.unitCode));
  if (unknown.length > 0)
    throw refused(
      file.name,
      unknown.map((row) => ({
        line: row.line,
        column: 'enhet',
        problem: 'unknown-unit',
        value: row.unitCode,
      })),
    );
  const secret = await keySecret(trx, municipalityId);
  const records = rows.map((row): HrRowRecord => ({
    line: row.line,
    employeeKey: employeeKey(secret, row.employeeNumber),
    gender: row.gender,
    birthYear: row.birthYear,
    orgUnitId: units.get(row.unitCode) ?? '',
    period: row.period,
    scheduled: row.scheduled,
    sickDays1to14: row.sickDays1to14,
    sickDays15to59: row.sickDays15to59,
    sickDays60: row.sickDays60,
  }));
  return insertHrImport(
    trx,
    {
      municipalityId,
      fileName: file.name,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      importedAt: stamp.at,
      importedBy: stamp.by,
    },
    records,
  );
}

/** Reads the export and writes it, all of it or nothing, replacing the months it holds. */
export async function importHr(ctx: RequestContext, file: HrFileInput): Promise<HrImportSummary> {
  const parsed = parseHrFile(csvRows(decodeUtf8(file)));
  const rows = parsed.rows;
  if (rows === null) throw refused(file.name, parsed.issues);
  const municipalityId = ctx.municipalityId;
  const periods = [...new Set(rows.map((row) => row.period))].sort((a, b) => a - b);
  const employees = new Set(rows.map((row) => row.employeeNumber)).size;
  return ctx.write(async (trx) => {
    await lockHrImports(trx, municipalityId);
    const importId = await writeHrImport(trx, municipalityId, file, rows, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'hr-import',
      municipalityId,
      objectType: 'hr-import',
      objectId: importId,
      after: {
        file: file.name,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        rowCount: rows.length,
        employees,
        months: periods,
      },
    });
    return { importId, rows: rows.length, employees, periods };
  });
}

export interface HrUndoSummary {
  readonly importId: string;
  readonly fileName: string;
  readonly periods: readonly number[];
}

/**
 * Undoes the latest HR import not undone: its months go back to the import before. Given an
 * import's id (the import history's button), only when that import is still the latest.
 */
export async function undoLatestHrImport(
  ctx: RequestContext,
  expectedImportId?: string,
): Promise<HrUndoSummary> {
  const municipalityId = ctx.municipalityId;
  return ctx.write(async (trx) => {
    await lockHrImports(trx, municipalityId);
    const latest = await findLatestHrImport(trx, municipalityId);
    if (expectedImportId !== undefined && latest?.id !== expectedImportId)
      throw notLatestImport(expectedImportId);
    if (!latest)
      throw new AppError('not-found', 'No HR import to undo', {
        issues: [
          {
            field: 'hr',
            problem: 'nothing-to-undo',
            value: 'Det finns ingen inläst personalfil att ångra.',
          },
        ],
      });
    await undoHrImport(trx, municipalityId, latest, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'hr-import-undo',
      municipalityId,
      objectType: 'hr-import',
      objectId: latest.id,
      before: { file: latest.fileName, rowCount: latest.rowCount, months: latest.periods },
    });
    return { importId: latest.id, fileName: latest.fileName, periods: latest.periods };
  });
}
