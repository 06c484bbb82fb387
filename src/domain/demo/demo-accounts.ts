import type { AccountGroup } from '../ledger/account-group';
import { KOMMUN_BAS_ACCOUNT_RANGES } from '../ledger/kommun-bas';

/** The demo uses the default Kommun-Bas-style mapping. */
export const DEMO_ACCOUNT_RANGES = KOMMUN_BAS_ACCOUNT_RANGES;

export interface DemoAccount {
  readonly number: string;
  readonly name: string;
}

/** The result accounts the demo ledger uses, in the Kommun-Bas style. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { number: '3130', name: 'Egenavgifter vård och boende' },
  { number: '3140', name: 'Återbetalt ekonomiskt bistånd' },
  { number: '3210', name: 'Hyresintäkter bostäder' },
  { number: '3510', name: 'Statsbidrag' },
  { number: '3710', name: 'Försäljning av verksamhet till region' },
  { number: '4110', name: 'Ekonomiskt bistånd' },
  { number: '4120', name: 'Omkostnadsersättning familjehem' },
  { number: '4540', name: 'Köp av HVB-vård barn och unga' },
  { number: '4541', name: 'Köp av HVB-vård vuxna' },
  { number: '4542', name: 'Köp av vård SiS' },
  { number: '4550', name: 'Köp av konsulentstödda familjehem' },
  { number: '4560', name: 'Köp av öppenvård' },
  { number: '4570', name: 'Köp av skyddat boende' },
  { number: '4610', name: 'Inhyrd personal' },
  { number: '4620', name: 'Konsulttjänster' },
  { number: '5010', name: 'Månadsavlönade' },
  { number: '5020', name: 'Timavlönade' },
  { number: '5310', name: 'Arvoden till uppdragstagare' },
  { number: '5410', name: 'Arvoden till förtroendevalda' },
  { number: '5610', name: 'Sociala avgifter enligt lag och avtal' },
  { number: '5710', name: 'Pensionskostnader' },
  { number: '5810', name: 'Utbildning och konferenser' },
  { number: '6110', name: 'Lokalhyror' },
  { number: '6120', name: 'Bostadshyror' },
  { number: '6410', name: 'Förbrukningsmaterial' },
  { number: '6510', name: 'IT-tjänster och licenser' },
  { number: '6910', name: 'Övriga främmande tjänster' },
  { number: '7010', name: 'Telefoni' },
  { number: '7110', name: 'Resor' },
  { number: '8410', name: 'Räntekostnader' },
];

type AccountWeights = readonly (readonly [account: string, weight: number])[];

const DEFAULT_ACCOUNT_WEIGHTS: Readonly<Record<AccountGroup, AccountWeights>> = {
  operating_revenue: [
    ['3510', 60],
    ['3130', 40],
  ],
  personnel_costs: [
    ['5010', 640],
    ['5020', 40],
    ['5610', 230],
    ['5710', 75],
    ['5810', 15],
  ],
  premises_rent: [['6110', 100]],
  purchased_services: [
    ['4610', 60],
    ['4620', 40],
  ],
  other_costs: [
    ['6410', 30],
    ['6510', 25],
    ['7010', 15],
    ['7110', 15],
    ['6910', 15],
  ],
  financial_items: [['8410', 100]],
};

/** Where a unit's costs and revenue differ from the default spread over accounts. */
const UNIT_ACCOUNT_WEIGHTS: Readonly<
  Record<string, Partial<Record<AccountGroup, AccountWeights>>>
> = {
  '8111': { purchased_services: [['4610', 100]] },
  '8112': {
    purchased_services: [
      ['4540', 75],
      ['4550', 10],
      ['4560', 10],
      ['4610', 5],
    ],
  },
  '8113': {
    purchased_services: [
      ['4540', 60],
      ['4542', 25],
      ['4560', 15],
    ],
  },
  '8115': {
    personnel_costs: [
      ['5010', 330],
      ['5310', 420],
      ['5610', 190],
      ['5710', 50],
      ['5810', 10],
    ],
    purchased_services: [['4550', 100]],
    other_costs: [
      ['4120', 85],
      ['6410', 15],
    ],
  },
  '8121': {
    purchased_services: [
      ['4541', 65],
      ['4542', 20],
      ['4560', 15],
    ],
  },
  '8122': {
    operating_revenue: [
      ['3140', 40],
      ['3510', 60],
    ],
    other_costs: [
      ['4110', 92],
      ['6410', 4],
      ['6510', 4],
    ],
  },
  '8123': {
    operating_revenue: [['3210', 100]],
    premises_rent: [
      ['6120', 85],
      ['6110', 15],
    ],
  },
  '8124': { operating_revenue: [['3710', 100]] },
  '8125': { purchased_services: [['4570', 100]] },
  '8131': {
    personnel_costs: [
      ['5010', 560],
      ['5410', 80],
      ['5610', 230],
      ['5710', 80],
      ['5810', 50],
    ],
    purchased_services: [
      ['4620', 60],
      ['4610', 40],
    ],
  },
};

export function demoAccountWeights(unitCode: string, group: AccountGroup): AccountWeights {
  return UNIT_ACCOUNT_WEIGHTS[unitCode]?.[group] ?? DEFAULT_ACCOUNT_WEIGHTS[group];
}
