import type { Permission } from '#domain/access/roles';

/** Where the pages live. Names are Swedish, as users see them in the address bar. */
export const OVERVIEW_PATH = '/oversikt';
export const BUDGET_PATH = '/budget';
export const OPERATING_STATEMENT_PATH = '/driftredovisning';
/** Prognossäkerhet: a closed year's forecasts against its final actual (Uppföljning's tab). */
export const FORECAST_ACCURACY_PATH = '/prognossakerhet';
/** Månadsuppföljning; a unit's report is FOLLOW_UP_PATH/enhet/<org unit id>. */
export const FOLLOW_UP_PATH = '/uppfoljning';
export const REPORTS_PATH = '/rapporter';
/** Delårsrapport and verksamhetsberättelse: /delarsrapport/<report id>/<section key>. */
export const INTERIM_REPORT_PATH = '/delarsrapport';
export const GOALS_PATH = '/mal-och-nyckeltal';
export const INTERNAL_CONTROL_PATH = '/internkontroll';
/** Volymer och personal: placements, financial assistance, other volumes, sick leave. */
export const VOLUMES_PATH = '/volymer-och-personal';
export const IMPORT_PATH = '/import';
export const ADMINISTRATION_PATH = '/administration';
export const ACCOUNT_PATH = '/konto';
export const ORGANISATION_ADMIN_PATH = '/administration/organisation';
export const USERS_ADMIN_PATH = '/administration/anvandare';
export const ACCOUNT_MAPPING_PATH = '/administration/kontogruppering';
export const AUDIT_LOG_PATH = '/administration/granskningslogg';

/** The parts of Administration, each for those with its permission. */
export const ADMINISTRATION_SECTIONS: readonly {
  readonly path: string;
  readonly label: string;
  readonly permission: Permission;
}[] = [
  { path: ORGANISATION_ADMIN_PATH, label: 'Organisation', permission: 'administration:manage' },
  { path: USERS_ADMIN_PATH, label: 'Användare och roller', permission: 'administration:manage' },
  { path: ACCOUNT_MAPPING_PATH, label: 'Kontogruppering', permission: 'administration:manage' },
  { path: AUDIT_LOG_PATH, label: 'Granskningslogg', permission: 'audit:read' },
];

/** The parts of Uppföljning, as tabs on both pages, each for those with its permission. */
export const FOLLOW_UP_SECTIONS: readonly {
  readonly path: string;
  readonly label: string;
  readonly permission: Permission;
}[] = [
  { path: FOLLOW_UP_PATH, label: 'Månadsuppföljning', permission: 'follow-up:read' },
  { path: OPERATING_STATEMENT_PATH, label: 'Driftredovisning', permission: 'statement:read' },
  { path: FORECAST_ACCURACY_PATH, label: 'Prognossäkerhet', permission: 'follow-up:read' },
];

export interface NavigationItem {
  readonly path: string;
  readonly label: string;
  /** Shown to a user who holds any of these somewhere; none: to everyone signed in. */
  readonly anyOf: readonly Permission[];
  /** Not built yet: the page says what it will hold. */
  readonly coming?: string;
}

/** The main menu, in the order users meet it; each user sees what their roles allow. */
export const MAIN_NAVIGATION: readonly NavigationItem[] = [
  { path: OVERVIEW_PATH, label: 'Översikt', anyOf: [] },
  { path: BUDGET_PATH, label: 'Budget', anyOf: ['budget:read'] },
  // Månadsuppföljning and Driftredovisning, with a sub-navigation between them.
  { path: FOLLOW_UP_PATH, label: 'Uppföljning', anyOf: ['follow-up:read', 'statement:read'] },
  // The board's published monthly reports (a nämndledamot's page).
  { path: REPORTS_PATH, label: 'Rapporter', anyOf: ['follow-up:published'] },
  // The interim and annual reports being written (the controller and the writers).
  { path: INTERIM_REPORT_PATH, label: 'Delårsrapport', anyOf: ['reports:write'] },
  // The board's goals, indicators and assessments (every role of a board).
  { path: GOALS_PATH, label: 'Mål och nyckeltal', anyOf: ['goals:read'] },
  {
    path: INTERNAL_CONTROL_PATH,
    label: 'Internkontroll',
    // The risk analysis, the control plan and its follow-up, the samples and their review.
    anyOf: ['internal-control:read'],
  },
  {
    path: VOLUMES_PATH,
    label: 'Volymer och personal',
    // Placements, assistance and volumes (every role of a board); sick leave (controller, HR).
    anyOf: ['volumes:read', 'personnel:read'],
  },
  {
    path: IMPORT_PATH,
    label: 'Import',
    anyOf: ['ledger:import', 'ledger:history', 'personnel:import'],
  },
  {
    path: ADMINISTRATION_PATH,
    label: 'Administration',
    anyOf: ['administration:manage', 'audit:read'],
  },
];

/** The permissions that open a page of the main menu (any one of them). */
export function permissionsFor(path: string): readonly Permission[] {
  return MAIN_NAVIGATION.find((item) => item.path === path)?.anyOf ?? [];
}

/**
 * The menu items a user with these permissions sees. Pages not built yet (coming) are not in
 * the menu: their addresses still say what they will hold.
 */
export function navigationFor(permissions: readonly Permission[]): NavigationItem[] {
  return MAIN_NAVIGATION.filter(
    (item) =>
      !item.coming &&
      (item.anyOf.length === 0 ||
        item.anyOf.some((permission) => permissions.includes(permission))),
  );
}

/** The search parameter that names the chosen board when it is not the first one. */
export const BOARD_PARAM = 'namnd';

/** The search part that keeps the chosen board when going to another page ('' for the first). */
export function boardSearch(searchParams: URLSearchParams): string {
  const boardId = searchParams.get(BOARD_PARAM);
  return boardId ? `?${new URLSearchParams({ [BOARD_PARAM]: boardId }).toString()}` : '';
}
