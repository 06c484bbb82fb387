import {
  INSTALLATION_TENANT_ID,
  MAX_AUDIT_EXPORT_ROWS,
  type AuditLogFilters,
  type AuditLogResponse,
  type AuditLogSearchQuery,
} from '#contract/audit-log';
import { swedishDate, swedishDateTime } from '#contract/swedish-time';
import { auditActionNameSv, auditObjectTypeNameSv } from '#domain/access/audit-actions';
import {
  auditChangesText,
  auditDetailLines,
  auditLinesText,
  auditObjectIdSv,
  type AuditNames,
} from '#contract/audit-text-sv';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { renderTextCsv } from '#server/documents/csv';
import type { RequestContext } from '#server/request-context';
import { municipalityById } from '../organisation/organisation.service';
import { auditNamesOf } from './audit-names.repo';
import { recordAudit } from './audit.service';
import {
  countAuditRows,
  findAuditRows,
  type AuditFilters,
  type AuditLogRow,
  type AuditScope,
} from './audit-search.repo';

/** What the request's principal sees of its municipality's log (see AuditScope). */
function scopeFor(ctx: RequestContext): AuditScope {
  return {
    municipalityId: ctx.municipalityId,
    includeUnattributed: ctx.principal.installationAdmin,
  };
}

/** The filters that were given, and only those (for the export's own log row). */
function givenFilters(filters: AuditFilters): AuditFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

async function municipalityOf(db: Db, municipalityId: string) {
  const municipality = await municipalityById(db, municipalityId);
  if (!municipality) throw notFound('municipality', municipalityId);
  return municipality;
}

/** A page of a municipality's audit log, newest first, and how many rows match in all. */
export async function searchAuditLog(
  ctx: RequestContext,
  query: AuditLogSearchQuery,
): Promise<AuditLogResponse> {
  const { db, municipalityId } = ctx;
  await municipalityOf(db, municipalityId);
  const { cursor, limit, ...filters } = query;
  const scope = scopeFor(ctx);
  const [total, rows] = await Promise.all([
    countAuditRows(db, scope, filters),
    // One more than asked for tells whether there is a next page.
    findAuditRows(db, scope, filters, { olderThan: cursor, limit: limit + 1 }),
  ]);
  const entries = rows.slice(0, limit).map(toEntry);
  const last = entries.at(-1);
  return {
    entries,
    total,
    nextCursor: rows.length > limit && last ? last.seq : null,
    names: await namesOf(db, municipalityId, entries),
  };
}

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The names of the ids the rows mention (their object, and any id in before, after and
 * details), read now: the log shows what a unit or a user is called, the stored row its id.
 */
function namesOf(
  db: Db,
  municipalityId: string,
  rows: readonly Pick<AuditLogRow, 'objectId' | 'before' | 'after' | 'details'>[],
): Promise<AuditNames> {
  const ids = new Set<string>();
  for (const row of rows) {
    const text = `${row.objectId ?? ''} ${JSON.stringify([row.before, row.after, row.details])}`;
    for (const [id] of text.matchAll(UUIDS)) ids.add(id.toLowerCase());
  }
  ids.delete(INSTALLATION_TENANT_ID);
  return auditNamesOf(db, municipalityId, [...ids]);
}

/** JSON columns hold objects, lists, text, numbers, true/false or nothing. */
function json(value: unknown): AuditLogResponse['entries'][number]['before'] {
  return value === undefined ? null : (value as AuditLogResponse['entries'][number]['before']);
}

function toEntry(row: AuditLogRow): AuditLogResponse['entries'][number] {
  return { ...row, before: json(row.before), after: json(row.after), details: json(row.details) };
}

const JSON_NONE = '';
const jsonText = (value: unknown): string =>
  value === null || value === undefined ? JSON_NONE : JSON.stringify(value);

/** The chain a row is in, as the CSV names it. */
const CHAIN_NAMES_SV: Readonly<Record<AuditLogRow['chain'], string>> = {
  municipality: 'kommunen',
  installation: 'installationen',
};

export const AUDIT_CSV_HEADS = [
  'Löpnummer',
  'Kedja',
  'Nr i kedjan',
  'Tid (svensk tid)',
  'Användare',
  'Namn',
  'Händelse',
  'Objekttyp',
  'Objekt',
  'Objekt-id',
  'Ändringar',
  'Detaljer',
  'Före (JSON)',
  'Efter (JSON)',
  'Detaljer (JSON)',
  'IP-adress',
] as const;

/**
 * The rows as CSV for Swedish Excel: Swedish heads and action names, times in Swedish time,
 * the user's names as they were when the row was written, each row's chain and number in it
 * (what a check of the log names), the changes and details readable, and before and after
 * also whole, as JSON.
 */
export function renderAuditCsv(rows: readonly AuditLogRow[], names: AuditNames = {}): string {
  return renderTextCsv([
    AUDIT_CSV_HEADS,
    ...rows.map((row) => [
      String(row.seq),
      CHAIN_NAMES_SV[row.chain],
      String(row.chainSeq),
      swedishDateTime(row.occurredAt),
      row.username ?? '',
      row.displayName ?? '',
      auditActionNameSv(row.action),
      row.objectType === null ? '' : auditObjectTypeNameSv(row.objectType),
      row.objectId === null ? '' : auditObjectIdSv(row.objectId, names),
      row.objectId ?? '',
      auditChangesText(row.before, row.after, names),
      auditLinesText(auditDetailLines(row.details, names)),
      jsonText(row.before),
      jsonText(row.after),
      jsonText(row.details),
      row.ip ?? '',
    ]),
  ]);
}

/**
 * Exports the rows a search with these filters finds as CSV, and writes the export to the log
 * in the same transaction as the rows are read: no export without its record. More rows than
 * one file holds are refused (narrow the period). The file is written after the commit, so the
 * municipality's audit chain is not held while it is.
 */
export async function exportAuditLog(
  ctx: RequestContext,
  filters: AuditLogFilters,
): Promise<{ readonly fileName: string; readonly csv: string; readonly rowCount: number }> {
  const { clock, actor, municipalityId } = ctx;
  const scope = scopeFor(ctx);
  // Not ctx.write: the audit log is not data a cached answer is made of.
  const read = await ctx.db.transaction().execute(async (trx) => {
    const municipality = await municipalityOf(trx, municipalityId);
    const total = await countAuditRows(trx, scope, filters);
    if (total > MAX_AUDIT_EXPORT_ROWS) {
      throw new AppError('invalid-request', 'Too many rows for one export', {
        details: { rows: total, maxRows: MAX_AUDIT_EXPORT_ROWS },
        issues: [{ field: 'filters', problem: 'too-many-rows' }],
      });
    }
    const rows = await findAuditRows(trx, scope, filters, { limit: MAX_AUDIT_EXPORT_ROWS });
    await recordAudit(trx, clock, actor, {
      action: 'audit-log-export',
      municipalityId,
      objectType: 'audit-log',
      details: { filters: givenFilters(filters), rowCount: rows.length },
    });
    return { municipality, rows, names: await namesOf(trx, municipalityId, rows) };
  });
  const today = swedishDate(clock.now().toISOString());
  return {
    fileName: `granskningslogg-${read.municipality.code}-${today}.csv`,
    csv: renderAuditCsv(read.rows, read.names),
    rowCount: read.rows.length,
  };
}
