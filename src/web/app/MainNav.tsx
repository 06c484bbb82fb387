import { NavLink, useSearchParams } from 'react-router';
import { BOARD_PARAM, MAIN_NAVIGATION } from './navigation';

/** The main menu. A chosen board other than the first stays chosen from page to page. */
export function MainNav() {
  const [searchParams] = useSearchParams();
  const boardId = searchParams.get(BOARD_PARAM);
  const search = boardId ? `?${new URLSearchParams({ [BOARD_PARAM]: boardId }).toString()}` : '';
  return (
    <nav className="main-nav" aria-label="Huvudmeny">
      <ul className="main-nav__list">
        {MAIN_NAVIGATION.map((item) => (
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
