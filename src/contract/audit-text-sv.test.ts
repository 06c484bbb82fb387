import { describe, expect, it } from 'vitest';
import {
  auditAfterLines,
  auditBeforeLines,
  auditChangesText,
  auditDetailLines,
  auditLinesText,
  auditObjectIdSv,
  auditValueSv,
} from './audit-text-sv';

const UNIT = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const BOARD = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const names = { [UNIT]: '8113 Utredning ungdom', [BOARD]: 'Socialnämnden' };

describe('the audit log as a revisor reads it', () => {
  it.each([
    {
      name: 'a change: the changed fields only, by their Swedish labels',
      before: { name: 'Gamla', code: '811', validTo: null },
      after: { name: 'Nya', code: '811', validTo: '2024-12-31' },
      text: 'Namn: Gamla → Nya; Giltig till: – → 2024-12-31',
      beforeText: 'Namn: Gamla; Giltig till: –',
      afterText: 'Namn: Nya; Giltig till: 2024-12-31',
    },
    {
      name: 'a creation: every field after, codes by name',
      before: null,
      after: { username: 'eva', roles: ['auditor', 'admin'] },
      text: 'Användarnamn: eva; Roller: Revisor, Administratör',
      beforeText: '',
      afterText: 'Användarnamn: eva; Roller: Revisor, Administratör',
    },
    {
      name: 'a status and an account group by their Swedish names',
      before: { status: 'draft' },
      after: { status: 'submitted', accountGroup: 'personnel_costs' },
      text: 'Status: Utkast → Inlämnad; Kontogrupp: Personalkostnader',
      beforeText: 'Status: Utkast',
      afterText: 'Status: Inlämnad; Kontogrupp: Personalkostnader',
    },
    {
      name: 'a unit’s forecasts: only the group that changed, the amount in kr',
      before: { forecasts: { personnel_costs: { amount: -120_000_000, method: 'budget' } } },
      after: { forecasts: { personnel_costs: { amount: -125_050_050, method: 'entered' } } },
      text: 'Prognos – Personalkostnader – Belopp: -1 200 000 kr → -1 250 500,50 kr; Prognos – Personalkostnader – Sätt: Budget → Eget belopp',
      beforeText:
        'Prognos – Personalkostnader – Belopp: -1 200 000 kr; Prognos – Personalkostnader – Sätt: Budget',
      afterText:
        'Prognos – Personalkostnader – Belopp: -1 250 500,50 kr; Prognos – Personalkostnader – Sätt: Eget belopp',
    },
    {
      name: 'ids by name, an id not known as it is',
      before: { orgUnitId: UNIT, parentId: 'gone-id' },
      after: null,
      text: 'Enhet: 8113 Utredning ungdom → (borttaget); Överordnad: gone-id → (borttaget)',
      beforeText: 'Enhet: 8113 Utredning ungdom; Överordnad: gone-id',
      afterText: '',
    },
    {
      name: 'a budget’s changed cells: a line each',
      before: [{ orgUnitId: UNIT, year: 2026, accountGroup: 'premises_rent', amount: 100 }],
      after: [{ orgUnitId: UNIT, year: 2026, accountGroup: 'premises_rent', amount: 250_000 }],
      text: 'Enhet: 8113 Utredning ungdom, År: 2026, Kontogrupp: Lokalhyror, Belopp: 1 kr → Enhet: 8113 Utredning ungdom, År: 2026, Kontogrupp: Lokalhyror, Belopp: 2 500 kr',
      beforeText: 'Enhet: 8113 Utredning ungdom, År: 2026, Kontogrupp: Lokalhyror, Belopp: 1 kr',
      afterText: 'Enhet: 8113 Utredning ungdom, År: 2026, Kontogrupp: Lokalhyror, Belopp: 2 500 kr',
    },
    {
      name: 'a field that appears empty is no change',
      before: { status: 'submitted' },
      after: { status: 'approved', remark: null, reason: '' },
      text: 'Status: Inlämnad → Godkänd',
      beforeText: 'Status: Inlämnad',
      afterText: 'Status: Godkänd',
    },
    {
      name: 'nothing changed',
      before: { name: 'A' },
      after: { name: 'A' },
      text: '',
      beforeText: '',
      afterText: '',
    },
  ])('$name', ({ before, after, text, beforeText, afterText }) => {
    const plain = (value: string) => value.replaceAll('\u00a0', ' ');
    expect(plain(auditChangesText(before, after, names))).toBe(text);
    expect(plain(auditLinesText(auditBeforeLines(before, after, names)))).toBe(beforeText);
    expect(plain(auditLinesText(auditAfterLines(before, after, names)))).toBe(afterText);
  });

  it('writes details with Swedish labels and codes, an export’s filters by name', () => {
    expect(auditLinesText(auditDetailLines({ reason: 'wrong-password' }))).toBe(
      'Orsak: Fel lösenord',
    );
    expect(auditLinesText(auditDetailLines({ method: 'password' }))).toBe('Sätt: Lösenord');
    expect(
      auditLinesText(
        auditDetailLines({
          filters: { user: 'controller', from: '2026-12-01', action: 'sign-in' },
          rowCount: 3,
        }),
      ),
    ).toBe('Urval: Användare: controller, Från: 2026-12-01, Händelse: Inloggning; Rader: 3');
    expect(auditLinesText(auditDetailLines({ filters: {} }))).toBe('Urval: –');
    expect(
      auditLinesText(
        auditDetailLines({ document: 'monthly-report', format: 'pdf', year: 2023, month: 8 }),
      ),
    ).toBe('Dokument: Månadsrapport; Format: pdf; År: 2023; Månad: 8');
    expect(auditLinesText(auditAfterLines(null, { kind: 'publish' }))).toBe('Typ: Publicering');
    expect(auditDetailLines(null)).toEqual([]);
    // A moment in Swedish time, in winter and in summer.
    expect(auditLinesText(auditDetailLines({ publishedAt: '2026-01-15T21:23:00.000Z' }))).toBe(
      'Publicerad: 2026-01-15 22:23:00',
    );
    expect(auditLinesText(auditDetailLines({ publishedAt: '2026-07-15T21:23:00.000Z' }))).toBe(
      'Publicerad: 2026-07-15 23:23:00',
    );
  });

  it('names the ids in an object id', () => {
    expect(auditObjectIdSv(`${BOARD}/2023-08`, names)).toBe('Socialnämnden/2023-08');
    expect(auditObjectIdSv(`${UNIT}/2023-08/comment`, {})).toBe(`${UNIT}/2023-08/comment`);
  });

  it('writes large counts with a thousands space, and years and small counts as they are', () => {
    expect(auditValueSv(1_000_000, null)).toBe('1\u00a0000\u00a0000');
    expect(auditValueSv(12_345, null)).toBe('12\u00a0345');
    expect(auditValueSv(6251, null)).toBe('6251');
    expect(auditValueSv(2025, null)).toBe('2025');
  });
});
