import { createHash, createHmac, randomBytes } from 'node:crypto';
import { csvRows, type FileRow } from '#domain/goals/tabular-file';
import { parseAssistanceFile, type AssistanceRow } from '#domain/volumes/assistance-file';
import { parseVolumesFile, type VolumeRow } from '#domain/volumes/volumes-file';
import { volumeFileIssueSv, type VolumeFileIssue } from '#domain/volumes/volume-file-issues';
import { AppError, notLatestImport } from '#server/app-error';
import type { VolumeImportKind } from '#server/db/tables/volumes';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findImportMonths,
  findLatestImport,
  findMonthImports,
  findPseudonymKey,
  findUnitIdsByCode,
  insertAssistancePayments,
  insertPseudonymKey,
  insertVolumeImport,
  insertVolumeValues,
  lockVolumeImports,
  monthKey,
  nextImportSequence,
  takeOverMonths,
  undoVolumeImport,
  type VolumeMonthKey,
} from './volumes.repo';

/**
 * import assistance / import volumes: a file of financial assistance payments or of other
 * volumes into the municipality, every row or, on a problem, none, in one transaction. An
 * import replaces the months it holds (assistance: whole months; volumes: a measure's months)
 * and keeps what it replaced, so undoing the latest import of a kind gives them back.
 */

export interface VolumeFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface VolumeImportSummary {
  readonly importId: string;
  readonly rows: number;
  /** Assistance: distinct households; volumes: distinct measures. */
  readonly households?: number;
  readonly measures?: readonly string[];
  /** The months the file holds, YYYYMM ascending. */
  readonly periods: readonly number[];
  /** Of them, the months that had figures from an earlier import. */
  readonly replacedPeriods: readonly number[];
}

function refused(fileName: string, issues: readonly VolumeFileIssue[]): AppError {
  return new AppError('invalid-request', 'The file has problems', {
    issues: issues.map((issue) => ({
      field: issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
      problem: issue.problem,
      value: volumeFileIssueSv(issue, fileName),
    })),
  });
}

function fileRows(file: VolumeFileInput): FileRow[] {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    if (!text.includes('\u0000')) return csvRows(text);
  } catch {
    // Not UTF-8: refused below, as a file that is no text.
  }
  throw refused(file.name, [{ line: null, problem: 'not-text' }]);
}

/** The rows' unit codes as unit ids, or a problem for each row whose unit does not exist. */
function unitIds(
  fileName: string,
  rows: readonly { readonly line: number; readonly unitCode: string }[],
  units: ReadonlyMap<string, string>,
): string[] {
  const issues: VolumeFileIssue[] = rows
    .filter((row) => !units.has(row.unitCode))
    .map((row) => ({
      line: row.line,
      column: 'enhet',
      problem: 'unknown-unit',
      value: row.unitCode,
    }));
  if (issues.length > 0) throw refused(fileName, issues);
  return rows.map((row) => units.get(row.unitCode) ?? '');
}

const sha256Of = (file: VolumeFileInput): string =>
  createHash('sha256').update(file.bytes).digest('hex');

/**
 * The household's pseudonym: HMAC-SHA-256 of its reference with the municipality's key (made
 * at the first import), so the same reference has the same pseudonym in every file and the
 * stored key cannot be turned back into a reference without the key.
 */
async function pseudonymiser(
  trx: Db,
  municipalityId: string,
  at: string,
): Promise<(reference: string) => string> {
  let secret = await findPseudonymKey(trx, municipalityId);
  if (secret === undefined) {
    secret = randomBytes(32).toString('hex');
    await insertPseudonymKey(trx, municipalityId, secret, at);
  }
  const key = secret;
  return (reference) => createHmac('sha256', key).update(reference).digest('hex').slice(0, 32);
}

/** Takes over the months and says which were replaced. */
async function replaceMonths(
  trx: Db,
  municipalityId: string,
  kind: VolumeImportKind,
  importId: string,
  months: readonly VolumeMonthKey[],
): Promise<number[]> {
  const before = await findMonthImports(trx, municipalityId, kind);
  const withReplaced = months.map((month) => ({
    ...month,
    replacedImportId: before.get(monthKey(month)) ?? null,
  }));
  await takeOverMonths(trx, municipalityId, kind, importId, withReplaced);
  return [
    ...new Set(
      withReplaced.filter((month) => month.replacedImportId !== null).map((m) => m.period),
    ),
  ].sort((a, b) => a - b);
}

function distinctMonths(rows: readonly { measure: string; period: number }[]): VolumeMonthKey[] {
  const seen = new Map<string, VolumeMonthKey>();
  for (const row of rows) seen.set(monthKey(row), { measure: row.measure, period: row.period });
  return [...seen.values()].sort((a, b) =>
    a.measure === b.measure ? a.period - b.period : a.measure < b.measure ? -1 : 1,
  );
}

const sortedPeriods = (rows: readonly { period: number }[]): number[] =>
  [...new Set(rows.map((row) => row.period))].sort((a, b) => a - b);

/**
 * Writes a read file's payments as an import, replacing its months, in the caller's
 * transaction (the demo's load writes its files this way); not audited here.
 */
