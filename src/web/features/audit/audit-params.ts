import { BOARD_PARAM } from '../../app/navigation';

/**
 * The search as it stands in the address, so a search can be linked and the back button
 * works: /administration/granskningslogg?anvandare=controller&fran=2026-12-01&till=...
 */
export interface AuditSearch {
  readonly user: string;
  readonly from: string;
  readonly to: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly action: string;
}

const PARAM_NAMES: Readonly<Record<keyof AuditSearch, string>> = {
  user: 'anvandare',
  from: 'fran',
  to: 'till',
  objectType: 'objekttyp',
  objectId: 'objekt',
  action: 'handelse',
};

const FIELDS = Object.keys(PARAM_NAMES) as (keyof AuditSearch)[];

export const EMPTY_SEARCH: AuditSearch = {
  user: '',
  from: '',
  to: '',
  objectType: '',
  objectId: '',
  action: '',
};

export function searchFromParams(searchParams: URLSearchParams): AuditSearch {
  const search: Record<keyof AuditSearch, string> = { ...EMPTY_SEARCH };
  for (const field of FIELDS) search[field] = searchParams.get(PARAM_NAMES[field])?.trim() ?? '';
  return search;
}

/** The address's search part for a search, keeping the chosen board. */
export function paramsOfSearch(search: AuditSearch, current: URLSearchParams): string {
  const params = new URLSearchParams();
  const boardId = current.get(BOARD_PARAM);
  if (boardId) params.set(BOARD_PARAM, boardId);
  for (const field of FIELDS) {
    const value = search[field].trim();
    if (value !== '') params.set(PARAM_NAMES[field], value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search as the API's filters: only those given. */
export function filtersOf(search: AuditSearch): Partial<AuditSearch> {
  return Object.fromEntries(
    FIELDS.flatMap((field) => (search[field] === '' ? [] : [[field, search[field]]])),
  );
}

/** Whether the search filters anything. */
export const isFiltered = (search: AuditSearch): boolean =>
  FIELDS.some((field) => search[field] !== '');
