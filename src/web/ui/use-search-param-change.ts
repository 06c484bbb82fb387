import { useSearchParams } from 'react-router';

/** Edits the address's query in place: `edit` changes a copy of the current parameters. */
export type SearchParamChange = (
  edit: (next: URLSearchParams) => void,
  options?: { readonly replace?: boolean },
) => void;

/**
 * A change to the address's query that builds on the address as it is when the change is made.
 * React Router's own functional form hands the updater the parameters of the last render, so two
 * changes before the page draws again (clearing a filter, then choosing a sort) lose the first
 * one; the browser's address already holds it.
 */
export function useSearchParamChange(): SearchParamChange {
  const [, setSearchParams] = useSearchParams();
  return (edit, options) => {
    setSearchParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        edit(next);
        return next;
      },
      { replace: options?.replace ?? false },
    );
  };
}
