import { KOLADA_RIKET } from '#domain/goals/kolada';
import type { RequestContext } from '#server/request-context';
import { municipalityById } from '../organisation/organisation.service';
import { findLinkedKoladaKpis } from './indicators.repo';
import { fetchKoladaValues, koladaDataUrl, type FetchOptions } from './kolada-client';
import { importKoladaValues, type KoladaImportResult } from './kolada.service';

/**
 * `kolada sync`: the values of the KPIs the municipality's indicators are linked to, for the
 * municipality itself and Riket, fetched from Kolada's API and written as a file's would be.
 */

export type KoladaSyncResult =
  /** No indicator of the municipality is linked to a Kolada KPI: nothing to fetch. */
  | { readonly kind: 'no-linked-kpis' }
  /** Kolada had no value (changed since the date): nothing written. */
  | { readonly kind: 'no-values'; readonly url: string; readonly kpis: readonly string[] }
  | {
      readonly kind: 'imported';
      readonly url: string;
      readonly pages: number;
      readonly kpis: readonly string[];
      readonly result: KoladaImportResult;
    };

export async function syncKolada(
  ctx: RequestContext,
  request: { readonly baseUrl: string; readonly fromDate: string | null } & FetchOptions,
): Promise<KoladaSyncResult> {
  const municipality = await municipalityById(ctx.db, ctx.municipalityId);
  if (!municipality) throw new Error(`No municipality ${ctx.municipalityId}`);
  const kpis = await findLinkedKoladaKpis(ctx.db, ctx.municipalityId);
  if (kpis.length === 0) return { kind: 'no-linked-kpis' };
  const url = koladaDataUrl(request.baseUrl, {
    kpis,
    koladaIds: [municipality.code, KOLADA_RIKET],
    fromDate: request.fromDate,
  });
  const { values, pages } = await fetchKoladaValues(url, request);
  if (values.length === 0) return { kind: 'no-values', url, kpis };
  const result = await importKoladaValues(ctx, values, { kind: 'api', url });
  return { kind: 'imported', url, pages, kpis, result };
}
