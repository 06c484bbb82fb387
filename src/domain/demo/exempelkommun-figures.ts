import type { PhasingProfile } from '../budget/phasing';
import { ore, oreFromTkr, type Ore } from '../kernel/money';
import { parseIsoDate } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import type { DemoBudgetDecision } from './demo-budget';

/*
 * The figures Exempelkommun's 2025 is built from, so that its April report comes out as 003.
 *
 * How 003's two board figures are read (RULES.md: Årets resultat = nettokostnader +
 * kommunbidrag + finansnetto, kommunbidrag phased straight; avvikelse = utfall − budget):
 * - "Ackumulerat resultat uppgår till plus 13,7 mnkr": the year-to-date Årets resultat, the
 *   ledger's actual January-April plus 4/12 of the allocation (kommunbidrag).
 * - "Utfallet avviker mot budget med 10,5 mnkr": actual January-April minus the phased budget
 *   January-April (the allocation is on both sides and cancels), the sum of the units' lines.
 * - The 3,2 mnkr between them is the budget's own result to date: the budget is balanced
 *   over the year (its nettokostnader are the allocation, so the forecast result, +22 mnkr, is
 *   the sum of the units' forecast variances, as 003 says), but it is phased by calendar days
 *   (January-April 120 of 365 days, 32,9 %), while the allocation is phased straight (4/12,
 *   33,3 %). 003 shows that the budget is phased ("periodiserad") except where it says
 *   otherwise: Tillståndsenheten's revenue "ligger med rak budget". Rents are phased straight
 *   too (a rent is the same every month).
 */

/** Exempelkommun's allocation 2025 (kommunbidrag), tkr: 766 803 from the council's budget
 * and the 47 tkr the executive board added in February (kapitaltjänst and rents of finished
 * investments, 003). The budget below spends exactly this. */
export const EXEMPELKOMMUN_ALLOCATION_2025_TKR = 766_850;
export const EXEMPELKOMMUN_ALLOCATION_2025: Ore = oreFromTkr(EXEMPELKOMMUN_ALLOCATION_2025_TKR);

export const EXEMPELKOMMUN_BUDGET_DECISION: DemoBudgetDecision = {
  decidedBy: 'SN 2024-11-20 § 112',
  decidedAt: parseIsoDate('2024-11-20'),
};

export type GroupTkr = Readonly<Partial<Record<AccountGroup, number>>>;

/**
 * Budget 2025 per unit and account group, whole tkr, result sign (003 gives no budget
 * figures: these are the demo's, in a socialnämnd's proportions). Övergripande holds the
 * board's reserves: the difference between the preliminary and the decided PO-påslag
 * (personnel) and the "helårspott på 6 mnkr" for purchased care (003).
 */
export const EXEMPELKOMMUN_BUDGET_2025_TKR: Readonly<Record<string, GroupTkr>> = {
  '7101': {
    operating_revenue: 2_500,
    personnel_costs: -31_000,
    premises_rent: -1_800,
    purchased_services: -58_000,
    other_costs: -2_200,
  },
  '7102': {
    operating_revenue: 1_800,
    personnel_costs: -50_000,
    premises_rent: -2_400,
    purchased_services: -38_000,
    other_costs: -2_100,
  },
  '7103': {
    personnel_costs: -29_000,
    premises_rent: -700,
    purchased_services: -48_000,
    other_costs: -7_500,
  },
  '7104': {
    operating_revenue: 1_200,
    personnel_costs: -30_000,
    premises_rent: -1_500,
    purchased_services: -90_000,
    other_costs: -1_400,
  },
  '7105': {
    operating_revenue: 9_500,
    personnel_costs: -44_000,
    premises_rent: -1_600,
    purchased_services: -60_000,
    other_costs: -11_000,
  },
  '7106': {
    operating_revenue: 600,
    personnel_costs: -14_000,
    premises_rent: -800,
    purchased_services: -31_000,
    other_costs: -900,
  },
  '7107': {
    operating_revenue: 1_200,
    personnel_costs: -4_200,
    premises_rent: -250,
    other_costs: -350,
  },
  '7201': {
    operating_revenue: 16_000,
    personnel_costs: -19_000,
    premises_rent: -34_000,
    purchased_services: -2_500,
    other_costs: -3_500,
  },
  '7202': {
    operating_revenue: 3_600,
    personnel_costs: -12_500,
    premises_rent: -900,
    purchased_services: -1_200,
    other_costs: -1_400,
  },
  '7203': {
    operating_revenue: 4_800,
    personnel_costs: -64_000,
    premises_rent: -6_800,
    purchased_services: -9_000,
    other_costs: -3_400,
  },
  '7204': {
    operating_revenue: 21_000,
    personnel_costs: -10_500,
    premises_rent: -12_500,
    purchased_services: -600,
    other_costs: -1_800,
  },
  '7205': {
    operating_revenue: 350,
    personnel_costs: -8_600,
    premises_rent: -450,
    purchased_services: -700,
    other_costs: -350,
  },
  '7301': {
    operating_revenue: 7_000,
    personnel_costs: -38_000,
    premises_rent: -3_500,
    purchased_services: -4_500,
    other_costs: -16_000,
  },
  '7302': {
    operating_revenue: 5_000,
    personnel_costs: -16_000,
    purchased_services: -6_000,
    other_costs: -2_000,
  },
};

