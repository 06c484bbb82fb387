import { describe, expect, it } from 'vitest';
import { checkCriticalFactor, isPerspective, PERSPECTIVE_NAMES_SV } from './critical-factors';

describe('a critical success factor', () => {
  it('belongs to one of the four perspectives', () => {
    expect(Object.values(PERSPECTIVE_NAMES_SV)).toEqual([
      'Ekonomi',
      'Målgrupp',
      'Verksamhet',
      'Medarbetare',
    ]);
    expect(isPerspective('staff')).toBe(true);
    expect(isPerspective('Medarbetare')).toBe(false);
  });

  it('is trimmed; an unknown perspective and an empty text are refused by field', () => {
    expect(checkCriticalFactor({ perspective: 'economy', text: ' Budget i balans ' })).toEqual({
      ok: true,
      factor: { perspective: 'economy', text: 'Budget i balans' },
    });
    expect(checkCriticalFactor({ perspective: 'miljö', text: '  ' })).toEqual({
      ok: false,
      problems: [
        { field: 'perspective', problem: 'invalid_value', value: 'miljö' },
        { field: 'text', problem: 'required' },
      ],
    });
  });
});
