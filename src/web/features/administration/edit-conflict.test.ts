import { describe, expect, it } from 'vitest';
import { rebaseForm } from './edit-conflict';

const base = { displayName: 'Sara Holm', email: 'sara@kommun.se', disabled: false };

describe('rebaseForm', () => {
  it('keeps what the user changed and takes what only the other changed', () => {
    const mine = { ...base, displayName: 'Sara Holm-Ek' };
    const fresh = { ...base, email: 'sara.holm@kommun.se' };
    expect(rebaseForm(base, mine, fresh)).toEqual({
      values: { displayName: 'Sara Holm-Ek', email: 'sara.holm@kommun.se', disabled: false },
      conflicts: [],
    });
  });

  it('names a field both changed differently, with both versions, and keeps the user’s', () => {
    const mine = { ...base, displayName: 'Sara Holm-Ek', disabled: true };
    const fresh = { ...base, displayName: 'Sara Ek', email: '' };
    expect(rebaseForm(base, mine, fresh)).toEqual({
      values: { displayName: 'Sara Holm-Ek', email: '', disabled: true },
      conflicts: [{ field: 'displayName', label: 'Namn', mine: 'Sara Holm-Ek', theirs: 'Sara Ek' }],
    });
  });

  it('is no conflict when both wrote the same', () => {
    const same = { ...base, disabled: true };
    expect(rebaseForm(base, same, same).conflicts).toEqual([]);
  });

  it('shows an emptied field as empty', () => {
    const mine = { ...base, email: '', disabled: true };
    const fresh = { ...base, email: 'annan@kommun.se', disabled: false, displayName: 'X' };
    expect(rebaseForm(base, mine, { ...fresh, disabled: true }).conflicts).toEqual([
      { field: 'email', label: 'E-post', mine: '(tomt)', theirs: 'annan@kommun.se' },
    ]);
  });
});
