import { createHash } from 'node:crypto';
import { csvRows } from '#domain/goals/tabular-file';
import {
  accessLogIssueSv,
  parseAccessLogFile,
  type AccessLogIssue,
  type AccessLogRow,
} from '#domain/internal-control/access-log-file';
import { swedishDateTimeMinutes } from '#contract/swedish-time';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findAccessLogImportBySha,
  insertAccessLogImport,
  lockAccessLogImports,
} from './access-log.repo';

/**
 * import access-log: the case system's access log (domain/internal-control/access-log-file.ts)
 * into the municipality's log, every row or, on a problem, none, in one transaction. Only user
 * names, times, case numbers and events are kept. The same file (by its SHA-256) is not read
 * in twice: the draws count each user's entries.
 */

export interface AccessLogFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface AccessLogImportSummary {
  readonly importId: string;
  readonly entries: number;
  readonly users: number;
  /** The first and last entry's time, ISO in UTC. */
  readonly from: string;
  readonly to: string;
}

/** A file refused with its problems, each as its Swedish sentence naming line and column. */
function refused(fileName: string, issues: readonly AccessLogIssue[]): AppError {
  return new AppError('invalid-request', 'The access log has problems', {
    issues: issues.map((issue) => ({
      field: issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
      problem: issue.problem,
      value: accessLogIssueSv(issue, fileName),
    })),
  });
}

function decodeUtf8(file: AccessLogFileInput): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    if (!text.includes('\u0000')) return text;
  } catch {
    // Not UTF-8: refused below, as a file that is no text.
  }
  throw refused(file.name, [{ line: null, problem: 'not-text' }]);
}

/**
 * Writes a read log's entries as an import of the file, in the caller's transaction (the demo's
 * load writes its log this way); its id. Not audited here.
 */
export async function writeAccessLog(
  trx: Db,
  municipalityId: string,
  file: AccessLogFileInput,
  entries: readonly AccessLogRow[],
  stamp: { readonly at: string; readonly by: string },
): Promise<string> {
  return insertAccessLogImport(
    trx,
    {
      municipalityId,
      fileName: file.name,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      importedAt: stamp.at,
      importedBy: stamp.by,
    },
    entries,
  );
}

/** Reads the file and writes its entries, all of them or none. */
export async function importAccessLog(
  ctx: RequestContext,
  file: AccessLogFileInput,
): Promise<AccessLogImportSummary> {
  const parsed = parseAccessLogFile(csvRows(decodeUtf8(file)));
  const entries = parsed.entries;
  if (entries === null) throw refused(file.name, parsed.issues);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const municipalityId = ctx.municipalityId;
  const times = entries.map((entry) => entry.occurredAt).sort();
  const summary = {
    entries: entries.length,
    users: new Set(entries.map((entry) => entry.username)).size,
    from: times[0] ?? '',
    to: times[times.length - 1] ?? '',
  };
  return ctx.write(async (trx) => {
    await lockAccessLogImports(trx, municipalityId);
    const earlier = await findAccessLogImportBySha(trx, municipalityId, sha256);
    if (earlier) {
      throw new AppError('invalid-request', 'The access log was imported before', {
        issues: [
          {
            field: file.name,
            problem: 'already-imported',
            value: `${file.name}: Samma logg är redan inläst (${earlier.fileName}, ${swedishDateTimeMinutes(earlier.importedAt)}); den läses inte in två gånger.`,
          },
        ],
      });
    }
    const importId = await writeAccessLog(trx, municipalityId, file, entries, {
      at: ctx.clock.now().toISOString(),
      by: ctx.actor.username,
    });
    // Who read in which log is recorded; the log's rows themselves are not copied into it.
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'access-log-import',
      municipalityId,
      objectType: 'access-log',
      objectId: importId,
      after: {
        file: file.name,
        sha256,
        rowCount: summary.entries,
        users: summary.users,
        from: summary.from,
        to: summary.to,
      },
    });
    return { importId, ...summary };
  });
}
