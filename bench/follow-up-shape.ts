/**
 * The shape of the follow-up benchmark's made-up figures (follow-up-data.ts): how much and how
 * often each account group books, the personnel costs' months, and how an amount is split at random.
 */
import type { AccountGroup } from '../src/domain/ledger/account-group';

/** Per account group: the transactions a unit books a month and the accounts it uses. */
export const GROUP_SHAPE: Readonly<
  Record<AccountGroup, { perMonth: number; accounts: number; annualTkr: [number, number] }>
> = {
  operating_revenue: { perMonth: 6, accounts: 3, annualTkr: [800, 6_000] },
  personnel_costs: { perMonth: 25, accounts: 12, annualTkr: [-30_000, -6_000] },
  premises_rent: { perMonth: 2, accounts: 2, annualTkr: [-3_000, -600] },
  purchased_services: { perMonth: 8, accounts: 5, annualTkr: [-12_000, -500] },
  other_costs: { perMonth: 15, accounts: 12, annualTkr: [-4_000, -800] },
  financial_items: { perMonth: 1, accounts: 1, annualTkr: [-60, -5] },
};

/** Personnel costs: more in June (semesterlön) and less in July. */
export const PERSONNEL_WEIGHTS = [16, 16, 17, 17, 17, 20, 11, 16, 17, 17, 17, 19];
export const PERSONNEL_WEIGHT_SUM = PERSONNEL_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

/** Splits an amount into n parts with random weights; the parts sum exactly to it. */
export function split(amount: number, parts: number, next: () => number): number[] {
  const weights = Array.from({ length: parts }, () => 0.2 + next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const result = weights.map((weight) => Math.trunc((amount * weight) / total));
  result[parts - 1] = (result[parts - 1] ?? 0) + amount - result.reduce((sum, v) => sum + v, 0);
  return result;
}
