import { negateOre, ore, sumOre, type Ore } from '../kernel/money';
import { dayNumber, parseIsoDate, type IsoDate } from '../kernel/period';
import { careDaysToDate, costToDate, dateOfDayNumber } from '../placements/placement-days';
import { PLACEMENT_COLUMNS, type LegalBasis } from '../placements/placement-file';
import { demoAccountWeights } from './demo-accounts';
import type { DemoTransaction } from './demo-ledger';
import type { SeededRandom } from './seeded-random';

/**
 * The demo's placement register (köpt vård) as the case system exports it on 5 September 2023:
 * the placements of the units that buy care, generated from a seed so that each unit's cost
 * January–August 2023 by the register is about REGISTER_SHARE of the ledger's Köp av tjänster
 * on the unit's care accounts (the rest: other purchases, and bookings of last year's care).
 * Placements that ended before 2023 are not in the file.
 */

/** The share of the ledger's Köp av tjänster Jan–Aug the register's cost comes to, in percent. */
export const REGISTER_SHARE = 92;
export const DEMO_PLACEMENTS_AS_OF = parseIsoDate('2023-08-31');

interface CareKind {
  readonly careType: string;
  readonly legalBases: readonly LegalBasis[];
  /** Daily cost in whole kr, lowest and highest. */
  readonly dailyKr: readonly [number, number];
  /** Length in days, shortest and longest. */
  readonly days: readonly [number, number];
}

const HVB: CareKind = {
  careType: 'HVB',
  legalBases: ['SoL', 'LVU'],
  dailyKr: [3400, 5600],
  days: [60, 540],
};
const FAMILY: CareKind = {
  careType: 'familjehem',
  legalBases: ['SoL', 'LVU'],
  dailyKr: [850, 1650],
  days: [180, 1500],
};
const CONSULTANT_FAMILY: CareKind = {
  careType: 'konsulentstött familjehem',
  legalBases: ['SoL', 'LVU'],
  dailyKr: [1900, 2700],
  days: [120, 900],
};
const SIS_YOUTH: CareKind = {
  careType: 'SiS',
  legalBases: ['LVU'],
  dailyKr: [5200, 7200],
  days: [30, 240],
};
const SIS_ADULT: CareKind = {
  careType: 'SiS',
  legalBases: ['LVM'],
  dailyKr: [5000, 6500],
  days: [30, 180],
};
const SUPPORTED: CareKind = {
  careType: 'stödboende',
  legalBases: ['SoL'],
  dailyKr: [1400, 2400],
  days: [90, 400],
};
const ADULT_HVB: CareKind = {
  careType: 'HVB',
  legalBases: ['SoL'],
  dailyKr: [2600, 4200],
  days: [45, 300],
};
const SHELTER: CareKind = {
  careType: 'skyddat boende',
  legalBases: ['SoL'],
  dailyKr: [1700, 2900],
  days: [20, 150],
};

/** The units that buy care and what they buy, the commonest first. */
const UNIT_CARE: Readonly<Record<string, readonly CareKind[]>> = {
  '8112': [HVB, HVB, CONSULTANT_FAMILY, FAMILY],
  '8113': [HVB, HVB, SIS_YOUTH, SUPPORTED],
  '8115': [FAMILY, FAMILY, CONSULTANT_FAMILY],
  '8121': [ADULT_HVB, ADULT_HVB, SIS_ADULT, SUPPORTED],
  '8125': [SHELTER],
};

export const DEMO_PLACEMENT_UNITS = Object.keys(UNIT_CARE);

export interface DemoPlacement {
  readonly placementRef: string;
  readonly unitCode: string;
  readonly careType: string;
  readonly legalBasis: LegalBasis;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly plannedEndDate: IsoDate | null;
  readonly dailyCost: Ore;
}

/** Each care-buying unit's Köp av tjänster January–August 2023 in the ledger, as a cost (öre). */
export function demoCareCostsToDate(transactions: readonly DemoTransaction[]): Map<string, Ore> {
  const result = new Map<string, Ore>();
  for (const unitCode of DEMO_PLACEMENT_UNITS) {
    const accounts = new Set(demoAccountWeights(unitCode, 'purchased_services').map(([a]) => a));
    const amounts = transactions
      .filter(
        (t) =>
          t.unitCode === unitCode &&
          accounts.has(t.account) &&
          t.date >= '2023-01-01' &&
          t.date <= DEMO_PLACEMENTS_AS_OF,
      )
      .map((t) => negateOre(t.amount));
    result.set(unitCode, sumOre(amounts));
  }
  return result;
}

const FIRST_START = dayNumber(parseIsoDate('2021-03-01'));
const AS_OF = dayNumber(DEMO_PLACEMENTS_AS_OF);

