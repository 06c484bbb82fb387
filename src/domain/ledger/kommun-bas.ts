import type { AccountRange } from './account-mapping';

/**
 * The default mapping of account ranges to account groups, in the style of SKR's chart of
 * accounts for municipalities (Kommun-Bas): class 3 revenue, 45-46 purchased services
 * (köp av huvudverksamhet, inhyrd personal), class 5 personnel, 61 premises rent, class 8
 * financial items, the rest of classes 4, 6 and 7 other costs. A municipality can replace it
 * with its own (an account map file).
 */
export const KOMMUN_BAS_ACCOUNT_RANGES: readonly AccountRange[] = [
  { from: '3000', to: '3999', group: 'operating_revenue' },
  { from: '4000', to: '4499', group: 'other_costs' },
  { from: '4500', to: '4699', group: 'purchased_services' },
  { from: '4700', to: '4999', group: 'other_costs' },
  { from: '5000', to: '5999', group: 'personnel_costs' },
  { from: '6000', to: '6099', group: 'other_costs' },
  { from: '6100', to: '6199', group: 'premises_rent' },
  { from: '6200', to: '7999', group: 'other_costs' },
  { from: '8000', to: '8999', group: 'financial_items' },
];

/**
 * Whether an account is a fixed asset an investment is booked on: Kommun-Bas 10 (immateriella
 * anläggningstillgångar), 11 (mark, byggnader och tekniska anläggningar) and 12 (maskiner och
 * inventarier), with their ongoing work. Not 13 (financial assets, no board's investment), nor
 * the rest of class 1: the other side of an investment (bank, supplier debt) may carry the
 * project code too and would cancel it.
 */
export function isFixedAssetAccount(account: string): boolean {
  return /^1[0-2]\d\d/.test(account);
}
