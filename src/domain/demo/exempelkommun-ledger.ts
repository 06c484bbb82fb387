// Exempelkommun's ledger January-April 2025: the phased budget plus each month's variance,
// spread over accounts and transactions.
import { phase, type MonthlyAmounts, type PhasingProfile } from '../budget/phasing';
import { allocate } from '../kernel/allocate';
import { addOre, negateOre, subtractOre, ZERO_ORE, type Ore } from '../kernel/money';
import { daysInMonth, isoDate, MONTH_NAMES_SV, toMonth, type Month } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import type { DemoTransaction } from './demo-ledger';
import type { DemoUnitGroupAmount } from './demo-spread';
import { EXEMPELKOMMUN_VARIANCES, MARCH_VARIANCE_MONTH_WEIGHTS } from './exempelkommun-figures';
import type { SeededRandom } from './seeded-random';

/** The year Exempelkommun follows up, and the months its ledger holds (January-April). */
export const EXEMPELKOMMUN_YEAR = 2025;
export const EXEMPELKOMMUN_LAST_ACTUAL_MONTH: Month = 4;

/** A budget line with the profile it is phased by. */
export interface PhasedBudgetLine extends DemoUnitGroupAmount {
  readonly phasing: PhasingProfile;
}

/** A budget line's twelve months in 2025. */
export function budgetLineMonths(line: PhasedBudgetLine): MonthlyAmounts {
  return phase(line.amount, line.phasing, EXEMPELKOMMUN_YEAR);
}

/** The variance of each month January-April for a unit and group (see VarianceSpec). */
function varianceMonths(
  unitCode: string,
  group: AccountGroup,
  budgetMonths: MonthlyAmounts,
): readonly Ore[] {
  const spec = EXEMPELKOMMUN_VARIANCES[unitCode]?.[group];
  const months = budgetMonths.slice(0, EXEMPELKOMMUN_LAST_ACTUAL_MONTH);
  if (spec === undefined) return months.map(() => ZERO_ORE);
  if ('kind' in spec) return months.map(negateOre);
  return [
    ...allocate(spec.march, MARCH_VARIANCE_MONTH_WEIGHTS),
    subtractOre(spec.april, spec.march),
  ];
}

type AccountWeights = readonly (readonly [account: string, weight: number])[];

const DEFAULT_ACCOUNT_WEIGHTS: Readonly<Record<AccountGroup, AccountWeights>> = {
  operating_revenue: [
    ['3510', 60],
    ['3130', 40],
  ],
  personnel_costs: [
    ['5010', 700],
    ['5610', 230],
    ['5710', 70],
  ],
  premises_rent: [['6110', 100]],
  purchased_services: [
    ['4610', 50],
    ['4620', 50],
  ],
  other_costs: [
    ['6410', 40],
    ['6510', 35],
    ['7110', 25],
  ],
  financial_items: [['8410', 100]],
};

/** Where a unit's accounts differ from the default spread. */
const UNIT_ACCOUNT_WEIGHTS: Readonly<
  Record<string, Partial<Record<AccountGroup, AccountWeights>>>
> = {
  '7101': {
    operating_revenue: [['3510', 100]],
    purchased_services: [
      ['4541', 65],
      ['4542', 20],
      ['4560', 15],
    ],
  },
  '7102': {
    purchased_services: [
      ['4540', 75],
      ['4560', 15],
      ['4620', 10],
    ],
  },
  '7103': {
    personnel_costs: [
      ['5010', 300],
      ['5310', 550],
      ['5610', 150],
    ],
    purchased_services: [
      ['4551', 70],
      ['4550', 30],
    ],
    other_costs: [
      ['4120', 90],
      ['6410', 10],
    ],
  },
  '7104': {
    purchased_services: [
      ['4540', 60],
      ['4542', 25],
      ['4560', 15],
    ],
  },
  '7105': {
    operating_revenue: [['3520', 100]],
    personnel_costs: [
      ['5010', 380],
      ['5310', 400],
      ['5610', 170],
      ['5710', 50],
    ],
    purchased_services: [['4550', 100]],
    other_costs: [
      ['4120', 85],
      ['6410', 15],
    ],
  },
  '7106': { purchased_services: [['4570', 100]] },
  '7107': { operating_revenue: [['3150', 100]] },
  '7201': {
    operating_revenue: [['3210', 100]],
    premises_rent: [
      ['6120', 85],
      ['6110', 15],
    ],
  },
  '7202': { operating_revenue: [['3510', 100]] },
  '7203': {
    operating_revenue: [
      ['3510', 60],
      ['3710', 40],
    ],
  },
  '7204': { operating_revenue: [['3520', 100]], premises_rent: [['6120', 100]] },
  '7301': {
    operating_revenue: [['3520', 100]],
    other_costs: [
      ['6510', 60],
      ['6420', 25],
      ['6410', 15],
    ],
  },
  '7302': {
    operating_revenue: [['3510', 100]],
    personnel_costs: [
      ['5010', 40],
      ['5610', 60],
    ],
    purchased_services: [['4620', 100]],
    other_costs: [['6910', 100]],
  },
};

