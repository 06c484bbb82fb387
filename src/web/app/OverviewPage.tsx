import { Link } from 'react-router';
import { ROLE_NAMES_SV } from '../../domain/access/roles';
import { useBoardSelection } from './board-context';
import { navigationFor, OVERVIEW_PATH } from './navigation';
import { useUser } from './session-context';
import { useDocumentTitle } from './use-document-title';

/** Översikt: who you are signed in as, your roles, and what you can do here. */
export function OverviewPage() {
  useDocumentTitle('Översikt');
  const user = useUser();
  const selection = useBoardSelection();
  const roles = [...new Set(user.grants.map((grant) => ROLE_NAMES_SV[grant.role]))];
  if (user.installationAdmin && !roles.includes(ROLE_NAMES_SV.admin))
    roles.push(ROLE_NAMES_SV.admin);
  const places = navigationFor(user.permissions).filter((item) => item.path !== OVERVIEW_PATH);
  return (
    <div className="page">
      <h1 className="page__title">Översikt</h1>
      <p className="page__lead">
        Välkommen, {user.displayName}. Du är inloggad som{' '}
        {roles.join(', ').toLowerCase() || 'användare utan roll'}
        {selection.status === 'ready' ? ` i ${selection.selected.municipality.name}` : ''}.
      </p>
      <h2 className="section__title">Det här kan du göra</h2>
      <ul className="overview-list">
        {places.map((item) => (
          <li key={item.path}>
            <Link to={item.path}>{item.label}</Link>
            {item.coming ? <span className="overview-list__note"> (kommer)</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
