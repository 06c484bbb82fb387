import { NavLink, useSearchParams } from 'react-router';
import { boardSearch, navigationFor } from './navigation';
import { useUser } from './session-context';

/**
 * The main menu: what the user's roles allow. A chosen board other than the first stays chosen
 * from page to page.
 */
export function MainNav() {
  const user = useUser();
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  return (
    <nav className="main-nav" aria-label="Huvudmeny">
      <ul className="main-nav__list">
        {navigationFor(user.permissions).map((item) => (
          <li key={item.path} className="main-nav__item">
            <NavLink className="main-nav__link" to={{ pathname: item.path, search }}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