/** How a budget line is phased: by calendar days, but rents and Tillståndsenheten's revenue
 * (003: "ligger med rak budget") straight. */
export function exempelkommunPhasing(unitCode: string, group: AccountGroup): PhasingProfile {
  if (group === 'premises_rent') return { kind: 'straight' };
  if (unitCode === '7107' && group === 'operating_revenue') return { kind: 'straight' };
  return { kind: 'calendar-days' };
}

/**
 * A unit's actual against its phased budget for an account group, year to date at March and
 * at April, öre (written kronor_öre), result sign; or no actuals at all January-April (so
 * the variance is the phased budget's). A group not listed was booked as budgeted.
 */
export type VarianceSpec =
  { readonly march: Ore; readonly april: Ore } | { readonly kind: 'no-actuals' };

const v = (march: number, april: number): VarianceSpec => ({
  march: ore(march),
  april: ore(april),
});
const NO_ACTUALS: VarianceSpec = { kind: 'no-actuals' };

/**
 * The units' variances, built from 003's comments: 003's unit line is the sum, rounded to
 * tenths of mnkr; the groups follow what each comment says (e.g. Utredningsenheter barn:
 * "Köpen avviker med +1 mnkr. Personalkostnader avviker negativt med -0,2 mnkr").
 * Familjerättsenheten has no line in 003: its variance rounds to 0,0. Öppenvård och
 * stödboende's has no March figure: its March variance rounds to 0,0, so the March report
 * had no line for it; its state grant for January-April came in April (003).
 * The öre are chosen so that the board's sum is 10,50 mnkr while the lines, rounded one by
 * one, sum to 10,6 (003's own arithmetic).
 */
export const EXEMPELKOMMUN_VARIANCES: Readonly<
  Record<string, Readonly<Partial<Record<AccountGroup, VarianceSpec>>>>
> = {
  // Utredningsenhet vuxen -0,2 (mars -0,3): vägledare financed for Jan-Apr in April.
  '7101': {
    operating_revenue: v(-21_034_55, 312_047_18),
    personnel_costs: v(-65_018_40, -88_962_73),
    purchased_services: v(-189_047_12, -393_318_64),
    other_costs: v(-16_611_90, -34_296_02),
  },
  // Utredningsenheter barn +0,6 (+1,0): purchases +1, personnel -0,2 (January's supplement).
  '7102': {
    operating_revenue: v(-73_512_00, -98_040_00),
    personnel_costs: v(-187_035_10, -203_571_44),
    purchased_services: v(1_312_046_35, 997_614_82),
    other_costs: v(-32_816_27, -102_899_51),
  },
  // Rekryteringsenheten +3,4 (+2,5): consultant-supported emergency homes +2,3, personnel +1.
  '7103': {
    personnel_costs: v(746_318_02, 996_845_77),
    purchased_services: v(1_741_180_64, 2_314_702_19),
    other_costs: v(-14_306_41, 74_651_08),
  },
  // Utredningsenhet ungdom +4,0 (+2,3): external placements, homecoming work.
  '7104': {
    personnel_costs: v(157_702_15, 221_580_26),
    purchased_services: v(2_210_472_91, 3_891_366_40),
    other_costs: v(-36_391_70, -88_912_33),
  },
  // Familjehemsenheterna -3,7 (-2,9): placements -2,5, revenue for unaccompanied children.
  '7105': {
    operating_revenue: v(305_800_00, 412_700_00),
    personnel_costs: v(-1_032_118_64, -1_346_802_17),
    purchased_services: v(-1_924_611_08, -2_498_127_55),
    other_costs: v(-225_481_93, -283_590_06),
  },
  // Enheten för våld i nära relation +2,7 (+1,9): own interventions, fewer external buys.
  '7106': {
    personnel_costs: v(-31_208_77, -28_117_35),
    purchased_services: v(1_953_014_47, 2_741_233_90),
    other_costs: v(-8_150_20, -19_624_48),
  },
  // Tillståndsenheten -0,3 (-0,3): the licence fees are invoiced after the summer.
  '7107': {
    operating_revenue: NO_ACTUALS,
    personnel_costs: v(-4_920_15, 104_815_62),
    other_costs: v(716_40, 8_063_90),
  },
  // Boendeenheten +0,8 (+0,3): low personnel costs.
  '7201': {
    operating_revenue: v(-10_300_00, 91_200_00),
    personnel_costs: v(284_716_33, 701_908_12),
    other_costs: v(-5_478_91, -14_521_37),
  },
  // Förebyggande insatser och aktiviteter +0,2 (-0,2): grants not yet received, a vacancy.
  '7202': {
    operating_revenue: v(-675_000_00, -450_000_00),
    personnel_costs: v(468_093_57, 623_790_41),
    other_costs: v(22_186_05, 36_511_86),
  },
  // Öppenvård och stödboende +1 (March 0,0): sick leave not replaced, SIG grant in April.
  '7203': {
    operating_revenue: v(-359_900_00, 447_300_00),
    personnel_costs: v(416_012_84, 568_824_09),
    other_costs: v(-24_908_15, -33_712_66),
  },
  // Flyktingboende -0,4 (-0,2): less from Migrationsverket.
  '7204': {
    operating_revenue: v(-261_400_00, -472_100_00),
    personnel_costs: v(49_611_27, 73_118_40),
    other_costs: v(-10_017_36, -17_327_19),
  },
  // Familjerättsenheten: 0,0, not in 003's section 2.
  '7205': {
    personnel_costs: v(-26_418_60, -31_254_08),
    other_costs: v(-3_571_25, -8_802_47),
  },
  // Utveckling och stöd -0,8 (-0,8): state grants (Ukraina), repairs and maintenance.
  '7301': {
    operating_revenue: v(-384_000_00, -512_000_00),
    personnel_costs: v(32_048_71, 83_207_65),
    other_costs: v(-460_311_42, -352_811_90),
  },
  // Övergripande +3,3 (+1,7): the PO difference and the unused pot for purchased care.
  '7302': {
    personnel_costs: v(230_018_44, 1_344_107_91),
    purchased_services: NO_ACTUALS,
    other_costs: v(-20_137_80, -36_401_22),
  },
};

