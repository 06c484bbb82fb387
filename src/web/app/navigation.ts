/** Where the pages live. Names are Swedish, as users see them in the address bar. */
export const OPERATING_STATEMENT_PATH = '/driftredovisning';
export const IMPORT_PATH = '/import';

export interface NavigationItem {
  readonly path: string;
  readonly label: string;
}

/**
 * The main menu, in the order users meet it. Only pages that exist are listed; Översikt,
 * Budget, Uppföljning, Rapporter, Mål och nyckeltal, Internkontroll and Administration are
 * added here as they are built.
 */
export const MAIN_NAVIGATION: readonly NavigationItem[] = [
  { path: OPERATING_STATEMENT_PATH, label: 'Driftredovisning' },
  { path: IMPORT_PATH, label: 'Import' },
];

/** The search parameter that names the chosen board when it is not the first one. */
export const BOARD_PARAM = 'namnd';
