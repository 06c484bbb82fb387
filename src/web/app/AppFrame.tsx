import { Link, Outlet, useLocation } from 'react-router';
import { ErrorAlert, InfoNote, LoadingMessage } from '../ui/StatusMessages';
import { useBoardSelection } from './board-context';
import { MainNav } from './MainNav';
import { IMPORT_PATH } from './navigation';
import { SiteHeader } from './SiteHeader';

export const MAIN_ID = 'innehall';

/** The first tab stop: straight past header and menu to the page's content. */
function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        // Moved here rather than by the browser so the address does not get a #fragment.
        event.preventDefault();
        const main = document.getElementById(MAIN_ID);
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      Hoppa till innehållet
    </a>
  );
}

/**
 * The page, once it is known which board it is about. Without any board yet, only the import
 * page can be used: it makes the first municipality from its first ledger file.
 */
function PageContent() {
  const selection = useBoardSelection();
  const { pathname } = useLocation();
  switch (selection.status) {
    case 'loading':
      return <LoadingMessage>Hämtar kommuner och nämnder …</LoadingMessage>;
    case 'error':
      return <ErrorAlert message={selection.message} onRetry={selection.retry} />;
    case 'empty':
      return pathname === IMPORT_PATH ? (
        <Outlet />
      ) : (
        <InfoNote>
          Det finns ingen nämnd i Nämndkoll ännu. <Link to={IMPORT_PATH}>Läs in en kommun</Link> för
          att börja.
        </InfoNote>
      );
    case 'ready':
      return <Outlet />;
  }
}

/** Skip link, header, main menu and the page in <main>. */
export function AppFrame() {
  const selection = useBoardSelection();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <MainNav />
      <main id={MAIN_ID} className="main" tabIndex={-1} aria-busy={selection.status === 'loading'}>
        <PageContent />
      </main>
    </>
  );
}
