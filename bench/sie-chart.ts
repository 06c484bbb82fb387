/**
 * The made-up municipality of the import benchmark: 200 units (ansvar), 300 result accounts in
 * Kommun-Bas ranges and the balance accounts that verifications are counter-booked on, plus the
 * texts verifications carry. Deterministic: the same chart every run.
 */

export interface BenchUnit {
  readonly code: string;
  readonly name: string;
}

export type AccountKind =
  'revenue' | 'other' | 'purchases' | 'personnel' | 'rent' | 'financial' | 'balance';

export interface BenchAccount {
  readonly number: string;
  readonly name: string;
  readonly kind: AccountKind;
}

const PLACES = [
  'Björkhagen',
  'Ekbacken',
  'Solgården',
  'Tallåsen',
  'Lindängen',
  'Östermalm',
  'Ängsvik',
  'Sjöhöjden',
  'Granlunda',
  'Väster',
  'Norrby',
  'Söderkulla',
  'Åsen',
  'Hagaberg',
  'Furulund',
  'Rönnbäcken',
  'Kvarnbyn',
  'Lövholmen',
  'Strandängen',
  'Älvsborg',
];

const ACTIVITIES = [
  'hemtjänst',
  'särskilt boende',
  'korttidsboende',
  'LSS-boende',
  'daglig verksamhet',
  'försörjningsstöd',
  'barn och unga',
  'missbruksvård',
  'behandlingshem',
  'öppenvård',
];

/** Unit codes 70100, 70110, ...: 200 units, a place and an activity each. */
export function benchUnits(count = 200): BenchUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const place = PLACES[index % PLACES.length] ?? '';
    const activity = ACTIVITIES[Math.floor(index / PLACES.length) % ACTIVITIES.length] ?? '';
    return { code: String(70100 + index * 10), name: `${place}, ${activity}` };
  });
}

interface AccountSeries {
  readonly kind: AccountKind;
  readonly from: number;
  readonly step: number;
  readonly count: number;
  readonly names: readonly string[];
}

const QUALIFIERS = ['', ', äldreomsorg', ', IFO', ', LSS', ', gemensamt', ', projekt'];

const SERIES: readonly AccountSeries[] = [
  {
    kind: 'revenue',
    from: 3010,
    step: 20,
    count: 45,
    names: [
      'Försäljning av verksamhet',
      'Taxor och avgifter',
      'Omsorgsavgifter',
      'Hyror och arrenden',
      'Statsbidrag',
      'Ersättning från Försäkringskassan',
      'Ersättning från Migrationsverket',
      'Internt sålda tjänster',
    ],
  },
  {
    kind: 'other',
    from: 4010,
    step: 20,
    count: 20,
    names: ['Livsmedel', 'Förbrukningsmaterial', 'Läkemedel', 'Arbetskläder'],
  },
  {
    kind: 'purchases',
    from: 4500,
    step: 4,
    count: 45,
    names: [
      'Köp av huvudverksamhet',
      'Köp av vårddygn',
      'Köp av familjehemsvård',
      'Köp av HVB-placeringar',
      'Köp av personlig assistans',
      'Inhyrd personal',
    ],
  },
  {
    kind: 'other',
    from: 4700,
    step: 30,
    count: 10,
    names: ['Bidrag till enskilda', 'Försörjningsstöd'],
  },
  {
    kind: 'personnel',
    from: 5010,
    step: 12,
    count: 80,
    names: [
      'Månadslön tillsvidareanställda',
      'Timlön',
      'OB-tillägg',
      'Övertidsersättning',
      'Semesterlön',
      'Sjuklön',
      'Arbetsgivaravgifter',
      'Pensionskostnader',
    ],
  },
  {
    kind: 'rent',
    from: 6110,
    step: 5,
    count: 15,
    names: ['Lokalhyra', 'Hyra bostäder', 'Internhyra'],
  },
  {
    kind: 'other',
    from: 6210,
    step: 24,
    count: 75,
    names: [
      'El',
      'Städning',
      'Telefoni',
      'IT-licenser',
      'Kontorsmaterial',
      'Resor',
      'Utbildning',
      'Konsulttjänster',
      'Försäkringar',
      'Avskrivningar',
    ],
  },
  {
    kind: 'financial',
    from: 8410,
    step: 8,
    count: 10,
    names: ['Räntekostnader', 'Dröjsmålsräntor', 'Bankkostnader'],
  },
];

export const BALANCE_ACCOUNTS = {
  customers: '1510',
  prepaid: '1790',
  bank: '1930',
  suppliers: '2440',
  taxWithheld: '2710',
  socialFees: '2730',
} as const;

const BALANCE_NAMES: Record<string, string> = {
  '1510': 'Kundfordringar',
  '1790': 'Förutbetalda kostnader',
  '1930': 'Bank',
  '2440': 'Leverantörsskulder',
  '2710': 'Personalens källskatt',
  '2730': 'Lagstadgade sociala avgifter',
};

/** 300 result accounts and the balance accounts. */
export function benchAccounts(): BenchAccount[] {
  const accounts: BenchAccount[] = [];
  for (const series of SERIES) {
    for (let index = 0; index < series.count; index += 1) {
      const base = series.names[index % series.names.length] ?? '';
      const qualifier = QUALIFIERS[Math.floor(index / series.names.length) % QUALIFIERS.length];
      accounts.push({
        number: String(series.from + index * series.step),
        name: `${base}${qualifier ?? ''}`,
        kind: series.kind,
      });
    }
  }
  for (const [number, name] of Object.entries(BALANCE_NAMES))
    accounts.push({ number, name, kind: 'balance' });
  return accounts;
}

export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

export const SUPPLIERS = [
  'Björkhagens behandlingshem',
  'Ängsö vårdhem AB',
  'Attendo Sverige AB',
  'Humana Assistans',
  'Stiftelsen Gården',
  'Sodexo AB',
  'ISS Facility Services',
  'Vattenfall Försäljning',
  'Telia Sverige AB',
  'Atea Sverige AB',
  'Staples Sverige AB',
  'Apoteket AB',
  'Martin & Servera',
  'Bemanningsgruppen Vård AB',
  'Länsförsäkringar',
  'Kommunfastigheter i Åsen AB',
];

export const PURCHASES = [
  'vårddygn',
  'placering',
  'assistanstimmar',
  'konsultation',
  'livsmedel',
  'förbrukningsmaterial',
  'städning',
  'licenser',
  'el',
  'inhyrd sjuksköterska',
];

export const CUSTOMER_TEXTS = [
  'Omsorgsavgift',
  'Hyra boende',
  'Statsbidrag',
  'Ersättning Försäkringskassan',
  'Måltidsavgift',
  'Ersättning Migrationsverket',
];
