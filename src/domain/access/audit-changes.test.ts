import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionNameSv, auditObjectTypeNameSv } from './audit-actions';
import {
  auditAfterLines,
  auditBeforeLines,
  auditChanges,
  auditChangesText,
  auditDetailLines,
  auditLinesText,
} from './audit-changes';

describe('audit actions', () => {
  it('names every action in Swedish, and keeps an unknown one as stored', () => {
    expect(auditActionNameSv('sign-in')).toBe('Inloggning');
    expect(auditActionNameSv('sign-in-failed')).toBe('Misslyckad inloggning');
    expect(auditActionNameSv('ledger-import')).toBe('Import av bokföring');
    expect(auditActionNameSv('import-undo')).toBe('Ångrad import');
    expect(auditActionNameSv('audit-log-export')).toBe('Export av granskningsloggen');
    expect(auditActionNameSv('something-new')).toBe('something-new');
    for (const action of AUDIT_ACTIONS) expect(auditActionNameSv(action)).not.toBe(action);
    expect(new Set(AUDIT_ACTIONS.map(auditActionNameSv)).size).toBe(AUDIT_ACTIONS.length);
  });

  it('names object types in Swedish', () => {
    expect(auditObjectTypeNameSv('import')).toBe('Import');
    expect(auditObjectTypeNameSv('org-unit')).toBe('Enhet');
    expect(auditObjectTypeNameSv('gadget')).toBe('gadget');
  });
});

describe('audit changes', () => {
  it.each([
    {
      name: 'a change: the changed fields only',
      before: { name: 'Gamla', code: '811', validTo: null },
      after: { name: 'Nya', code: '811', validTo: '2024-12-31' },
      text: 'namn: Gamla → Nya; giltig till: – → 2024-12-31',
      beforeText: 'namn: Gamla; giltig till: –',
      afterText: 'namn: Nya; giltig till: 2024-12-31',
    },
    {
      name: 'a creation: every field after',
      before: null,
      after: { username: 'eva', roles: ['auditor', 'admin'] },
      text: 'användarnamn: eva; roller: auditor, admin',
      beforeText: '',
      afterText: 'användarnamn: eva; roller: auditor, admin',
    },
    {
      name: 'a deletion: every field before',
      before: { accountFrom: '3000', accountTo: '3999' },
      after: null,
      text: 'konto från: 3000 → (borttaget); konto till: 3999 → (borttaget)',
      beforeText: 'konto från: 3000; konto till: 3999',
      afterText: '',
    },
    {
      name: 'a field that appears, and one that goes',
      before: { actualMonths: [202308, 202309], disabled: false },
      after: { actualMonths: [], email: 'a@b.se' },
      text: 'månader med utfall: 202308, 202309 → –; inaktiverad: nej → (borttaget); e-post: a@b.se',
      beforeText: 'månader med utfall: 202308, 202309; inaktiverad: nej',
      afterText: 'månader med utfall: –; e-post: a@b.se',
    },
    {
      name: 'values that are not objects',
      before: 'x',
      after: 'y',
      text: 'x → y',
      beforeText: 'x',
      afterText: 'y',
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
    expect(auditChangesText(before, after)).toBe(text);
    expect(auditLinesText(auditBeforeLines(before, after))).toBe(beforeText);
    expect(auditLinesText(auditAfterLines(before, after))).toBe(afterText);
  });

  it('leaves out nothing that differs, however deep', () => {
    expect(auditChanges({ a: { b: 1 } }, { a: { b: 2 } })).toEqual([
      { field: 'a', before: { b: 1 }, after: { b: 2 } },
    ]);
    expect(auditChanges(undefined, null)).toEqual([]);
  });

  it('writes details with Swedish names and codes', () => {
    expect(auditLinesText(auditDetailLines({ reason: 'wrong-password' }))).toBe(
      'orsak: fel lösenord',
    );
    expect(auditLinesText(auditDetailLines({ method: 'password' }))).toBe('sätt: lösenord');
    expect(
      auditLinesText(
        auditDetailLines({ filters: { user: 'controller', from: '2026-12-01' }, rowCount: 3 }),
      ),
    ).toBe('urval: användare: controller, från: 2026-12-01; rader: 3');
    expect(auditLinesText(auditDetailLines({ filters: {} }))).toBe('urval: –');
    expect(auditLinesText(auditDetailLines({ reason: 'account-and-address' }))).toBe(
      'orsak: för många försök för kontot från adressen',
    );
    expect(
      auditLinesText(
        auditDetailLines({ document: 'monthly-report', format: 'pdf', year: 2023, month: 8 }),
      ),
    ).toBe('dokument: månadsrapport; format: pdf; år: 2023; månad: 8');
    expect(auditLinesText(auditAfterLines(null, { kind: 'publish' }))).toBe('typ: publicering');
    expect(auditDetailLines(null)).toEqual([]);
  });
});
