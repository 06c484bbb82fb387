import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorAlert, LoadingMessage } from '../ui/StatusMessages';
import { AppFrame } from './AppFrame';
import { BoardProvider } from './board-context';
import { ChangePasswordPage } from './ChangePasswordPage';
import { ComingPage } from './ComingPage';
import {
  AccountMappingPage,
  AdministrationLayout,
  AdministrationStart,
  AuditLogPage,
  BudgetPage,
  FollowUpLayout,
  FollowUpPage,
  ForecastAccuracyPage,
  GoalsPage,
  ImportPage,
  InternalControlPage,
  VolumesPersonnelPage,
  InterimReportsPage,
  InterimReportPage,
  ReportSectionPage,
  OperatingStatementPage,
  OrganisationAdminPage,
  PublishedReportPage,
  PublishedReportsPage,
  UnitReportPage,
  UserAdminPage,
  UsersAdminPage,
} from './lazy-pages';
import {
  ACCOUNT_MAPPING_PATH,
  ACCOUNT_PATH,
  ADMINISTRATION_PATH,
  BUDGET_PATH,
  AUDIT_LOG_PATH,
  FOLLOW_UP_PATH,
  FORECAST_ACCURACY_PATH,
  GOALS_PATH,
  IMPORT_PATH,
  INTERNAL_CONTROL_PATH,
  VOLUMES_PATH,
  INTERIM_REPORT_PATH,
  MAIN_NAVIGATION,
  OPERATING_STATEMENT_PATH,
  ORGANISATION_ADMIN_PATH,
  OVERVIEW_PATH,
  permissionsFor,
  REPORTS_PATH,
  USERS_ADMIN_PATH,
} from './navigation';
import { RequirePermission } from './RequirePermission';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './OverviewPage';
import { SessionProvider, useSession, useUser } from './session-context';
import { SignInPage } from './SignInPage';

/** The start page: the overview, each role's working page. */
function StartRedirect() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: OVERVIEW_PATH, search }} />;
}

/** The pages, for a signed-in user, in the frame with header and menu. */
function SignedInApp() {
  const user = useUser();
  if (user.mustChangePassword) {
    return (
      <main id="innehall" className="main" tabIndex={-1}>
        <ChangePasswordPage required />
      </main>
    );
  }
  return (
    <BoardProvider>
      <Routes>
        <Route element={<AppFrame />}>
          <Route index element={<StartRedirect />} />
          <Route path={OVERVIEW_PATH} element={<OverviewPage />} />
          <Route element={<FollowUpLayout />}>
            <Route
              path={FOLLOW_UP_PATH}
              element={
                <RequirePermission anyOf={permissionsFor(FOLLOW_UP_PATH)}>
                  <FollowUpPage />
                </RequirePermission>
              }
            />
            <Route
              path={`${FOLLOW_UP_PATH}/enhet/:orgUnitId`}
              element={
                <RequirePermission anyOf={['follow-up:read']}>
                  <UnitReportPage />
                </RequirePermission>
              }
            />
            <Route
              path={OPERATING_STATEMENT_PATH}
              element={
                <RequirePermission anyOf={['statement:read']}>
                  <OperatingStatementPage />
                </RequirePermission>
              }
            />
            <Route
              path={FORECAST_ACCURACY_PATH}
              element={
                <RequirePermission anyOf={['follow-up:read']}>
                  <ForecastAccuracyPage />
                </RequirePermission>
              }
            />
          </Route>
          <Route
            path={BUDGET_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(BUDGET_PATH)}>
                <BudgetPage />
              </RequirePermission>
            }
          />
          <Route
            path={REPORTS_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(REPORTS_PATH)}>
                <PublishedReportsPage />
              </RequirePermission>
            }
          />
          <Route
            path={`${REPORTS_PATH}/:year/:month`}
            element={
              <RequirePermission anyOf={permissionsFor(REPORTS_PATH)}>
                <PublishedReportPage />
              </RequirePermission>
            }
          />
          <Route
            path={GOALS_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(GOALS_PATH)}>
                <GoalsPage />
              </RequirePermission>
            }
          />
          <Route
            path={INTERNAL_CONTROL_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(INTERNAL_CONTROL_PATH)}>
                <InternalControlPage />
              </RequirePermission>
            }
          />
          <Route
            path={INTERIM_REPORT_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(INTERIM_REPORT_PATH)}>
                <InterimReportsPage />
              </RequirePermission>
            }
          />
          <Route
            path={`${INTERIM_REPORT_PATH}/:reportId`}
            element={
              <RequirePermission anyOf={permissionsFor(INTERIM_REPORT_PATH)}>
                <InterimReportPage />
              </RequirePermission>
            }
          />
          <Route
            path={`${INTERIM_REPORT_PATH}/:reportId/:sectionKey`}
            element={
              <RequirePermission anyOf={permissionsFor(INTERIM_REPORT_PATH)}>
                <ReportSectionPage />
              </RequirePermission>
            }
          />
          <Route
            path={VOLUMES_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(VOLUMES_PATH)}>
                <VolumesPersonnelPage />
              </RequirePermission>
            }
          />
          <Route
            path={IMPORT_PATH}
            element={
              <RequirePermission anyOf={permissionsFor(IMPORT_PATH)}>
                <ImportPage />
              </RequirePermission>
            }
          />
          <Route path={ACCOUNT_PATH} element={<ChangePasswordPage required={false} />} />
          <Route path={ADMINISTRATION_PATH} element={<AdministrationLayout />}>
            <Route index element={<AdministrationStart />} />
            <Route path={ORGANISATION_ADMIN_PATH} element={<OrganisationAdminPage />} />
            <Route path={USERS_ADMIN_PATH} element={<UsersAdminPage />} />
            <Route path={`${USERS_ADMIN_PATH}/:userId`} element={<UserAdminPage />} />
            <Route path={ACCOUNT_MAPPING_PATH} element={<AccountMappingPage />} />
            <Route path={AUDIT_LOG_PATH} element={<AuditLogPage />} />
          </Route>
          {MAIN_NAVIGATION.flatMap((item) =>
            item.coming
              ? [
                  <Route
                    key={item.path}
                    path={item.path}
                    element={<ComingPage title={item.label} description={item.coming} />}
                  />,
                ]
              : [],
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BoardProvider>
  );
}

/** Signed in: the app; signed out: the sign-in page, whatever the address. */
function SessionGate() {
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return (
        <main id="innehall" className="main" tabIndex={-1} aria-busy>
          <LoadingMessage>Startar Nämndkoll …</LoadingMessage>
        </main>
      );
    case 'error':
      return (
        <main id="innehall" className="main" tabIndex={-1}>
          <ErrorAlert message={session.message} onRetry={session.retry} />
        </main>
      );
    case 'signed-out':
      return <SignInPage sessionEnded={session.ended} />;
    case 'signed-in':
      return <SignedInApp />;
  }
}

/** The web app: routing in the browser, the session, one frame around every page. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <SessionGate />
      </SessionProvider>
    </BrowserRouter>
  );
}
