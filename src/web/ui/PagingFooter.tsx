import { useEffect, useRef } from 'react';
import { ErrorAlert } from './StatusMessages';

/**
 * Under a long table: how much is shown, and "Visa fler" while there is more. When the last
 * page has come, the button is gone and focus goes on to the count, so keyboard users keep
 * their place.
 */
export function PagingFooter({
  statusText,
  hasMore,
  loadingMore,
  moreError,
  onMore,
  holdFocus = false,
}: {
  readonly statusText: string;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError: string | null;
  readonly onMore: () => void;
  /** True while the whole table is loaded anew (a new search): focus stays where it is. */
  readonly holdFocus?: boolean;
}) {
  const status = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(hasMore);
  useEffect(() => {
    if (hadMore.current && !hasMore && !holdFocus) status.current?.focus();
    hadMore.current = hasMore;
  }, [hasMore, holdFocus]);
  return (
    <>
      <div className="paging">
        <p ref={status} className="paging__status" role="status" tabIndex={-1}>
          {statusText}
        </p>
        {hasMore ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={loadingMore}
            onClick={() => {
              // Not disabled while loading: a disabled button would lose the focus.
              if (!loadingMore) onMore();
            }}
          >
            {loadingMore ? 'Hämtar fler …' : 'Visa fler'}
          </button>
        ) : null}
      </div>
      {moreError ? <ErrorAlert message={moreError} onRetry={onMore} /> : null}
    </>
  );
}
