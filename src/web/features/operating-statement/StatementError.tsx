import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/StatusMessages';
import { useScopeLink } from './use-scope-link';
import type { StatementViewProps } from './view-props';

/**
 * Why the figures could not be shown, a retry when trying again can help, and below the
 * board a way back to the whole board (an org unit in an old link may no longer exist).
 */
export function StatementError({
  view,
  message,
  onRetry,
}: {
  readonly view: StatementViewProps;
  readonly message: string;
  readonly onRetry: (() => void) | undefined;
}) {
  const linkTo = useScopeLink(view.period.year, view.period.month);
  return (
    <>
      <ErrorAlert message={message} onRetry={onRetry} />
      {view.orgUnitId ? (
        <p>
          <Link to={linkTo({ orgUnitId: null, accountGroup: null })}>
            Visa hela nämndens driftredovisning
          </Link>
        </p>
      ) : null}
    </>
  );
}
