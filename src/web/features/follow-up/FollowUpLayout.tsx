import { NavLink, Outlet, useSearchParams } from 'react-router';
import { BOARD_PARAM, FOLLOW_UP_SECTIONS } from '../../app/navigation';
import { useCan } from '../../app/session-context';
import { STATEMENT_PARAMS } from '../../ui/statement-params';
import '../../styles/follow-up.css';

/** The period and board kept from page to page: ?ar=&manad=&namnd=. */
function keptSearch(current: URLSearchParams): string {
  const next = new URLSearchParams();
  for (const name of [BOARD_PARAM, STATEMENT_PARAMS.year, STATEMENT_PARAMS.month]) {
    const value = current.get(name);
    if (value) next.set(name, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/**
 * Uppföljning: Månadsuppföljning, Driftredovisning and Prognossäkerhet as tabs (those the
 * user's roles allow, when more than one), keeping the chosen period, over the chosen page.
 */
export function FollowUpLayout() {
  const can = useCan();
  const [searchParams] = useSearchParams();
  const sections = FOLLOW_UP_SECTIONS.filter((section) => can(section.permission));
  const search = keptSearch(searchParams);
  return (
    <>
      {sections.length > 1 ? (
        <nav className="subnav follow-up-nav" aria-label="Uppföljning">
          <ul className="subnav__list">
            {sections.map((section) => (
              <li key={section.path}>
                <NavLink className="subnav__link" to={{ pathname: section.path, search }}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </>
  );
}
