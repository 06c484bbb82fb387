import type { ImportOutcome } from '#contract/ledger-import';
import type { RequestContext } from '#server/request-context';
import { commitImport } from './import-commit';
import { importOutcome } from './import-outcome';
import { planImport } from './import-plan';
import { readImport, replacedMonths } from './import-read';
import type { LedgerImportRequest } from './import-request';

export type { ImportProgress, LedgerImportRequest } from './import-request';
export type { ImportTarget } from './import-target';

/**
 * Imports a ledger file (SIE 4) into a municipality, or checks it (dry run). Reading, mapping
 * and writing happen in one pass over the file; either the whole file is in and is the
 * actuals of exactly the months it holds, or nothing has changed. Problems are collected,
 * each with its line, and returned in the outcome rather than thrown. Three steps: plan (scan
 * and set up), read (for a check) or commit (read while writing, in one transaction).
 */
export async function importLedgerFile(
  ctx: RequestContext,
  request: LedgerImportRequest,
): Promise<ImportOutcome> {
  const planned = await planImport(ctx.db, request);
  if (planned.kind === 'answered') return planned.outcome;
  const plan = planned.plan;
  if (request.dryRun) {
    const { parts } = await readImport(plan);
    return importOutcome({ ...parts, replacedMonths: await replacedMonths(ctx.db, plan) });
  }
  return commitImport(ctx, plan);
}
