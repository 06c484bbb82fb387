import type { OrgUnitKind } from '../organisation/org-tree';

export const DEMO_MUNICIPALITY = { code: '1489', name: 'Alingsås (demo)' } as const;
export const DEMO_BOARD = {
  code: 'SN',
  name: 'Socialnämnden',
  administrationName: 'Socialförvaltningen',
} as const;

export interface DemoOrgUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentCode: string | null;
}

/** Departments and units of the demo's socialförvaltning, with their responsibility codes. */
export const DEMO_ORG_UNITS: readonly DemoOrgUnit[] = [
  { code: '811', name: 'Avdelning unga', kind: 'department', parentCode: null },
  { code: '8111', name: 'Mottagning', kind: 'unit', parentCode: '811' },
  { code: '8112', name: 'Utredning barn', kind: 'unit', parentCode: '811' },
  { code: '8113', name: 'Utredning ungdom', kind: 'unit', parentCode: '811' },
  { code: '8114', name: 'HIT-team', kind: 'unit', parentCode: '811' },
  { code: '8115', name: 'Familjehem', kind: 'unit', parentCode: '811' },
  { code: '812', name: 'Avdelning vuxna', kind: 'department', parentCode: null },
  { code: '8121', name: 'Utredning vuxen', kind: 'unit', parentCode: '812' },
  { code: '8122', name: 'Stöd och försörjning', kind: 'unit', parentCode: '812' },
  { code: '8123', name: 'Boende', kind: 'unit', parentCode: '812' },
  { code: '8124', name: 'Öppenvård', kind: 'unit', parentCode: '812' },
  { code: '8125', name: 'Våld i nära relationer', kind: 'unit', parentCode: '812' },
  { code: '813', name: 'Administrativa avdelningen', kind: 'department', parentCode: null },
  { code: '8131', name: 'Administration', kind: 'unit', parentCode: '813' },
];

export const DEMO_UNIT_CODES = DEMO_ORG_UNITS.filter((unit) => unit.kind === 'unit').map(
  (unit) => unit.code,
);
