import { describe, expect, it } from 'vitest';
import { csvRows } from '../goals/tabular-file';
import { sumOre } from '../kernel/money';
import { parsePlacementFile } from '../placements/placement-file';
import { costToDate } from '../placements/placement-days';
import { generateDemoLedger } from './demo-ledger';
import {
  DEMO_PLACEMENT_UNITS,
  demoCareCostsToDate,
  demoPlacements,
  demoPlacementsCsv,
  REGISTER_SHARE,
} from './demo-placements';
import { seededRandom } from './seeded-random';

describe('the demo placement register', () => {
  const ledger = demoCareCostsToDate(generateDemoLedger(seededRandom(1489)));
  const placements = demoPlacements(seededRandom(1489_08), ledger);

  it('is the same on every run', () => {
    expect(demoPlacements(seededRandom(1489_08), ledger)).toEqual(placements);
  });

  it('comes to about the share of each unit’s booked care January–August 2023', () => {
    for (const unitCode of DEMO_PLACEMENT_UNITS) {
      const booked = ledger.get(unitCode) ?? 0;
      const register = sumOre(
        placements.filter((p) => p.unitCode === unitCode).map((p) => costToDate(p, 2023, 8)),
      );
      expect(booked).toBeGreaterThan(0);
      const percent = (register / booked) * 100;
      expect(percent).toBeGreaterThanOrEqual(REGISTER_SHARE);
      expect(percent).toBeLessThan(REGISTER_SHARE + 2);
    }
  });

  it('reads back from its file as it was written', () => {
    const read = parsePlacementFile(csvRows(demoPlacementsCsv(placements)));
    expect(read.issues).toEqual([]);
    expect(read.placements).toEqual(
      placements.map((each, index) => ({ line: index + 2, ...each })),
    );
  });
});
