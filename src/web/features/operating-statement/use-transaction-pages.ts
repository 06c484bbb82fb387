import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import {
  getTransactionTrace,
  type TransactionTraceResponse,
  type transactionTraceQuery,
} from '#contract/operating-statement';
import { ApiError, apiGet, endpointUrl } from '../../api/client';
import { shownData, useApiGet, type ApiState } from '../../api/use-api';

/** Transactions per page: a figure's rows are shown 200 at a time. */
export const TRACE_PAGE_SIZE = 200;

type TraceQuery = Omit<z.output<typeof transactionTraceQuery>, 'offset' | 'limit'>;
type TraceRow = TransactionTraceResponse['rows'][number];

interface MorePages {
  /** The first page's address: pages of another figure are not shown. */
  readonly key: string;
  readonly rows: readonly TraceRow[];
  readonly loading: boolean;
  readonly error: string | null;
}

export interface TransactionPages {
  /** The first page's call; its answer holds the total and the sum. */
  readonly state: ApiState<TransactionTraceResponse>;
  readonly retry: () => void;
  /** Every row loaded so far, in order. */
  readonly rows: readonly TraceRow[];
  readonly loadingMore: boolean;
  readonly moreError: string | null;
  readonly loadMore: () => void;
}

/** A figure's transactions: the first page when the figure changes, the next ones on request. */
export function useTransactionPages(
  params: { readonly municipalityId: string; readonly boardId: string },
  query: TraceQuery,
): TransactionPages {
  const firstQuery = { ...query, offset: 0, limit: TRACE_PAGE_SIZE };
  const { state, retry } = useApiGet(getTransactionTrace, params, firstQuery);
  const key = endpointUrl(getTransactionTrace, params, firstQuery);
  const [more, setMore] = useState<MorePages>({ key, rows: [], loading: false, error: null });
  const current: MorePages =
    more.key === key ? more : { key, rows: [], loading: false, error: null };
  const controller = useRef<AbortController | null>(null);
  const first = shownData(state);
  const loaded = state.status === 'success' ? state.data.rows.length + current.rows.length : 0;

  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const loadMore = (): void => {
    controller.current?.abort();
    const call = new AbortController();
    controller.current = call;
    setMore({ key, rows: current.rows, loading: true, error: null });
    apiGet(
      getTransactionTrace,
      params,
      { ...query, offset: loaded, limit: TRACE_PAGE_SIZE },
      call.signal,
    ).then(
      (page) => {
        setMore((previous) =>
          previous.key === key
            ? { key, rows: [...previous.rows, ...page.rows], loading: false, error: null }
            : previous,
        );
      },
      (error: unknown) => {
        if (call.signal.aborted) return;
        const message =
          error instanceof ApiError
            ? error.message
            : 'Ett oväntat fel inträffade. Försök igen eller kontakta support.';
        setMore((previous) =>
          previous.key === key ? { ...previous, loading: false, error: message } : previous,
        );
      },
    );
  };

  return {
    state,
    retry,
    rows: first ? [...first.rows, ...(state.status === 'success' ? current.rows : [])] : [],
    loadingMore: current.loading,
    moreError: current.error,
    loadMore,
  };
}
