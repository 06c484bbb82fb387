import { createHash } from 'node:crypto';
import { koladaIssueSv, parseKoladaData, type KoladaValue } from '#domain/goals/kolada';
import {
  koladaImportIssueSv,
  planKoladaImport,
  type KoladaImportIssue,
} from '#domain/goals/kolada-import';
import { AppError } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { municipalityById } from '../organisation/organisation.service';
import { findIndicatorsByKoladaKpi } from './indicators.repo';
import { writeKoladaValues, type KoladaOrigin } from './kolada-values.repo';
import { writeComparison, writeOutcome } from './outcomes.repo';

/**
 * Kolada's figures into the municipality's goals (issue 16): a file saved from Kolada's API v2
 * data endpoint (`import kolada`), or the pages fetched from it (`kolada sync`). In one
 * transaction: the municipality's own values of the KPIs its indicators are linked to become
 * the series' outcomes at 31 December (origin kolada), Riket's and the groups' totals the
 * series' comparison figures, and every value is kept in kolada_value; all, or on a problem
 * nothing.
 */

/** What an import did, for the one who ran it. */
export interface KoladaImportResult {
  /** Kolada's code of the municipality imported for (its kommunkod). */
  readonly municipalityCode: string;
  /** Figures kept (every gender of every item). */
  readonly values: number;
  /** Outcomes written, and of how many indicator series. */
  readonly outcomes: number;
  readonly series: number;
  /** Riket's and the groups' totals written beside the series. */
  readonly comparisons: number;
  /** The KPIs of the data no indicator is linked to. */
  readonly unlinkedKpis: readonly string[];
  /** Linked KPIs and years where Kolada has no value of the municipality. */
  readonly emptyOwn: readonly { readonly kpi: string; readonly period: number }[];
}

/** Where the figures came from: a file (its name and bytes' hash), or Kolada's API. */
export type KoladaSource =
  | { readonly kind: 'file'; readonly name: string; readonly sha256: string }
  | { readonly kind: 'api'; readonly url: string };

/** Reads a file saved from Kolada's API and imports it; its problems named by item and field. */
export async function importKoladaFile(
  ctx: RequestContext,
  file: { readonly name: string; readonly bytes: Buffer },
): Promise<KoladaImportResult> {
  const parsed = parseKoladaData(file.bytes.toString('utf8'));
  if (!parsed.ok) {
    throw new AppError('invalid-request', 'The Kolada file has problems', {
      issues: parsed.issues.map((issue) => ({
        field: issue.item === null ? 'file' : `values[${String(issue.item)}].${issue.field}`,
        problem: issue.problem,
        value: koladaIssueSv(issue, file.name),
      })),
    });
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return importKoladaValues(ctx, parsed.data.values, { kind: 'file', name: file.name, sha256 });
}

/** Imports Kolada's figures for the context's municipality, audited, in one transaction. */
export async function importKoladaValues(
  ctx: RequestContext,
  values: readonly KoladaValue[],
  source: KoladaSource,
): Promise<KoladaImportResult> {
  const municipalityId = ctx.municipalityId;
  const { clock, actor } = ctx;
  return ctx.write(async (trx) => {
    const municipality = await municipalityById(trx, municipalityId);
    if (!municipality) throw new Error(`No municipality ${municipalityId}`);
    const kpis = [...new Set(values.map((value) => value.kpi))];
    const indicators = await findIndicatorsByKoladaKpi(trx, municipalityId, kpis);
    const check = planKoladaImport(
      values,
      municipality.code,
      indicators.flatMap((indicator) =>
        indicator.koladaKpi === null
          ? []
          : [
              {
                seriesId: indicator.seriesId,
                kpi: indicator.koladaKpi,
                indicatorName: indicator.name,
                unit: indicator.unit,
              },
            ],
      ),
      source.kind === 'file',
    );
    if (!check.ok) throw refusal(check.issues);
    const { plan } = check;
    const stamp = { at: clock.now().toISOString(), by: actor.username };
    const origin: KoladaOrigin =
      source.kind === 'file'
        ? { origin: 'file', file: source.name }
        : { origin: 'api', file: null };
    await writeKoladaValues(trx, municipalityId, values, origin, stamp);
    for (const outcome of plan.outcomes) {
      await writeOutcome(
        trx,
        { ...outcome, municipalityId, origin: 'kolada', originFile: origin.file },
        stamp,
      );
    }
    for (const comparison of plan.comparisons) {
      await writeComparison(trx, municipalityId, comparison, stamp);
    }
    const result: KoladaImportResult = {
      municipalityCode: municipality.code,
      values: values.length,
      outcomes: plan.outcomes.length,
      series: new Set(plan.outcomes.map((outcome) => outcome.seriesId)).size,
      comparisons: plan.comparisons.length,
      unlinkedKpis: plan.unlinkedKpis,
      emptyOwn: plan.emptyOwn,
    };
    await recordAudit(trx, clock, actor, {
      action: 'kolada-import',
      municipalityId,
      objectType: 'kolada',
      objectId: source.kind === 'file' ? source.name : 'api',
      after: {
        ...(source.kind === 'file'
          ? { fileName: source.name, sha256: source.sha256 }
          : { url: source.url }),
        kpis: kpis.sort(),
        periods: [...new Set(values.map((value) => value.period))].sort(),
        values: result.values,
        outcomes: result.outcomes,
        comparisons: result.comparisons,
        unlinkedKpis: result.unlinkedKpis,
      },
    });
    return result;
  });
}

function refusal(issues: readonly KoladaImportIssue[]): AppError {
  return new AppError('invalid-request', 'The Kolada figures cannot be imported', {
    issues: issues.map((issue) => ({
      field: issue.kind === 'no-own-values' ? 'municipality' : issue.kpi,
      problem: issue.kind,
      value: koladaImportIssueSv(issue),
    })),
  });
}
