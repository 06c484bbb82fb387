import { describe, expect, it } from 'vitest';
import { draftFormStart, draftFormStep, type DraftFormState } from './draft-form';

interface Draft {
  readonly name: string;
  readonly owner: string;
}

const start = draftFormStart<Draft>({ name: '', owner: 'Controllern' });
const run = (
  state: DraftFormState<Draft>,
  ...events: Parameters<typeof draftFormStep<Draft>>[1][]
) => events.reduce(draftFormStep<Draft>, state);

describe('draftFormStep', () => {
  it('starts from the draft read, with no message and no errors shown', () => {
    expect(start).toEqual({
      initial: { name: '', owner: 'Controllern' },
      draft: { name: '', owner: 'Controllern' },
      done: null,
      checked: false,
    });
  });

  it('shows the errors from the first save on and hides them once a save goes through', () => {
    const asked = run(start, { kind: 'edit', field: 'name', value: 'Risk' }, { kind: 'save' });
    expect(asked.checked).toBe(true);
    expect(run(asked, { kind: 'saved', done: 'Sparad.', reset: false })).toMatchObject({
      draft: { name: 'Risk', owner: 'Controllern' },
      done: 'Sparad.',
      checked: false,
    });
  });

  it('clears the message when a field is typed or a save is asked for, not the other fields', () => {
    const saved = run(
      start,
      { kind: 'edit', field: 'name', value: 'Risk' },
      { kind: 'saved', done: 'Sparad.', reset: false },
    );
    expect(run(saved, { kind: 'edit', field: 'owner', value: 'Ekonomi' })).toMatchObject({
      draft: { name: 'Risk', owner: 'Ekonomi' },
      done: null,
    });
    expect(run(saved, { kind: 'save' }).done).toBeNull();
  });

  it('starts an add again from the first draft once saved, and keeps a change as typed', () => {
    const typed = run(
      start,
      { kind: 'edit', field: 'name', value: 'Risk' },
      { kind: 'edit', field: 'owner', value: 'Ekonomi' },
    );
    expect(run(typed, { kind: 'saved', done: 'Tillagd.', reset: true }).draft).toEqual({
      name: '',
      owner: 'Controllern',
    });
    expect(run(typed, { kind: 'saved', done: 'Sparad.', reset: false }).draft).toEqual({
      name: 'Risk',
      owner: 'Ekonomi',
    });
  });

  it('keeps the draft as typed after a refused save (no event but the ask)', () => {
    const refused = run(start, { kind: 'edit', field: 'name', value: 'Risk' }, { kind: 'save' });
    expect(refused.draft).toEqual({ name: 'Risk', owner: 'Controllern' });
    expect(refused.done).toBeNull();
  });
});
