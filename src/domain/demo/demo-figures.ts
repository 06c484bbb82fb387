import { ore, oreFromTkr, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';

export type GroupAmounts = Readonly<Record<AccountGroup, Ore>>;

/** Board totals per account group given in whole tkr. */
export const groupAmountsFromTkr = (
  amounts: Readonly<Record<AccountGroup, number>>,
): GroupAmounts =>
  Object.fromEntries(ACCOUNT_GROUPS.map((group) => [group, oreFromTkr(amounts[group])])) as Record<
    AccountGroup,
    Ore
  >;

/**
 * The board totals the demo is built from. The 2023 figures reproduce the interim report's
 * operating statement (001, section Ekonomi) to the tkr. The ledger totals carry öre, and the
 * unrounded sums make the table's own rounding quirk: the four cost lines round to -157 697
 * while their total rounds to -157 698.
 */
export const DEMO_ALLOCATION: Readonly<Record<number, Ore>> = {
  2022: oreFromTkr(210_126),
  2023: oreFromTkr(224_047),
};

export const DEMO_BUDGET: Readonly<Record<number, GroupAmounts>> = {
  2022: groupAmountsFromTkr({
    operating_revenue: 15_000,
    personnel_costs: -128_500,
    premises_rent: -12_100,
    purchased_services: -50_600,
    other_costs: -33_926,
    financial_items: 0,
  }),
  2023: groupAmountsFromTkr({
    operating_revenue: 16_924,
    personnel_costs: -137_901,
    premises_rent: -12_595,
    purchased_services: -57_276,
    other_costs: -33_199,
    financial_items: 0,
  }),
};

/** The full-year forecast at the interim report, August 2023. */
export const DEMO_FORECAST_2023_AUGUST: GroupAmounts = groupAmountsFromTkr({
  operating_revenue: 17_100,
  personnel_costs: -133_941,
  premises_rent: -11_800,
  purchased_services: -61_100,
  other_costs: -34_300,
  financial_items: -6,
});

/** Ledger actuals per stretch of months, in öre. */
export interface ActualStretch {
  readonly year: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly totals: GroupAmounts;
}

export const DEMO_ACTUALS: readonly ActualStretch[] = [
  {
    year: 2022,
    fromMonth: 1,
    toMonth: 8,
    totals: {
      operating_revenue: ore(996_520_810),
      personnel_costs: ore(-7_500_001_145),
      premises_rent: ore(-743_419_080),
      purchased_services: ore(-3_511_427_633),
      other_costs: ore(-1_891_870_526),
      financial_items: ore(-114_000),
    },
  },
  {
    // 2022's second half: the cost level rose and purchased care peaked in December; the
    // year ended 3,4 mnkr in surplus (001, Jämförelse mellan åren).
    year: 2022,
    fromMonth: 9,
    toMonth: 12,
    totals: {
      operating_revenue: ore(513_487_140),
      personnel_costs: ore(-4_119_958_815),
      premises_rent: ore(-376_580_400),
      purchased_services: ore(-2_378_637_794),
      other_costs: ore(-1_660_691_247),
      financial_items: ore(-86_000),
    },
  },
  {
    year: 2023,
    fromMonth: 1,
    toMonth: 8,
    totals: {
      operating_revenue: ore(1_164_638_152),
      personnel_costs: ore(-8_224_341_790),
      premises_rent: ore(-789_336_215),
      purchased_services: ore(-4_519_544_408),
      other_costs: ore(-2_236_602_164),
      financial_items: ore(-591_200),
    },
  },
];

/** Each unit's share of the board's budget per account group, in tkr (weights, not amounts). */
export const DEMO_UNIT_BUDGET_WEIGHTS: Readonly<
  Record<string, Readonly<Record<AccountGroup, number>>>
> = {
  '8111': {
    operating_revenue: 0,
    personnel_costs: 9_800,
    premises_rent: 600,
    purchased_services: 400,
    other_costs: 350,
    financial_items: 0,
  },
  '8112': {
    operating_revenue: 1_200,
    personnel_costs: 16_500,
    premises_rent: 900,
    purchased_services: 17_500,
    other_costs: 900,
    financial_items: 0,
  },
  '8113': {
    operating_revenue: 600,
    personnel_costs: 12_800,
    premises_rent: 800,
    purchased_services: 15_200,
    other_costs: 700,
    financial_items: 0,
  },
  '8114': {
    operating_revenue: 0,
    personnel_costs: 8_200,
    premises_rent: 500,
    purchased_services: 300,
    other_costs: 400,
    financial_items: 0,
  },
  '8115': {
    operating_revenue: 300,
    personnel_costs: 24_000,
    premises_rent: 700,
    purchased_services: 8_500,
    other_costs: 4_200,
    financial_items: 0,
  },
  '8121': {
    operating_revenue: 400,
    personnel_costs: 10_500,
    premises_rent: 700,
    purchased_services: 7_800,
    other_costs: 500,
    financial_items: 0,
  },
  '8122': {
    operating_revenue: 1_500,
    personnel_costs: 14_200,
    premises_rent: 1_100,
    purchased_services: 300,
    other_costs: 24_600,
    financial_items: 0,
  },
  '8123': {
    operating_revenue: 9_600,
    personnel_costs: 9_600,
    premises_rent: 5_400,
    purchased_services: 1_200,
    other_costs: 1_200,
    financial_items: 0,
  },
  '8124': {
    operating_revenue: 2_300,
    personnel_costs: 13_100,
    premises_rent: 900,
    purchased_services: 1_500,
    other_costs: 700,
    financial_items: 0,
  },
  '8125': {
    operating_revenue: 1_024,
    personnel_costs: 6_500,
    premises_rent: 400,
    purchased_services: 2_400,
    other_costs: 300,
    financial_items: 0,
  },
  '8131': {
    operating_revenue: 0,
    personnel_costs: 12_701,
    premises_rent: 595,
    purchased_services: 2_476,
    other_costs: 1_549,
    financial_items: 1,
  },
};

/**
 * How far each unit's actuals and forecast lean from its budget share, in percent, where it
 * is not 100: vacancies in the young people's investigating units, purchased care above
 * budget, fewer rented flats at Boende, unbudgeted state grants, the office adaptation.
 */
export const DEMO_UNIT_LEAN_2023: Readonly<
  Record<string, Partial<Readonly<Record<AccountGroup, number>>>>
> = {
  '8111': { personnel_costs: 92, purchased_services: 160 },
  '8112': { operating_revenue: 130, personnel_costs: 90, purchased_services: 125 },
  '8113': { personnel_costs: 91, purchased_services: 122 },
  '8114': { personnel_costs: 95 },
  '8115': { purchased_services: 112 },
  '8121': { personnel_costs: 98, purchased_services: 118 },
  '8122': { operating_revenue: 115, other_costs: 104 },
  '8123': { operating_revenue: 95, premises_rent: 90 },
  '8124': { personnel_costs: 97 },
  '8131': { purchased_services: 20, other_costs: 140 },
};

/** 2022's first half had many vacancies and remarkably little purchased care. */
export const DEMO_UNIT_LEAN_2022: Readonly<
  Record<string, Partial<Readonly<Record<AccountGroup, number>>>>
> = {
  '8111': { personnel_costs: 88 },
  '8112': { personnel_costs: 89, purchased_services: 85 },
  '8113': { personnel_costs: 90, purchased_services: 88 },
  '8121': { purchased_services: 90 },
  '8131': { other_costs: 160 },
};

/** Monthly weights per account group (January first): seasons, not amounts. */
export const DEMO_MONTH_WEIGHTS: Readonly<
  Record<number, Readonly<Record<AccountGroup, readonly number[]>>>
> = {
  2022: {
    operating_revenue: [95, 85, 105, 115, 95, 120, 75, 105, 100, 100, 110, 130],
    // July and August carry the holiday pay liability's reversal (semesterlöneskulden).
    personnel_costs: [100, 97, 102, 100, 103, 112, 60, 80, 105, 103, 104, 115],
    premises_rent: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
    purchased_services: [70, 72, 75, 78, 80, 85, 90, 96, 110, 118, 125, 140],
    other_costs: [92, 90, 95, 96, 98, 100, 104, 102, 110, 112, 118, 130],
    financial_items: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
  },
  2023: {
    operating_revenue: [90, 80, 110, 120, 90, 130, 70, 110, 100, 100, 100, 100],
    personnel_costs: [100, 97, 102, 100, 103, 112, 60, 80, 105, 103, 104, 115],
    premises_rent: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
    purchased_services: [118, 115, 112, 106, 100, 94, 90, 86, 100, 100, 100, 100],
    other_costs: [100, 96, 100, 100, 102, 104, 108, 106, 100, 100, 104, 110],
    financial_items: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
  },
};
