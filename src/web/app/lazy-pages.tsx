import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingMessage } from '../ui/StatusMessages';

/**
 * The pages behind the sign-in, each loaded when first shown (its own chunk, which Vite makes
 * from the dynamic import), so the sign-in page loads only what it needs. While a page's chunk
 * loads, the frame stays and the page's place says so.
 */
function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const Page = lazy(async () => ({ default: await load() }));
  function LazyPage(props: Props) {
    return (
      <Suspense fallback={<LoadingMessage>Hämtar sidan …</LoadingMessage>}>
        <Page {...props} />
      </Suspense>
    );
  }
  return LazyPage;
}

export const GoalsPage = lazyPage(
  async () => (await import('../features/goals/GoalsPage')).GoalsPage,
);
export const InternalControlPage = lazyPage(
  async () =>
    (await import('../features/internal-control/InternalControlPage')).InternalControlPage,
);
export const InterimReportsPage = lazyPage(
  async () => (await import('../features/interim-report/InterimReportsPage')).InterimReportsPage,
);
export const InterimReportPage = lazyPage(
  async () => (await import('../features/interim-report/InterimReportPage')).InterimReportPage,
);
export const ReportSectionPage = lazyPage(
  async () => (await import('../features/interim-report/ReportSectionPage')).ReportSectionPage,
);
export const VolumesPersonnelPage = lazyPage(
  async () => (await import('../features/volumes/VolumesPersonnelPage')).VolumesPersonnelPage,
);
export const AccountMappingPage = lazyPage(
  async () => (await import('../features/administration/AccountMappingPage')).AccountMappingPage,
);
export const AdministrationLayout = lazyPage(
  async () =>
    (await import('../features/administration/AdministrationLayout')).AdministrationLayout,
);
export const AdministrationStart = lazyPage(
  async () => (await import('../features/administration/AdministrationLayout')).AdministrationStart,
);
export const OrganisationAdminPage = lazyPage(
  async () =>
    (await import('../features/administration/OrganisationAdminPage')).OrganisationAdminPage,
);
export const UserAdminPage = lazyPage(
  async () => (await import('../features/administration/UserAdminPage')).UserAdminPage,
);
export const UsersAdminPage = lazyPage(
  async () => (await import('../features/administration/UsersAdminPage')).UsersAdminPage,
);
export const AuditLogPage = lazyPage(
  async () => (await import('../features/audit/AuditLogPage')).AuditLogPage,
);
export const BudgetPage = lazyPage(
  async () => (await import('../features/budget/BudgetPage')).BudgetPage,
);
export const FollowUpLayout = lazyPage(
  async () => (await import('../features/follow-up/FollowUpLayout')).FollowUpLayout,
);
export const FollowUpPage = lazyPage(
  async () => (await import('../features/follow-up/FollowUpPage')).FollowUpPage,
);
export const ForecastAccuracyPage = lazyPage(
  async () => (await import('../features/follow-up/ForecastAccuracyPage')).ForecastAccuracyPage,
);
export const UnitReportPage = lazyPage(
  async () => (await import('../features/follow-up/UnitReportPage')).UnitReportPage,
);
export const ImportPage = lazyPage(
  async () => (await import('../features/import/ImportPage')).ImportPage,
);
export const OperatingStatementPage = lazyPage(
  async () =>
    (await import('../features/operating-statement/OperatingStatementPage')).OperatingStatementPage,
);
export const PublishedReportsPage = lazyPage(
  async () => (await import('../features/reports/PublishedReportsPage')).PublishedReportsPage,
);
export const PublishedReportPage = lazyPage(
  async () => (await import('../features/reports/PublishedReportPage')).PublishedReportPage,
);
