import { useEffect, useRef, useState } from 'react';
import {
  AUDIT_PAGE_SIZE,
  searchAuditLog,
  type AuditEntry,
  type AuditLogResponse,
} from '#contract/audit-log';
import type { AuditNames } from '#contract/audit-text-sv';
import { ApiError, apiGet, endpointUrl } from '../../api/client';
import { shownData, useApiGet, type ApiState } from '../../api/use-api';
import type { AuditSearch } from './audit-params';

interface MorePages {
  /** The first page's address: pages of another search are not shown. */
  readonly key: string;
  readonly entries: readonly AuditEntry[];
  readonly names: AuditNames;
  /** The cursor after the last page loaded; undefined before any. */
  readonly nextCursor: number | null | undefined;
  readonly loading: boolean;
  readonly error: string | null;
}

export interface AuditPages {
  /** The first page's call; its answer holds the total. */
  readonly state: ApiState<AuditLogResponse>;
  readonly retry: () => void;
  /** Every row loaded so far, newest first. */
  readonly entries: readonly AuditEntry[];
  /** The names of the ids the rows loaded mention. */
  readonly names: AuditNames;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError: string | null;
  readonly loadMore: () => void;
}

const UNEXPECTED_SV = 'Ett oväntat fel inträffade. Försök igen eller kontakta support.';

/** A search of the audit log: the first page when the search changes, the next on request. */
export function useAuditPages(
  municipalityId: string,
  filters: Partial<AuditSearch>,
  options: { readonly skip: boolean },
): AuditPages {
  const params = { municipalityId };
  const firstQuery = { ...filters, limit: AUDIT_PAGE_SIZE };
  const { state, retry } = useApiGet(searchAuditLog, params, firstQuery, options);
  const key = endpointUrl(searchAuditLog, params, firstQuery);
  const empty: MorePages = {
    key,
    entries: [],
    names: {},
    nextCursor: undefined,
    loading: false,
    error: null,
  };
  const [more, setMore] = useState<MorePages>(empty);
  const current = more.key === key ? more : empty;
  const controller = useRef<AbortController | null>(null);
  const first = state.status === 'success' ? state.data : null;
  const nextCursor = current.nextCursor === undefined ? first?.nextCursor : current.nextCursor;

  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const loadMore = (): void => {
    if (nextCursor === null || nextCursor === undefined) return;
    controller.current?.abort();
    const call = new AbortController();
    controller.current = call;
    setMore({ ...current, loading: true, error: null });
    apiGet(searchAuditLog, params, { ...firstQuery, cursor: nextCursor }, call.signal).then(
      (page) => {
        setMore((previous) =>
          previous.key === key
            ? {
                key,
                entries: [...previous.entries, ...page.entries],
                names: { ...previous.names, ...page.names },
                nextCursor: page.nextCursor,
                loading: false,
                error: null,
              }
            : previous,
        );
      },
      (error: unknown) => {
        if (call.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : UNEXPECTED_SV;
        setMore((previous) =>
          previous.key === key ? { ...previous, loading: false, error: message } : previous,
        );
      },
    );
  };

  const shown = shownData(state);
  return {
    state,
    retry,
    entries: shown ? [...shown.entries, ...(first ? current.entries : [])] : [],
    names: shown ? { ...shown.names, ...(first ? current.names : {}) } : {},
    hasMore: first !== null && nextCursor !== null && nextCursor !== undefined,
    loadingMore: current.loading,
    moreError: current.error,
    loadMore,
  };
}
