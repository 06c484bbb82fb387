import type { ErrorDetails } from './errors';

/**
 * A change of the risk analysis refused by what the board's risks hold (details.reason), in
 * Swedish; null for any other conflict.
 */
export function risksConflictSv(details: ErrorDetails): string | null {
  const year = typeof details.year === 'number' ? String(details.year) : '';
  switch (details.reason) {
    case 'risks-exist':
      return `Nämnden har redan en risk- och väsentlighetsanalys för ${year}. Inget kopierades: ändra riskerna för ${year} där de är.`;
    case 'no-risks-to-copy':
      return `Nämnden har ingen risk- och väsentlighetsanalys för ${year} att utgå från.`;
    default:
      return null;
  }
}
