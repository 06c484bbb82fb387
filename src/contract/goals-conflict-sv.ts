import type { ErrorDetails } from './errors';

/**
 * A goals change refused by what the board's goals hold (details.reason), in Swedish; null
 * for any other conflict.
 */
export function goalsConflictSv(details: ErrorDetails): string | null {
  const year = typeof details.year === 'number' ? String(details.year) : '';
  switch (details.reason) {
    case 'goals-exist':
      return `Nämnden har redan mål för ${year}. Inget fördes över: ändra målen för ${year} där de är, eller läs in dem med goals import.`;
    case 'no-goals-to-carry':
      return `Nämnden har inga mål för ${year} att föra över.`;
    case 'goals-changed':
      return `Någon annan ändrade ”${typeof details.name === 'string' ? details.name : ''}” under inläsningen. Inget lästes in: läs in filen igen.`;
    default:
      return null;
  }
}
