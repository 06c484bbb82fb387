import { describe, expect, it } from 'vitest';
import { orgUnitIssues, type OrgUnitContext, type OrgUnitDraft } from './org-unit-rules';

const units: OrgUnitContext['units'] = [
  { id: 'd81', boardId: 'sn', kind: 'department', code: '81', parentId: null },
  { id: 'u8111', boardId: 'sn', kind: 'unit', code: '8111', parentId: 'd81' },
  { id: 'd91', boardId: 'kf', kind: 'department', code: '91', parentId: null },
];
const context = (selfId: string | null): OrgUnitContext => ({
  units,
  ledgerCodes: new Map([['8111-gammal', 'u8111']]),
  boardId: 'sn',
  selfId,
});
const unit = (patch: Partial<OrgUnitDraft> = {}): OrgUnitDraft => ({
  kind: 'unit',
  code: '8112',
  name: 'Familjehem',
  parentId: 'd81',
  validFrom: null,
  validTo: null,
  ledgerCodes: [],
  ...patch,
});

describe('orgUnitIssues', () => {
  it('accepts a new unit under a department of the board', () => {
    expect(orgUnitIssues(unit(), context(null))).toEqual([]);
    expect(orgUnitIssues(unit({ parentId: null }), context(null))).toEqual([]);
  });

  it('refuses a code another unit has, as its own code or a further ledger code', () => {
    expect(orgUnitIssues(unit({ code: '8111' }), context(null))).toEqual([
      { field: 'code', problem: 'taken', value: '8111' },
    ]);
    expect(orgUnitIssues(unit({ code: '91' }), context(null))).toEqual([
      { field: 'code', problem: 'taken', value: '91' },
    ]);
    expect(orgUnitIssues(unit({ ledgerCodes: ['8111-gammal', '8112'] }), context(null))).toEqual([
      { field: 'ledgerCodes', problem: 'taken', value: '8111-gammal' },
      { field: 'ledgerCodes', problem: 'taken', value: '8112' },
    ]);
  });

  it('lets a unit keep its own code and ledger codes when it is changed', () => {
    expect(
      orgUnitIssues(unit({ code: '8111', ledgerCodes: ['8111-gammal'] }), context('u8111')),
    ).toEqual([]);
  });

  it('refuses valid to before valid from', () => {
    expect(
      orgUnitIssues(unit({ validFrom: '2026-01-01', validTo: '2025-12-31' }), context(null)),
    ).toEqual([{ field: 'validTo', problem: 'dates-reversed', value: '2025-12-31' }]);
    expect(
      orgUnitIssues(unit({ validFrom: '2026-01-01', validTo: '2026-01-01' }), context(null)),
    ).toEqual([]);
  });

  it('puts units under a department of the same board, and departments under the board', () => {
    expect(orgUnitIssues(unit({ parentId: 'u8111' }), context(null))).toEqual([
      { field: 'parentId', problem: 'not-a-department', value: 'u8111' },
    ]);
    expect(orgUnitIssues(unit({ parentId: 'd91' }), context(null))).toEqual([
      { field: 'parentId', problem: 'not-a-department', value: 'd91' },
    ]);
    expect(
      orgUnitIssues(unit({ kind: 'department', code: '82', parentId: 'd81' }), context(null)),
    ).toEqual([{ field: 'parentId', problem: 'not-a-department', value: 'd81' }]);
    expect(orgUnitIssues(unit({ parentId: 'd81' }), context('d81'))).toContainEqual({
      field: 'parentId',
      problem: 'not-a-department',
      value: 'd81',
    });
  });

  it('keeps a department with units a department', () => {
    expect(
      orgUnitIssues(unit({ kind: 'unit', code: '81', parentId: null }), context('d81')),
    ).toEqual([{ field: 'kind', problem: 'has-units', value: 'unit' }]);
  });
});