/** How a variance to date at March is spread over January, February and March. */
export const MARCH_VARIANCE_MONTH_WEIGHTS: readonly number[] = [30, 32, 38];

/**
 * The units' full-year forecast variances (forecast − budget) per account group, whole tkr,
 * at the March and April reports. April's are 003's Årsprognos (section 3; Övergripande's
 * is 1,6 mnkr better than 003's +13, the PO difference being the kommunbidrag's expected
 * change instead, so the units sum to +23,6 and the board with the change to +22 mnkr); March's are the demo's own (003 does not give them: +17,5 mnkr in all). A unit
 * not listed (Tillståndsenheten, Förebyggande insatser och aktiviteter: no line in 003)
 * forecasts its budget.
 */
export const EXEMPELKOMMUN_FORECAST_VARIANCES_TKR: Readonly<
  Record<3 | 4, Readonly<Record<string, GroupTkr>>>
> = {
  3: {
    '7101': { operating_revenue: 500, purchased_services: -1_000 },
    '7102': { personnel_costs: 1_000, purchased_services: -1_000 },
    '7103': { personnel_costs: 800, purchased_services: 3_200 },
    '7104': { personnel_costs: 300, purchased_services: 5_700 },
    '7105': { operating_revenue: 800, personnel_costs: -2_300, purchased_services: -4_000 },
    '7106': { purchased_services: 4_000 },
    '7201': { premises_rent: 1_200 },
    '7203': { personnel_costs: 500 },
    '7204': { operating_revenue: -500 },
    '7205': { purchased_services: -400 },
    '7301': { operating_revenue: -3_000, other_costs: -500 },
    '7302': { operating_revenue: 4_000, personnel_costs: 2_200, purchased_services: 6_000 },
  },
  4: {
    // Utredning vuxen -0,3: 11 emergency flats not in the budget.
    '7101': { operating_revenue: 500, purchased_services: -800 },
    // Utredning barn -0,2: consultants for the investigator posts.
    '7102': { personnel_costs: 1_000, purchased_services: -1_200 },
    // Rekryteringsenheten +5: fewer consultant-supported emergency homes.
    '7103': { personnel_costs: 1_000, purchased_services: 4_000 },
    // Utredning ungdom +7,4: homecomings from HVB, fewer new placements.
    '7104': { personnel_costs: 400, purchased_services: 7_000 },
    // Familjeenheterna -6,1: external purchases and more staff.
    '7105': { operating_revenue: 800, personnel_costs: -2_400, purchased_services: -4_500 },
    // Våld i nära relation +5.
    '7106': { purchased_services: 5_000 },
    // Boendeenheten +1,7: fewer flats needed than planned.
    '7201': { personnel_costs: 500, premises_rent: 1_200 },
    // Öppenvård och stödboende +1,2.
    '7203': { operating_revenue: 500, personnel_costs: 700 },
    // Flyktingboende -0,6: less from Migrationsverket.
    '7204': { operating_revenue: -600 },
    // Familjerättsenheten -0,4: a vacancy now filled.
    '7205': { purchased_services: -400 },
    // Utveckling och stöd -3,7: fewer state grants for refugees from Ukraine.
    '7301': { operating_revenue: -3_000, other_costs: -700 },
    // Övergripande +14,6 (003 prints +13): the unused pot, the expected state grant 4,5, and
    // personnel without the PO difference 003 puts here as a cost ("tagit höjd för minskat
    // kommunbidrag … på posten personalkostnader övergripande"): the demo enters it as the
    // expected change of the kommunbidrag line (-1,6 mnkr, exempelkommun-decisions.ts), so the
    // board's forecast stays +22.
    '7302': { operating_revenue: 4_500, personnel_costs: 4_100, purchased_services: 6_000 },
  },
};
