import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ImportPage } from '../features/import/ImportPage';
import { OperatingStatementPage } from '../features/operating-statement/OperatingStatementPage';
import { AppFrame } from './AppFrame';
import { BoardProvider } from './board-context';
import { NotFoundPage } from './NotFoundPage';
import { IMPORT_PATH, OPERATING_STATEMENT_PATH } from './navigation';

/** The start page is the operating statement for now; the query (chosen board) is kept. */
function StartRedirect() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: OPERATING_STATEMENT_PATH, search }} />;
}

/** The web app: routing in the browser, one frame around every page. */
export function App() {
  return (
    <BrowserRouter>
      <BoardProvider>
        <Routes>
          <Route element={<AppFrame />}>
            <Route index element={<StartRedirect />} />
            <Route path={OPERATING_STATEMENT_PATH} element={<OperatingStatementPage />} />
            <Route path={IMPORT_PATH} element={<ImportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BoardProvider>
    </BrowserRouter>
  );
}
