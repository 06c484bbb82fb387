import { allocate } from '../kernel/allocate';
import type { Ore } from '../kernel/money';
import { daysInMonth, isoDate, MONTH_NAMES_SV, toMonth, type IsoDate } from '../kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import { demoAccountWeights } from './demo-accounts';
import {
  DEMO_ACTUALS,
  DEMO_MONTH_WEIGHTS,
  DEMO_UNIT_BUDGET_WEIGHTS,
  DEMO_UNIT_LEAN_2022,
  DEMO_UNIT_LEAN_2023,
} from './demo-figures';
import { DEMO_UNIT_CODES } from './demo-organisation';
import type { SeededRandom } from './seeded-random';

/** One generated ledger transaction, in result sign (revenue positive, cost negative). */
export interface DemoTransaction {
  readonly date: IsoDate;
  readonly unitCode: string;
  readonly account: string;
  readonly amount: Ore;
  readonly text: string;
  readonly verification: string;
}

const LEAN: Readonly<Record<number, typeof DEMO_UNIT_LEAN_2023>> = {
  2022: DEMO_UNIT_LEAN_2022,
  2023: DEMO_UNIT_LEAN_2023,
};

/** A unit's weight for a group: its budget share, leaned by the year's deviations. */
export function demoUnitWeights(group: AccountGroup, lean: typeof DEMO_UNIT_LEAN_2023): number[] {
  return DEMO_UNIT_CODES.map((code) => {
    const budgetWeight = DEMO_UNIT_BUDGET_WEIGHTS[code]?.[group] ?? 0;
    return budgetWeight * (lean[code]?.[group] ?? 100);
  });
}

const HVB_PROVIDERS = [
  'Björkhagens behandlingshem',
  'Stiftelsen Lärkängen',
  'Västkustens HVB',
  'Solbackens ungdomshem',
  'Granlidens familjevård',
];
const SUPPLIERS = ['Kontorsgrossisten', 'Västra Götalands IT-partner', 'Resebyrån Väst', 'Telia'];

function transactionCount(account: string, random: SeededRandom): number {
  if (account === '4110') return 25;
  if (account === '5010' || account === '6120') return account === '5010' ? 2 : 3;
  if (account === '5310') return 3;
  if (account === '4120') return 4;
  if (['4540', '4541', '4542', '4550'].includes(account)) return random.integer(3, 6);
  if (['5020', '5410', '5610', '5710', '6110', '8410'].includes(account)) return 1;
  return random.integer(1, 3);
}

function transactionText(account: string, month: number, random: SeededRandom): string {
  const monthName = MONTH_NAMES_SV[toMonth(month)];
  switch (account.slice(0, 2)) {
    case '50':
    case '53':
    case '54':
    case '56':
    case '57':
      return `Lönekörning ${monthName}`;
    case '61':
      return `Hyra ${monthName}`;
    case '41':
      return account === '4110'
        ? 'Utbetalning försörjningsstöd'
        : `Omkostnadsersättning familjehem ${monthName}`;
    case '45':
      return `Faktura ${random.pick(HVB_PROVIDERS)}, vårddygn ${monthName}`;
    case '46':
      return account === '4610' ? 'Faktura bemanningsföretag' : 'Faktura konsulttjänst';
    case '84':
      return 'Dröjsmålsränta leverantörsfaktura';
    case '31':
    case '32':
    case '35':
    case '37':
      return account === '3510' ? 'Rekvirerat statsbidrag' : `Fakturering ${monthName}`;
    default:
      return `Faktura ${random.pick(SUPPLIERS)}`;
  }
}

function transactionDay(
  account: string,
  year: number,
  month: number,
  random: SeededRandom,
): number {
  if (account.startsWith('5')) return 25;
  if (account.startsWith('61')) return 1;
  return random.integer(1, daysInMonth(year, toMonth(month)));
}

/**
 * The demo's ledger: each stretch's board totals are spread over units, accounts, months and
 * transactions with allocate(), so every level sums exactly to the totals above it.
 */
export function generateDemoLedger(random: SeededRandom): DemoTransaction[] {
  const transactions: Omit<DemoTransaction, 'verification'>[] = [];
  for (const stretch of DEMO_ACTUALS) {
    const lean = LEAN[stretch.year] ?? {};
    const monthWeights = DEMO_MONTH_WEIGHTS[stretch.year];
    if (!monthWeights) throw new Error(`No month weights for ${stretch.year}`);
    const months: number[] = [];
    for (let month = stretch.fromMonth; month <= stretch.toMonth; month += 1) months.push(month);

    for (const group of ACCOUNT_GROUPS) {
      const unitAmounts = allocate(stretch.totals[group], demoUnitWeights(group, lean));
      DEMO_UNIT_CODES.forEach((unitCode, unitIndex) => {
        const accounts = demoAccountWeights(unitCode, group);
        const accountAmounts = allocate(
          unitAmounts[unitIndex] ?? (0 as Ore),
          accounts.map(([, weight]) => weight),
        );
        accounts.forEach(([account], accountIndex) => {
          const weights = months.map(
            (month) => (monthWeights[group][month - 1] ?? 100) * random.integer(95, 105),
          );
          const monthAmounts = allocate(accountAmounts[accountIndex] ?? (0 as Ore), weights);
          months.forEach((month, monthIndex) => {
            const amount = monthAmounts[monthIndex] ?? (0 as Ore);
            if (amount === 0) return;
            const count = transactionCount(account, random);
            const parts = allocate(
              amount,
              Array.from({ length: count }, () => random.integer(50, 150)),
            );
            for (const part of parts) {
              if (part === 0) continue;
              transactions.push({
                date: isoDate(
                  stretch.year,
                  toMonth(month),
                  transactionDay(account, stretch.year, month, random),
                ),
                unitCode,
                account,
                amount: part,
                text: transactionText(account, month, random),
              });
            }
          });
        });
      });
    }
  }
  // Numbered in date order per year, as a ledger numbers its verifications.
  const numberInYear = new Map<string, number>();
  return transactions
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((transaction) => {
      const year = transaction.date.slice(0, 4);
      const number = (numberInYear.get(year) ?? 0) + 1;
      numberInYear.set(year, number);
      return { ...transaction, verification: `${year}-${String(number).padStart(6, '0')}` };
    });
}