/** One placement active in 2023 of a kind, from the seed. */
function drawPlacement(
  random: SeededRandom,
  unitCode: string,
  kind: CareKind,
  ref: string,
): DemoPlacement {
  for (;;) {
    const start = random.integer(FIRST_START, AS_OF - 5);
    const length = random.integer(kind.days[0], kind.days[1]);
    const last = start + length - 1;
    if (last < dayNumber(parseIsoDate('2023-01-01'))) continue;
    const ended = last <= AS_OF;
    // A placement going on has a planned end (most do), some none; an ended one kept its plan.
    const planned =
      random.next() < 0.85 ? dateOfDayNumber(last + (ended ? random.integer(0, 60) : 0)) : null;
    return {
      placementRef: ref,
      unitCode,
      careType: kind.careType,
      legalBasis: random.pick(kind.legalBases),
      startDate: dateOfDayNumber(start),
      endDate: ended ? dateOfDayNumber(last) : null,
      plannedEndDate: planned,
      // Whole kr, some with öre (an index-adjusted rate).
      dailyCost: ore(
        random.integer(kind.dailyKr[0], kind.dailyKr[1]) * 100 + (random.next() < 0.3 ? 50 : 0),
      ),
    };
  }
}

/**
 * The register: per unit, placements drawn until their cost January–August 2023 reaches the
 * share of the ledger's, the last one's daily cost brought down (in whole kr) to land on it.
 */
export function demoPlacements(
  random: SeededRandom,
  ledgerCostsToDate: ReadonlyMap<string, Ore>,
): DemoPlacement[] {
  const placements: DemoPlacement[] = [];
  let number = 0;
  for (const unitCode of DEMO_PLACEMENT_UNITS) {
    const kinds = UNIT_CARE[unitCode] ?? [];
    const target = Math.round(((ledgerCostsToDate.get(unitCode) ?? 0) * REGISTER_SHARE) / 100);
    let reached = 0;
    while (reached < target) {
      number += 1;
      const ref = `PL-${String(number).padStart(4, '0')}`;
      const drawn = drawPlacement(random, unitCode, random.pick(kinds), ref);
      const days = careDaysToDate(drawn, 2023, 8);
      // The last one costs what is left, in whole kr a day (at least its kind's lowest).
      const left = target - reached;
      const placement =
        drawn.dailyCost * days > left
          ? { ...drawn, dailyCost: ore(Math.max(Math.ceil(left / days / 100), 500) * 100) }
          : drawn;
      placements.push(placement);
      reached += costToDate(placement, 2023, 8);
    }
  }
  return placements;
}

/** The register as the case system's file (placeringar-2023-08.csv). */
export function demoPlacementsCsv(placements: readonly DemoPlacement[]): string {
  const kr = (amount: Ore) =>
    `${String(Math.floor(amount / 100))},${String(amount % 100).padStart(2, '0')}`;
  return `${[
    PLACEMENT_COLUMNS.join(';'),
    ...placements.map((p) =>
      [
        p.placementRef,
        p.unitCode,
        p.careType,
        p.legalBasis,
        p.startDate,
        p.endDate ?? '',
        p.plannedEndDate ?? '',
        kr(p.dailyCost),
      ].join(';'),
    ),
  ].join('\r\n')}\r\n`;
}

/**
 * The README's example (examples/placeringar.csv): the register a month on, as exported on
 * 4 October 2023: the placements planned to end in September ended then, and new ones of
 * September (from the seed) in the units that buy care.
 */
export function demoPlacementsSeptember(
  random: SeededRandom,
  placements: readonly DemoPlacement[],
): DemoPlacement[] {
  const first = parseIsoDate('2023-09-01');
  const last = parseIsoDate('2023-09-30');
  const moved = placements.map((placement) =>
    placement.endDate === null &&
    placement.plannedEndDate !== null &&
    placement.plannedEndDate >= first &&
    placement.plannedEndDate <= last
      ? { ...placement, endDate: placement.plannedEndDate }
      : placement,
  );
  const added = DEMO_PLACEMENT_UNITS.slice(0, 3).map((unitCode, index) => {
    const kind = random.pick(UNIT_CARE[unitCode] ?? [HVB]);
    const start = dayNumber(first) + random.integer(0, 25);
    return {
      placementRef: `PL-${String(placements.length + index + 1).padStart(4, '0')}`,
      unitCode,
      careType: kind.careType,
      legalBasis: random.pick(kind.legalBases),
      startDate: dateOfDayNumber(start),
      endDate: null,
      plannedEndDate: dateOfDayNumber(start + random.integer(kind.days[0], kind.days[1])),
      dailyCost: ore(random.integer(kind.dailyKr[0], kind.dailyKr[1]) * 100),
    };
  });
  return [...moved, ...added];
}