const accountWeights = (unitCode: string, group: AccountGroup): AccountWeights =>
  UNIT_ACCOUNT_WEIGHTS[unitCode]?.[group] ?? DEFAULT_ACCOUNT_WEIGHTS[group];

const HVB_PROVIDERS = ['Ekbackens HVB', 'Stiftelsen Vägvisaren', 'Nordvik behandlingshem'];

/** Texts 003 tells the story of: the April grants that came for January-April. */
const SPECIAL_TEXTS: Readonly<Record<string, string>> = {
  '7101/3510/4': 'Finansiering vägledare jan–april',
  '7203/3510/4': 'Statsbidrag SIG-samordnare jan–april',
};

function transactionText(
  unitCode: string,
  account: string,
  month: Month,
  random: SeededRandom,
): string {
  const special = SPECIAL_TEXTS[`${unitCode}/${account}/${String(month)}`];
  if (special !== undefined) return special;
  const monthName = MONTH_NAMES_SV[month];
  switch (account) {
    case '3130':
      return `Egenavgifter ${monthName}`;
    case '3150':
      return 'Avgift serveringstillstånd';
    case '3210':
      return `Hyresintäkter ${monthName}`;
    case '3510':
      return 'Rekvirerat statsbidrag';
    case '3520':
      return `Ersättning Migrationsverket ${monthName}`;
    case '3710':
      return `Fakturering region ${monthName}`;
    case '4120':
      return `Omkostnadsersättning familjehem ${monthName}`;
    case '4540':
    case '4541':
    case '4542':
      return `Faktura ${random.pick(HVB_PROVIDERS)}, vårddygn ${monthName}`;
    case '4550':
      return `Faktura konsulentstött familjehem, ${monthName}`;
    case '4551':
      return `Faktura konsulentstött jourhem, ${monthName}`;
    case '4560':
      return `Köpt öppenvård ${monthName}`;
    case '4570':
      return `Skyddat boende, vårddygn ${monthName}`;
    case '4610':
      return 'Faktura bemanningsföretag';
    case '4620':
      return 'Faktura konsulttjänst';
    case '5310':
      return `Arvoden familjehem ${monthName}`;
    case '5610':
      return `PO-påslag ${monthName}`;
    case '5710':
      return `Pensionskostnader ${monthName}`;
    case '6420':
      return 'Reparation och underhåll';
    case '6510':
      return 'IT-tjänster och licenser';
    default:
      if (account.startsWith('50')) return `Lönekörning ${monthName}`;
      if (account.startsWith('61')) return `Hyra ${monthName}`;
      return 'Leverantörsfaktura';
  }
}

function transactionCount(account: string, random: SeededRandom): number {
  if (account.startsWith('45')) return random.integer(2, 4);
  if (account.startsWith('46') || account.startsWith('6') || account.startsWith('7')) {
    return account.startsWith('61') ? 1 : random.integer(1, 2);
  }
  return 1;
}

function transactionDay(account: string, month: Month, random: SeededRandom): number {
  if (account.startsWith('5')) return 25;
  if (account.startsWith('61')) return 1;
  return random.integer(1, daysInMonth(EXEMPELKOMMUN_YEAR, month));
}

/**
 * January-April 2025's ledger: per unit, group and month, the phased budget plus the month's
 * variance, spread over the unit's accounts and a few transactions with allocate(), so every
 * level sums exactly to the figures above it.
 */
export function exempelkommunLedger(
  lines: readonly PhasedBudgetLine[],
  random: SeededRandom,
): DemoTransaction[] {
  const transactions: Omit<DemoTransaction, 'verification'>[] = [];
  for (const line of lines) {
    const months = budgetLineMonths(line);
    const variances = varianceMonths(line.unitCode, line.accountGroup, months);
    const accounts = accountWeights(line.unitCode, line.accountGroup);
    variances.forEach((variance, index) => {
      const month = toMonth(index + 1);
      const actual = addOre(months[index] ?? ZERO_ORE, variance);
      if (actual === 0) return;
      const perAccount = allocate(
        actual,
        accounts.map(([, weight]) => weight),
      );
      accounts.forEach(([account], accountIndex) => {
        const amount = perAccount[accountIndex] ?? ZERO_ORE;
        if (amount === 0) return;
        const count = transactionCount(account, random);
        const parts = allocate(
          amount,
          Array.from({ length: count }, () => random.integer(50, 150)),
        );
        for (const part of parts) {
          if (part === 0) continue;
          transactions.push({
            date: isoDate(EXEMPELKOMMUN_YEAR, month, transactionDay(account, month, random)),
            unitCode: line.unitCode,
            account,
            amount: part,
            text: transactionText(line.unitCode, account, month, random),
          });
        }
      });
    });
  }
  // Numbered in date order, as a ledger numbers its verifications.
  return transactions
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((transaction, index) => ({
      ...transaction,
      verification: `${String(EXEMPELKOMMUN_YEAR)}-${String(index + 1).padStart(6, '0')}`,
    }));
}
