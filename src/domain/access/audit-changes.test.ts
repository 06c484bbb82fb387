import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionNameSv, auditObjectTypeNameSv } from './audit-actions';
import { auditChanges } from './audit-changes';

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
  it('lists the fields that differ: changed, created, removed; nothing when equal', () => {
    expect(
      auditChanges({ name: 'Gamla', code: '811', gone: 1 }, { name: 'Nya', code: '811', new: 2 }),
    ).toEqual([
      { field: 'name', before: 'Gamla', after: 'Nya' },
      { field: 'gone', before: 1 },
      { field: 'new', after: 2 },
    ]);
    expect(auditChanges(null, { a: 1 })).toEqual([{ field: 'a', after: 1 }]);
    expect(auditChanges('x', 'y')).toEqual([{ field: null, before: 'x', after: 'y' }]);
    expect(auditChanges({ name: 'A' }, { name: 'A' })).toEqual([]);
  });

  it('leaves out nothing that differs, however deep', () => {
    expect(auditChanges({ a: { b: 1 } }, { a: { b: 2 } })).toEqual([
      { field: 'a', before: { b: 1 }, after: { b: 2 } },
    ]);
    expect(auditChanges(undefined, null)).toEqual([]);
  });
});
