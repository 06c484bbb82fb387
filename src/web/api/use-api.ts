import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { z } from 'zod';
import type { Endpoint } from '#contract/endpoint';
import { apiGet, ApiError, endpointUrl } from './client';

/**
 * A GET call's state. While a new call is loading, `stale` holds the answer of the previous
 * call (if it succeeded) so the page can keep showing it, marked as busy.
 */
export type ApiState<T> =
  | { readonly status: 'loading'; readonly stale: T | null }
  | { readonly status: 'success'; readonly data: T }
  | { readonly status: 'error'; readonly message: string; readonly retryable: boolean };

/** What to show: the answer, or the previous one while a new call is loading. */
export function shownData<T>(state: ApiState<T>): T | null {
  if (state.status === 'success') return state.data;
  return state.status === 'loading' ? state.stale : null;
}

type Outcome<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly message: string; readonly retryable: boolean };

/** Trying again helps when the network or the server failed, not when the request was wrong. */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === null || error.status >= 500;
}

interface Settled<T> {
  readonly key: string;
  readonly outcome: Outcome<T>;
}

const UNEXPECTED_SV = 'Ett oväntat fel inträffade. Försök igen eller kontakta support.';

/**
 * Calls a contract endpoint whenever its address changes; `retry` calls it again. With skip
 * it is not called (the user may not see it) and stays loading.
 */
export function useApiGet<
  P extends z.ZodType<Readonly<Record<string, string>>>,
  Q extends z.ZodType,
  R extends z.ZodType,
>(
  endpoint: Endpoint<P, Q, R>,
  params: z.output<P>,
  query: z.output<Q>,
  options: { readonly skip?: boolean } = {},
): { readonly state: ApiState<z.output<R>>; readonly retry: () => void } {
  const skip = options.skip ?? false;
  const url = endpointUrl(endpoint, params, query);
  const [attempt, setAttempt] = useState(0);
  const key = `${url}#${attempt}`;
  const [settled, setSettled] = useState<Settled<z.output<R>> | null>(null);
  // The call with this render's endpoint, parameters and query; not an effect dependency
  // itself: new but equal params objects must not call again (the key names the call).
  const call = useEffectEvent((signal: AbortSignal) => apiGet(endpoint, params, query, signal));

  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    call(controller.signal).then(
      (data) => {
        setSettled({ key, outcome: { ok: true, data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : UNEXPECTED_SV;
        setSettled({ key, outcome: { ok: false, message, retryable: isRetryable(error) } });
      },
    );
    return () => {
      controller.abort();
    };
    // The key names the call (endpoint path, parameters, query and attempt).
  }, [key, skip]);

  const retry = useCallback(() => {
    setAttempt((count) => count + 1);
  }, []);

  let state: ApiState<z.output<R>>;
  if (settled?.key === key) {
    state = settled.outcome.ok
      ? { status: 'success', data: settled.outcome.data }
      : { status: 'error', message: settled.outcome.message, retryable: settled.outcome.retryable };
  } else {
    state = { status: 'loading', stale: settled?.outcome.ok ? settled.outcome.data : null };
  }
  return { state, retry };
}
