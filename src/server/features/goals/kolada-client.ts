import { koladaIssueSv, parseKoladaData, type KoladaValue } from '#domain/goals/kolada';

/**
 * Fetches from Kolada's API v2 data endpoint (`/data/kpi/{kpi,…}/municipality/{id,…}`, with
 * `from_date` for the values changed since a date), following `next_page` until there is none.
 * Node's own fetch; every failure is a KoladaFetchError with a Swedish message naming the
 * address.
 */

/** Kolada could not be reached, or did not answer as its API does: the message is the user's. */
export class KoladaFetchError extends Error {
  override readonly name = 'KoladaFetchError';
}

export interface KoladaQuery {
  readonly kpis: readonly string[];
  /** Kolada ids: the municipality's code, "0000" Riket, groups. */
  readonly koladaIds: readonly string[];
  /** Only the values changed on or after this date (YYYY-MM-DD). */
  readonly fromDate: string | null;
}

/** The first page's address of a query, below the API's base URL (…/v2). */
export function koladaDataUrl(baseUrl: string, query: KoladaQuery): string {
  const path = `${baseUrl}/data/kpi/${query.kpis.map(encodeURIComponent).join(',')}/municipality/${query.koladaIds.map(encodeURIComponent).join(',')}`;
  return query.fromDate === null ? path : `${path}?from_date=${query.fromDate}`;
}

export interface FetchOptions {
  /** How long one page may take (ms). */
  readonly timeoutMs?: number;
  /** Pages at most, so a server whose next_page never ends cannot hold the command. */
  readonly maxPages?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_PAGES = 1000;

/**
 * Every value of the query's pages; a value given again on a later page replaces the earlier
 * one. Pages are followed only on the first page's server.
 */
export async function fetchKoladaValues(
  firstUrl: string,
  options: FetchOptions = {},
): Promise<{ readonly values: KoladaValue[]; readonly pages: number }> {
  const origin = new URL(firstUrl).origin;
  const byKey = new Map<string, KoladaValue>();
  const seen = new Set<string>();
  let url: string | null = firstUrl;
  let pages = 0;
  while (url !== null) {
    if (seen.has(url) || pages >= (options.maxPages ?? DEFAULT_MAX_PAGES)) {
      throw new KoladaFetchError(
        `Kolada gav sidor utan slut (sida ${String(pages + 1)}: ${url}). Inget lästes in.`,
      );
    }
    seen.add(url);
    pages += 1;
    const text = await fetchPage(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const parsed = parseKoladaData(text);
    if (!parsed.ok) {
      const where = `Svaret från Kolada (${url})`;
      throw new KoladaFetchError(
        [
          'Kolada svarade inte som dess API gör. Inget lästes in.',
          ...parsed.issues.map((issue) => `  ${koladaIssueSv(issue, where)}`),
        ].join('\n'),
      );
    }
    for (const value of parsed.data.values) {
      byKey.set(
        `${value.kpi} ${value.municipality} ${String(value.period)} ${value.gender}`,
        value,
      );
    }
    url = nextPageUrl(parsed.data.nextPage, url, origin);
  }
  return { values: [...byKey.values()], pages };
}

/** The next page's address, resolved against the page's; refused on another server. */
function nextPageUrl(nextPage: string | null, current: string, origin: string): string | null {
  if (nextPage === null || nextPage.trim() === '') return null;
  let next: URL;
  try {
    next = new URL(nextPage, current);
  } catch {
    throw new KoladaFetchError(`Kolada gav en nästa sida som inte är en adress: ${nextPage}.`);
  }
  if (next.origin !== origin) {
    throw new KoladaFetchError(
      `Kolada gav en nästa sida på en annan server (${next.origin}, väntade ${origin}); den hämtas inte. Inget lästes in.`,
    );
  }
  return next.href;
}

async function fetchPage(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new KoladaFetchError(unreachableSv(url, error, timeoutMs), { cause: error });
  }
  if (!response.ok) {
    throw new KoladaFetchError(
      `Kolada svarade ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''} på ${url}. Inget lästes in; försök igen senare.`,
    );
  }
  try {
    return await response.text();
  } catch (error) {
    throw new KoladaFetchError(unreachableSv(url, error, timeoutMs), { cause: error });
  }
}

/** Why the address could not be reached, as the user can act on it. */
function unreachableSv(url: string, error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const why =
    name === 'TimeoutError' || name === 'AbortError'
      ? `inget svar inom ${timeoutMs >= 1000 ? `${String(Math.round(timeoutMs / 1000))} sekunder` : `${String(timeoutMs)} millisekunder`}`
      : code === 'ECONNREFUSED'
        ? 'servern tog inte emot anslutningen'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? 'adressen hittades inte (inget nätverk, eller fel adress)'
          : code !== ''
            ? `nätverksfel ${code}`
            : 'nätverksfel';
  return `Kolada kunde inte nås på ${url}: ${why}. Kontrollera nätverket, eller adressen i NAMNDKOLL_KOLADA_URL. Inget lästes in.`;
}