export async function writeAssistanceImport(
  trx: Db,
  municipalityId: string,
  file: VolumeFileInput,
  entries: readonly AssistanceRow[],
  stamp: { readonly at: string; readonly by: string },
): Promise<VolumeImportSummary> {
  await lockVolumeImports(trx, municipalityId);
  const units = unitIds(file.name, entries, await findUnitIdsByCode(trx, municipalityId));
  const pseudonym = await pseudonymiser(trx, municipalityId, stamp.at);
  const importId = await insertVolumeImport(trx, {
    municipalityId,
    kind: 'assistance',
    sequence: await nextImportSequence(trx, municipalityId),
    fileName: file.name,
    sha256: sha256Of(file),
    rowCount: entries.length,
    importedAt: stamp.at,
    importedBy: stamp.by,
  });
  const keys = entries.map((entry) => pseudonym(entry.householdId));
  await insertAssistancePayments(
    trx,
    municipalityId,
    importId,
    entries.map((entry, index) => ({
      line: entry.line,
      householdKey: keys[index] ?? '',
      period: entry.period,
      unitId: units[index] ?? '',
      amountOre: entry.amountOre,
    })),
  );
  const periods = sortedPeriods(entries);
  const replacedPeriods = await replaceMonths(
    trx,
    municipalityId,
    'assistance',
    importId,
    periods.map((period) => ({ measure: '', period })),
  );
  return {
    importId,
    rows: entries.length,
    households: new Set(keys).size,
    periods,
    replacedPeriods,
  };
}

/** Reads a file of financial assistance and writes its payments, replacing its months. */
export async function importAssistance(
  ctx: RequestContext,
  file: VolumeFileInput,
): Promise<VolumeImportSummary> {
  const parsed = parseAssistanceFile(fileRows(file));
  const entries = parsed.entries;
  if (entries === null) throw refused(file.name, parsed.issues);
  const municipalityId = ctx.municipalityId;
  return ctx.write(async (trx) => {
    const summary = await writeAssistanceImport(trx, municipalityId, file, entries, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'assistance-import',
      municipalityId,
      objectType: 'volume-import',
      objectId: summary.importId,
      after: {
        file: file.name,
        sha256: sha256Of(file),
        rowCount: summary.rows,
        households: summary.households,
        months: summary.periods,
        replacedMonths: summary.replacedPeriods,
      },
    });
    return summary;
  });
}

/** Writes a read file's values as an import, replacing its measures' months; not audited. */
export async function writeVolumesImport(
  trx: Db,
  municipalityId: string,
  file: VolumeFileInput,
  entries: readonly VolumeRow[],
  stamp: { readonly at: string; readonly by: string },
): Promise<VolumeImportSummary> {
  await lockVolumeImports(trx, municipalityId);
  const units = unitIds(file.name, entries, await findUnitIdsByCode(trx, municipalityId));
  const importId = await insertVolumeImport(trx, {
    municipalityId,
    kind: 'volumes',
    sequence: await nextImportSequence(trx, municipalityId),
    fileName: file.name,
    sha256: sha256Of(file),
    rowCount: entries.length,
    importedAt: stamp.at,
    importedBy: stamp.by,
  });
  await insertVolumeValues(
    trx,
    municipalityId,
    importId,
    entries.map((entry, index) => ({
      line: entry.line,
      measure: entry.measure,
      period: entry.period,
      unitId: units[index] ?? '',
      value: entry.value,
    })),
  );
  const replacedPeriods = await replaceMonths(
    trx,
    municipalityId,
    'volumes',
    importId,
    distinctMonths(entries),
  );
  const measures = [...new Set(entries.map((entry) => entry.measure))].sort();
  return {
    importId,
    rows: entries.length,
    measures,
    periods: sortedPeriods(entries),
    replacedPeriods,
  };
}

/** Reads a file of other volumes and writes its values, replacing its measures' months. */
export async function importVolumes(
  ctx: RequestContext,
  file: VolumeFileInput,
): Promise<VolumeImportSummary> {
  const parsed = parseVolumesFile(fileRows(file));
  const entries = parsed.entries;
  if (entries === null) throw refused(file.name, parsed.issues);
  const municipalityId = ctx.municipalityId;
  return ctx.write(async (trx) => {
    const summary = await writeVolumesImport(trx, municipalityId, file, entries, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'volumes-import',
      municipalityId,
      objectType: 'volume-import',
      objectId: summary.importId,
      after: {
        file: file.name,
        sha256: sha256Of(file),
        rowCount: summary.rows,
        measures: summary.measures,
        months: summary.periods,
        replacedMonths: summary.replacedPeriods,
      },
    });
    return summary;
  });
}

export interface VolumeImportUndone {
  readonly importId: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly periods: readonly number[];
  /** Of them, the months whose figures now come from the import before it. */
  readonly restoredPeriods: readonly number[];
}

/**
 * Undoes the latest import of a kind that is not undone: its months go back to the imports
 * they replaced (months no earlier import held have no figures again). Audited. Given an
 * import's id (the import history's button), only when that import is the latest of its kind.
 */
export async function undoLatestVolumeImport(
  ctx: RequestContext,
  kind: VolumeImportKind,
  expectedImportId?: string,
): Promise<VolumeImportUndone> {
  const municipalityId = ctx.municipalityId;
  return ctx.write(async (trx) => {
    await lockVolumeImports(trx, municipalityId);
    const latest = await findLatestImport(trx, municipalityId, kind);
    if (expectedImportId !== undefined && latest?.id !== expectedImportId)
      throw notLatestImport(expectedImportId);
    if (!latest)
      throw new AppError('not-found', `No ${kind} import to undo`, {
        details: { entity: 'import' },
      });
    const months = await findImportMonths(trx, municipalityId, latest.id);
    await undoVolumeImport(trx, municipalityId, kind, latest.id, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    const periods = sortedPeriods(months);
    const restoredPeriods = sortedPeriods(
      months.filter((month) => month.replaced_import_id !== null),
    );
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'volume-import-undo',
      municipalityId,
      objectType: 'volume-import',
      objectId: latest.id,
      before: { file: latest.file_name, sha256: latest.sha256, months: periods },
      after: { restoredMonths: restoredPeriods },
    });
    return {
      importId: latest.id,
      fileName: latest.file_name,
      importedAt: latest.imported_at,
      periods,
      restoredPeriods,
    };
  });
}
