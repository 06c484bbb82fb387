import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Permission } from '#domain/access/roles';
import { OVERVIEW_PATH } from './navigation';
import { useCan } from './session-context';
import { useDocumentTitle } from './use-document-title';

function NoAccess() {
  useDocumentTitle('Ingen behörighet');
  return (
    <div className="page">
      <h1 className="page__title">Ingen behörighet</h1>
      <p>
        Din roll ger inte tillgång till den här sidan. Gå till{' '}
        <Link to={OVERVIEW_PATH}>Översikt</Link> för det du kan göra, eller kontakta administratören
        om du behöver mer behörighet.
      </p>
    </div>
  );
}

/**
 * Shows the page to a user who holds any of the permissions (none listed: everyone), and a
 * plain "Ingen behörighet" to others: an address typed or kept from another user's session
 * does not call the server for what it would refuse. The server checks every call anyway.
 */
export function RequirePermission({
  anyOf,
  children,
}: {
  readonly anyOf: readonly Permission[];
  readonly children: ReactNode;
}) {
  const can = useCan();
  return anyOf.length === 0 || anyOf.some(can) ? children : <NoAccess />;
}
