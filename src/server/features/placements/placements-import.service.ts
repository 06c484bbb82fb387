import { createHash } from 'node:crypto';
import { csvRows } from '#domain/goals/tabular-file';
import type { IsoDate } from '#domain/kernel/period';
import {
  parsePlacementFile,
  placementIssueSv,
  unknownUnitIssues,
  type PlacementIssue,
  type PlacementRow,
} from '#domain/placements/placement-file';
import { AppError, notLatestImport } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findCurrentImports,
  findImportUnits,
  findLatestCommittedImport,
  findUnitsByCode,
  insertPlacementImport,
  lockPlacementImports,
  markImportUndone,
  nextImportSequence,
  setCurrentImports,
} from './placements.repo';

/**
 * import placements: the case system's placement register (domain/placements/placement-file.ts)
 * in one transaction, every row or, on a problem, none. The file replaces the register of the
 * units it names; other units keep theirs. The latest import can be undone: its units get back
 * the import each had before.
 */

export interface PlacementFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PlacementImportSummary {
  readonly importId: string;
  readonly placements: number;
  /** The units' codes whose register the file replaced, sorted. */
  readonly unitCodes: readonly string[];
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
}

/** A file refused with its problems, each as its Swedish sentence naming line and column. */
function refused(fileName: string, issues: readonly PlacementIssue[]): AppError {
  return new AppError('invalid-request', 'The placement register has problems', {
    issues: issues.map((issue) => ({
      field: issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
      problem: issue.problem,
      value: placementIssueSv(issue, fileName),
    })),
  });
}

function decodeUtf8(file: PlacementFileInput): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    if (!text.includes('\u0000')) return text;
  } catch {
    // Not UTF-8: refused below, as a file that is no text.
  }
  throw refused(file.name, [{ line: null, problem: 'not-text' }]);
}

/** The dates the file covers: its first start date to its latest date of any kind. */
function coveredDates(rows: readonly PlacementRow[]): { first: IsoDate; last: IsoDate } {
  const starts = rows.map((row) => row.startDate).sort();
  const all = rows
    .flatMap((row) => [row.startDate, row.endDate, row.plannedEndDate])
    .filter((date): date is IsoDate => date !== null)
    .sort();
  return { first: starts[0] as IsoDate, last: all[all.length - 1] as IsoDate };
}

/**
 * Writes a read register as an import, in the caller's transaction (the demo's load writes its
 * register this way); the summary. The unit codes must be the municipality's units. Not audited.
 */
export async function writePlacements(
  trx: Db,
  municipalityId: string,
  file: PlacementFileInput,
  rows: readonly PlacementRow[],
  stamp: { readonly at: string; readonly by: string },
): Promise<PlacementImportSummary> {
  const units = await findUnitsByCode(trx, municipalityId);
  const unknown = unknownUnitIssues(rows, new Set(units.keys()));
  if (unknown.length > 0) throw refused(file.name, unknown);
  await lockPlacementImports(trx, municipalityId);
  const unitIdOf = (code: string) => units.get(code)?.id ?? '';
  const unitCodes = [...new Set(rows.map((row) => row.unitCode))].sort();
  const unitIds = unitCodes.map(unitIdOf);
  const current = await findCurrentImports(trx, municipalityId, unitIds);
  const dates = coveredDates(rows);
  const importId = await insertPlacementImport(
    trx,
    {
      municipalityId,
      sequence: await nextImportSequence(trx, municipalityId),
      fileName: file.name,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      firstDate: dates.first,
      lastDate: dates.last,
      importedAt: stamp.at,
      importedBy: stamp.by,
    },
    unitIds.map((orgUnitId) => ({ orgUnitId, previousImportId: current.get(orgUnitId) ?? null })),
    rows.map((row) => ({ ...row, orgUnitId: unitIdOf(row.unitCode) })),
  );
  return {
    importId,
    placements: rows.length,
    unitCodes,
    firstDate: dates.first,
    lastDate: dates.last,
  };
}

/** Reads the file and replaces the register of its units, all rows or none; audited. */
export async function importPlacements(
  ctx: RequestContext,
  file: PlacementFileInput,
): Promise<PlacementImportSummary> {
  const parsed = parsePlacementFile(csvRows(decodeUtf8(file)));
  const rows = parsed.placements;
  if (rows === null) throw refused(file.name, parsed.issues);
  const municipalityId = ctx.municipalityId;
  return ctx.write(async (trx) => {
    const summary = await writePlacements(trx, municipalityId, file, rows, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'placements-import',
      municipalityId,
      objectType: 'placement-import',
      objectId: summary.importId,
      after: {
        file: file.name,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        rowCount: summary.placements,
        units: summary.unitCodes,
        from: summary.firstDate,
        to: summary.lastDate,
      },
    });
    return summary;
  });
}

export interface PlacementUndoSummary {
  readonly importId: string;
  readonly fileName: string;
  readonly importedAt: string;
  /** How many of its units got an earlier import back (the others have no register now). */
  readonly restoredUnits: number;
  readonly clearedUnits: number;
}

/**
 * Undoes the municipality's latest placement import not already undone: each of its units gets
 * back the import it had before (or no register). Audited; not-found when there is none.
 * Given an import's id (the import history's button), only when that import is the latest.
 */
export function undoLatestPlacementImport(
  ctx: RequestContext,
  expectedImportId?: string,
): Promise<PlacementUndoSummary> {
  const municipalityId = ctx.municipalityId;
  return ctx.write(async (trx) => {
    await lockPlacementImports(trx, municipalityId);
    const latest = await findLatestCommittedImport(trx, municipalityId);
    if (expectedImportId !== undefined && latest?.id !== expectedImportId)
      throw notLatestImport(expectedImportId);
    if (!latest) {
      throw new AppError('invalid-request', 'No placement import to undo', {
        issues: [
          {
            field: 'import',
            problem: 'nothing-to-undo',
            value: 'Det finns ingen inläsning av placeringar att ångra.',
          },
        ],
      });
    }
    const units = await findImportUnits(trx, municipalityId, latest.id);
    await setCurrentImports(
      trx,
      municipalityId,
      units.map((unit) => ({ orgUnitId: unit.orgUnitId, importId: unit.previousImportId })),
    );
    await markImportUndone(trx, municipalityId, latest.id, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    const restoredUnits = units.filter((unit) => unit.previousImportId !== null).length;
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'placements-undo',
      municipalityId,
      objectType: 'placement-import',
      objectId: latest.id,
      before: { file: latest.file_name, rowCount: latest.row_count },
      after: { restoredUnits, clearedUnits: units.length - restoredUnits },
    });
    return {
      importId: latest.id,
      fileName: latest.file_name,
      importedAt: latest.imported_at,
      restoredUnits,
      clearedUnits: units.length - restoredUnits,
    };
  });
}
