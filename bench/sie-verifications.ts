/**
 * The verifications of the benchmark's year, from a seeded random sequence: supplier and
 * customer invoices, payroll runs, rent, internal allocations and interest, spread over the
 * twelve months of 2025, each balanced, with exactly the asked number of #TRANS in all.
 */
import {
  BALANCE_ACCOUNTS,
  benchAccounts,
  benchUnits,
  CUSTOMER_TEXTS,
  MONTHS,
  PURCHASES,
  SUPPLIERS,
  type AccountKind,
} from './sie-chart';
import { seededRandom } from '../src/domain/demo/seeded-random';

export interface BenchLine {
  readonly account: string;
  /** The unit code (dimension 1), or null for a balance account. */
  readonly unit: string | null;
  /** Öre, ledger sign (debit +). */
  readonly amount: number;
  /** The transaction's own text, or null when it has the verification's. */
  readonly text: string | null;
}

export interface BenchVerification {
  readonly series: string;
  readonly number: number;
  /** YYYYMMDD. */
  readonly date: string;
  readonly text: string;
  readonly lines: readonly BenchLine[];
}

type Kind = 'supplier' | 'customer' | 'payroll' | 'rent' | 'internal' | 'interest';

/** Kind, weight (share of verifications), series, least and most lines. */
const KINDS: readonly (readonly [Kind, number, string, number, number])[] = [
  ['supplier', 46, 'L', 2, 5],
  ['customer', 20, 'K', 2, 4],
  ['payroll', 3, 'P', 10, 40],
  ['rent', 12, 'M', 2, 3],
  ['internal', 12, 'I', 3, 7],
  ['interest', 4, 'F', 2, 2],
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind[1], 0);

const DAYS_2025 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function* benchVerifications(
  transactions: number,
  seed = 20250101,
): Generator<BenchVerification> {
  const source = seededRandom(seed);
  const random = () => source.next();
  const between = (low: number, high: number): number =>
    low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const units = benchUnits().map((unit) => unit.code);
  const accounts = benchAccounts();
  const ofKind = (...kinds: AccountKind[]): string[] =>
    accounts.filter((account) => kinds.includes(account.kind)).map((account) => account.number);
  // A unit books on its own quarter of each kind of account, as units of one kind of
  // activity do: the ledger has as many unit-account pairs as a municipality's.
  const lists = {
    revenue: ofKind('revenue'),
    purchases: ofKind('purchases', 'other'),
    personnel: ofKind('personnel'),
    rent: ofKind('rent'),
    costs: ofKind('other', 'rent', 'purchases'),
    financial: ofKind('financial'),
  };
  type ListName = keyof typeof lists;
  const unitLists = units.map((_, unitIndex) => {
    const own = {} as Record<ListName, string[]>;
    for (const name of Object.keys(lists) as ListName[])
      own[name] = lists[name].filter((_account, index) => (index + unitIndex) % 4 === 0);
    return own;
  });
  /** A unit and one of its accounts of the kind. */
  const booking = (name: ListName, unitIndex = Math.floor(random() * units.length)) => {
    const own = unitLists[unitIndex]?.[name] ?? lists[name];
    return { account: pick(own), unit: units[unitIndex] ?? '' };
  };
  const numbers = new Map<string, number>();

  let written = 0;
  while (written < transactions) {
    const remaining = transactions - written;
    let roll = random() * TOTAL_WEIGHT;
    let chosen = KINDS[0];
    for (const kind of KINDS) {
      roll -= kind[1];
      if (roll < 0) {
        chosen = kind;
        break;
      }
    }
    if (!chosen) throw new Error('no kinds');
    const [kind, , series, least, most] = chosen;
    // The last verification takes exactly what is left; none may leave a single line over.
    let size = Math.min(between(least, most), remaining);
    if (remaining - size === 1) size += 1;
    if (size < 2) size = remaining;

    const monthIndex = Math.min(11, Math.floor((written * 12) / transactions));
    const month = MONTHS[monthIndex] ?? '';
    const day = between(1, DAYS_2025[monthIndex] ?? 28);
    const date = `2025${String(monthIndex + 1).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const number = (numbers.get(series) ?? 0) + 1;
    numbers.set(series, number);

    const lines: BenchLine[] = [];
    let text: string;
    let sum = 0;
    const book = (account: string, unit: string | null, amount: number, own: string | null) => {
      lines.push({ account, unit, amount, text: own });
      sum += amount;
    };
    switch (kind) {
      case 'supplier': {
        const supplier = pick(SUPPLIERS);
        const what = pick(PURCHASES);
        text = `Faktura ${supplier}, ${what} ${month}`;
        for (let index = 0; index < size - 1; index += 1) {
          const own = random() < 0.5 ? `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}` : null;
          const { account, unit } = booking('purchases');
          book(account, unit, between(500_00, 250_000_00), own);
        }
        book(BALANCE_ACCOUNTS.suppliers, null, -sum, null);
        break;
      }
      case 'customer': {
        const what = pick(CUSTOMER_TEXTS);
        text = `Kundfaktura ${what.toLowerCase()} ${month}`;
        for (let index = 0; index < size - 1; index += 1) {
          const { account, unit } = booking('revenue');
          book(account, unit, -between(100_00, 50_000_00), `${what} ${month}`);
        }
        book(BALANCE_ACCOUNTS.customers, null, -sum, null);
        break;
      }
      case 'payroll': {
        text = `Lönekörning ${month}`;
        const counters = size >= 3 ? 2 : 1;
        for (let index = 0; index < size - counters; index += 1) {
          const { account, unit } = booking('personnel');
          book(account, unit, between(5_000_00, 80_000_00), null);
        }
        const gross = sum;
        if (counters === 2) {
          const tax = -Math.round(gross * 0.3);
          book(BALANCE_ACCOUNTS.taxWithheld, null, tax, 'Preliminärskatt');
          book(BALANCE_ACCOUNTS.bank, null, -gross - tax, 'Nettolöner');
        } else book(BALANCE_ACCOUNTS.bank, null, -gross, 'Nettolöner');
        break;
      }
      case 'rent': {
        const unitIndex = Math.floor(random() * units.length);
        text = `Hyra ${month}, ansvar ${units[unitIndex] ?? ''}`;
        for (let index = 0; index < size - 1; index += 1) {
          const { account, unit } = booking('rent', unitIndex);
          book(account, unit, between(20_000_00, 300_000_00), null);
        }
        book(BALANCE_ACCOUNTS.suppliers, null, -sum, null);
        break;
      }
      case 'internal': {
        text = `Internfördelning lokalvård ${month}`;
        for (let index = 0; index < size - 1; index += 1) {
          const { account, unit } = booking('costs');
          book(account, unit, between(1_000_00, 40_000_00), 'Lokalvård');
        }
        const seller = booking('revenue');
        book(seller.account, seller.unit, -sum, 'Intern intäkt lokalvård');
        break;
      }
      case 'interest': {
        text = `Räntor och bankavgifter ${month}`;
        for (let index = 0; index < size - 1; index += 1) {
          const { account, unit } = booking('financial');
          book(account, unit, between(100_00, 20_000_00), null);
        }
        book(BALANCE_ACCOUNTS.bank, null, -sum, null);
        break;
      }
    }
    written += lines.length;
    yield { series, number, date, text, lines };
  }
}
