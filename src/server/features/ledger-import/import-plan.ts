import type { ImportOutcome } from '#contract/ledger-import';
import type { ImportIssue } from '#domain/ledger/import-issue';
import type { Db } from '#server/db/types';
import { scanFile } from '#server/imports/file-lines';
import { detectEncoding, looksBinary, type TextEncodingName } from '#server/imports/text-encoding';
import { currentImportOfFile } from '../ledger/ledger.service';
import { importOutcome, type OutcomeParts } from './import-outcome';
import type { LedgerImportRequest } from './import-request';
import { readAccountMap, setUpImport, type ImportSetup } from './import-setup';
import { resolveImportTarget, type ResolvedTarget } from './import-target';

const DEFAULT_MAX_ISSUES = 200;

/** What an import of a file will do, known before its lines are read. */
export interface ImportPlan {
  readonly request: LedgerImportRequest;
  readonly target: ResolvedTarget;
  readonly file: OutcomeParts['file'];
  readonly encoding: TextEncodingName;
  /** The file's size, for the progress of reading it. */
  readonly totalBytes: number;
  /** Whether the request brings an account map of its own. */
  readonly newAccountMap: boolean;
  readonly setup: ImportSetup;
  readonly maxIssues: number;
}

/** Either the plan, or the answer already (an empty or binary file, the same file again). */
export type PlannedImport =
  | { readonly kind: 'answered'; readonly outcome: ImportOutcome }
  | { readonly kind: 'planned'; readonly plan: ImportPlan };

function declaredFormat(head: string): string | null {
  return /#FORMAT[ \t]+"?([A-Za-z0-9]+)/.exec(head)?.[1] ?? null;
}

/**
 * Plans an import: scans the file (hash, encoding), resolves the municipality, and sets up how
 * its lines are mapped. Writes nothing.
 */
export async function planImport(db: Db, request: LedgerImportRequest): Promise<PlannedImport> {
  let scanned = 0;
  const scan = await scanFile(request.path, (bytes) => {
    scanned += bytes;
    request.onProgress?.({ phase: 'scanning', bytes: scanned, totalBytes: 0 });
  });
  const target = await resolveImportTarget(db, request.target);
  const format = request.format;
  const encoding =
    request.encoding ??
    detectEncoding(scan.statistics, format === 'sie' ? declaredFormat(scan.head) : null);
  const file: OutcomeParts['file'] = {
    name: request.fileName,
    sha256: scan.sha256,
    size: scan.statistics.size,
    encoding,
    format,
    lineCount: 0,
  };
  const answered = (outcome: ImportOutcome): PlannedImport => ({ kind: 'answered', outcome });
  const refused = (issues: ImportIssue[]): PlannedImport =>
    answered(
      importOutcome({
        status: 'refused',
        batchId: null,
        municipality: target.municipality,
        file,
        issues,
      }),
    );

  if (scan.statistics.size === 0 || (scan.statistics.size < 4096 && scan.head.trim() === '')) {
    return refused([{ code: 'empty-file', line: null }]);
  }
  if (looksBinary(scan.statistics)) return refused([{ code: 'binary-file', line: null }]);
  if (target.existing && target.municipality.id) {
    const current = await currentImportOfFile(db, target.municipality.id, scan.sha256);
    if (current) {
      return answered(
        importOutcome({
          status: 'unchanged',
          batchId: current.batchId,
          municipality: target.municipality,
          file,
          issues: [],
        }),
      );
    }
  }
  const accountMap = await readAccountMap(request);
  if (accountMap.issues.length > 0) return refused(accountMap.issues);
  const setup = await setUpImport(db, request, target, accountMap.ranges, scan);
  return {
    kind: 'planned',
    plan: {
      request,
      target,
      file,
      encoding,
      totalBytes: scanned,
      newAccountMap: accountMap.ranges !== undefined,
      setup,
      maxIssues: request.maxIssues ?? DEFAULT_MAX_ISSUES,
    },
  };
}
