import { Link } from 'react-router';
import { getOverview } from '#contract/overview';
import { ROLE_NAMES_SV } from '#domain/access/roles';
import { shownData, useApiGet } from '../api/use-api';
import { AdministrationSection } from '../features/overview/AdministrationSection';
import { AuditSection } from '../features/overview/AuditSection';
import { MonthSection } from '../features/overview/MonthSection';
import { MyUnitsSection } from '../features/overview/MyUnitsSection';
import { PublishedSection } from '../features/overview/PublishedSection';
import { ReportSectionsSection } from '../features/overview/ReportSectionsSection';
import { ErrorAlert, LoadingMessage } from '../ui/StatusMessages';
import { useSelectedBoard } from './board-context';
import { navigationFor, OVERVIEW_PATH } from './navigation';
import { useUser } from './session-context';
import { useDocumentTitle } from './use-document-title';
import '../styles/follow-up.css';
import '../styles/overview.css';

const NO_QUERY = {};

/**
 * Översikt: each role's working page for the chosen board, from one call (getOverview): the
 * controller's month, a head's own units, the published reports and the board's statement for
 * a nämndledamot, the audit log for a revisor, users, organisation and imports for an
 * administrator. Without any of those, the places the user can go.
 */
export function OverviewPage() {
  useDocumentTitle('Översikt');
  const user = useUser();
  const choice = useSelectedBoard();
  const { state, retry } = useApiGet(
    getOverview,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    NO_QUERY,
  );
  const overview = shownData(state);
  const roles = [...new Set(user.grants.map((grant) => ROLE_NAMES_SV[grant.role]))];
  if (user.installationAdmin && !roles.includes(ROLE_NAMES_SV.admin))
    roles.push(ROLE_NAMES_SV.admin);
  const period = overview?.period ?? null;
  const empty =
    overview !== null &&
    !overview.month &&
    !overview.myUnits &&
    !overview.published &&
    !overview.audit &&
    !overview.administration &&
    overview.reportSections.length === 0;
  return (
    <div className="page" aria-busy={state.status === 'loading'}>
      <h1 className="page__title">Översikt</h1>
      <p className="page__lead">
        Välkommen, {user.displayName}. Du är inloggad som{' '}
        {roles.join(', ').toLowerCase() || 'användare utan roll'} i {choice.municipality.name},{' '}
        {choice.board.name}.
      </p>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {overview === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar översikten …</LoadingMessage>
        ) : null
      ) : (
        <>
          {overview.reportSections.length > 0 ? (
            <ReportSectionsSection sections={overview.reportSections} />
          ) : null}
          {overview.month && period ? (
            <MonthSection
              month={overview.month}
              period={period}
              latestImport={overview.latestImport}
            />
          ) : null}
          {overview.myUnits && period ? (
            <MyUnitsSection myUnits={overview.myUnits} period={period} />
          ) : null}
          {overview.published ? (
            <PublishedSection published={overview.published} boardName={choice.board.name} />
          ) : null}
          {overview.audit ? <AuditSection audit={overview.audit} /> : null}
          {overview.administration ? (
            <AdministrationSection administration={overview.administration} />
          ) : null}
          {empty ? <Places /> : null}
        </>
      )}
    </div>
  );
}

/** Where the user can go, when the overview has nothing of its own for their roles. */
function Places() {
  const user = useUser();
  const places = navigationFor(user.permissions).filter((item) => item.path !== OVERVIEW_PATH);
  return (
    <section className="section" aria-labelledby="overview-places">
      <h2 id="overview-places" className="section__title">
        Det här kan du göra
      </h2>
      {places.length === 0 ? (
        <p>Du har ingen roll i den här nämnden ännu. Kontakta administratören.</p>
      ) : (
        <ul className="overview-list">
          {places.map((item) => (
            <li key={item.path}>
              <Link to={item.path}>{item.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
