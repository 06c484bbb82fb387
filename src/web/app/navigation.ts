/** Where the pages live. Names are Swedish, as users see them in the address bar. */
export const OPERATING_STATEMENT_PATH = '/driftredovisning';

export interface NavigationItem {
  readonly path: string;
  readonly label: string;
}

/**
 * The main menu, in the order users meet it. Only pages that exist are listed; Översikt,
 * Budget, Uppföljning, Rapporter, Mål och nyckeltal, Internkontroll, Import and
 * Administration are added here as they are built.
 */
export const MAIN_NAVIGATION: readonly NavigationItem[] = [
  { path: OPERATING_STATEMENT_PATH, label: 'Driftredovisning' },
];

/** The search parameter that names the chosen board when it is not the first one. */
export const BOARD_PARAM = 'namnd';
