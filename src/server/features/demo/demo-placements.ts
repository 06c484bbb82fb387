import { generateDemoLedger } from '#domain/demo/demo-ledger';
import {
  demoCareCostsToDate,
  demoPlacements,
  demoPlacementsCsv,
  demoPlacementsSeptember,
  type DemoPlacement,
} from '#domain/demo/demo-placements';
import type { DemoTransaction } from '#domain/demo/demo-ledger';
import { seededRandom } from '#domain/demo/seeded-random';
import { csvRows } from '#domain/goals/tabular-file';
import { parsePlacementFile } from '#domain/placements/placement-file';
import type { Db } from '#server/db/types';
import { writePlacements } from '../placements/placements-import.service';

/**
 * The demo's placement register (domain/demo/demo-placements.ts): the case system's file of
 * 5 September 2023, read in as an import by the controller; and the README's example, the
 * register a month on.
 */

const DEMO_PLACEMENTS_SEED = 1489_08;

function register(transactions: readonly DemoTransaction[]): DemoPlacement[] {
  return demoPlacements(seededRandom(DEMO_PLACEMENTS_SEED), demoCareCostsToDate(transactions));
}

/** Writes the demo's register as an import of its file (not audited, as the demo's other data). */
export async function writeDemoPlacements(
  trx: Db,
  municipalityId: string,
  transactions: readonly DemoTransaction[],
): Promise<void> {
  const file = {
    name: 'placeringar-2023-08.csv',
    bytes: Buffer.from(demoPlacementsCsv(register(transactions)), 'utf8'),
  };
  const parsed = parsePlacementFile(csvRows(Buffer.from(file.bytes).toString('utf8')));
  if (parsed.placements === null) throw new Error('The demo placement register does not read back');
  await writePlacements(trx, municipalityId, file, parsed.placements, {
    at: '2023-09-05T07:00:00.000Z',
    by: 'controller',
  });
}

/** The README's example (examples/placeringar.csv): the register as of 4 October 2023. */
export function demoPlacementsExample(): Uint8Array {
  const august = register(generateDemoLedger(seededRandom(1489)));
  const september = demoPlacementsSeptember(seededRandom(DEMO_PLACEMENTS_SEED + 1), august);
  return Buffer.from(`\uFEFF${demoPlacementsCsv(september)}`, 'utf8');
}
