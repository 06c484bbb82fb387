import { Navigate, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { RequirePermission } from '../../app/RequirePermission';
import { useCan } from '../../app/session-context';
import { ADMINISTRATION_SECTIONS, boardSearch } from '../../app/navigation';

const sectionsFor = (can: ReturnType<typeof useCan>) =>
  ADMINISTRATION_SECTIONS.filter((section) => can(section.permission));

/** The chosen part, for a user whose roles allow it. */
function SectionOutlet() {
  const { pathname } = useLocation();
  const section = ADMINISTRATION_SECTIONS.find((candidate) => pathname.startsWith(candidate.path));
  return (
    <RequirePermission anyOf={section ? [section.permission] : []}>
      <Outlet />
    </RequirePermission>
  );
}

/** Administration: its parts as tabs (those the user's roles allow) over the chosen part. */
export function AdministrationLayout() {
  const can = useCan();
  const search = boardSearch(useSearchParams()[0]);
  return (
    <div className="page">
      <h1 className="page__title">Administration</h1>
      <nav className="subnav" aria-label="Administration">
        <ul className="subnav__list">
          {sectionsFor(can).map((section) => (
            <li key={section.path}>
              <NavLink className="subnav__link" to={{ pathname: section.path, search }}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <SectionOutlet />
    </div>
  );
}

/** /administration itself: the first part the user may use. */
export function AdministrationStart() {
  const first = sectionsFor(useCan())[0];
  const search = boardSearch(useSearchParams()[0]);
  return first ? <Navigate replace to={{ pathname: first.path, search }} /> : null;
}
