import type { DemoAccount } from './demo-accounts';
import { DEMO_ACCOUNT_RANGES, DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoOrgUnit } from './demo-organisation';

/**
 * The second demo municipality, Exempelkommun: a socialnämnd organised as the one whose
 * monthly result report for April 2025 is the reference document 003. The units are the
 * ones 003 reports on, by 003's names (section 2, "Kommentarer och åtgärder till större
 * avvikelser"), in 003's order; the departments and the responsibility codes are the demo's
 * own (003 names neither). The kommunkod is fictitious (no Swedish municipality has 99xx) and
 * sorts after Alingsås (demo)'s 1489, so the municipality list keeps Alingsås first.
 */
export const EXEMPELKOMMUN_MUNICIPALITY = { code: '9999', name: 'Exempelkommun' } as const;
export const EXEMPELKOMMUN_BOARD = {
  code: 'SN',
  name: 'Socialnämnden',
  administrationName: 'Socialförvaltningen',
} as const;

export const EXEMPELKOMMUN_ORG_UNITS: readonly DemoOrgUnit[] = [
  { code: '710', name: 'Myndighetsavdelningen', kind: 'department', parentCode: null },
  { code: '7101', name: 'Utredningsenhet vuxen', kind: 'unit', parentCode: '710' },
  { code: '7102', name: 'Utredningsenheter barn', kind: 'unit', parentCode: '710' },
  { code: '7103', name: 'Rekryteringsenheten', kind: 'unit', parentCode: '710' },
  { code: '7104', name: 'Utredningsenhet ungdom', kind: 'unit', parentCode: '710' },
  {
    code: '7105',
    name: 'Familjehemsenheterna stöd och myndighet',
    kind: 'unit',
    parentCode: '710',
  },
  { code: '7106', name: 'Enheten för våld i nära relation', kind: 'unit', parentCode: '710' },
  { code: '7107', name: 'Tillståndsenheten', kind: 'unit', parentCode: '710' },
  { code: '720', name: 'Avdelningen för insatser', kind: 'department', parentCode: null },
  { code: '7201', name: 'Boendeenheten', kind: 'unit', parentCode: '720' },
  { code: '7202', name: 'Förebyggande insatser och aktiviteter', kind: 'unit', parentCode: '720' },
  { code: '7203', name: 'Öppenvård och stödboende', kind: 'unit', parentCode: '720' },
  { code: '7204', name: 'Flyktingboende', kind: 'unit', parentCode: '720' },
  { code: '7205', name: 'Familjerättsenheten', kind: 'unit', parentCode: '720' },
  { code: '730', name: 'Stab', kind: 'department', parentCode: null },
  { code: '7301', name: 'Utveckling och stöd', kind: 'unit', parentCode: '730' },
  { code: '7302', name: 'Övergripande', kind: 'unit', parentCode: '730' },
];

export const EXEMPELKOMMUN_UNIT_CODES = EXEMPELKOMMUN_ORG_UNITS.filter(
  (unit) => unit.kind === 'unit',
).map((unit) => unit.code);

/** Exempelkommun uses the same Kommun-Bas-style mapping as the first demo. */
export const EXEMPELKOMMUN_ACCOUNT_RANGES = DEMO_ACCOUNT_RANGES;

/** The first demo's accounts and the few 003's texts need besides (all Kommun-Bas style). */
export const EXEMPELKOMMUN_ACCOUNTS: readonly DemoAccount[] = [
  ...DEMO_ACCOUNTS,
  { number: '3150', name: 'Avgifter för serveringstillstånd' },
  { number: '3520', name: 'Ersättningar från Migrationsverket' },
  { number: '4551', name: 'Köp av konsulentstödda jourhem' },
  { number: '6420', name: 'Reparationer och underhåll' },
].sort((a, b) => a.number.localeCompare(b.number));
