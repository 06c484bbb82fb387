import { useState } from 'react';
import { rebaseForm, type FieldConflict } from './edit-conflict';

/** A save refused because someone else saved first: what they saved, and where both changed. */
export interface DraftConflict<Saved> {
  readonly saved: Saved;
  readonly conflicts: readonly FieldConflict[];
}

/**
 * A form's values on the revision it stands on (the base: what was read, null for something
 * new) and how it follows what others save: a refused save keeps the user's edits on top of
 * what is saved now, naming the fields both changed (see rebaseForm), and the next save is made
 * on the new revision.
 */
export function useRebasedDraft<
  Saved,
  Opened extends Saved | null,
  Draft extends { readonly [Field in keyof Draft]: string | boolean },
>(opened: Opened, initial: Draft, draftOf: (saved: Saved) => Draft) {
  const [base, setBase] = useState<Opened | Saved>(opened);
  const [draft, setDraft] = useState(initial);
  const [conflict, setConflict] = useState<DraftConflict<Saved> | null>(null);
  const rebaseOn = (fresh: Saved) => rebaseForm(draftOf(base ?? fresh), draft, draftOf(fresh));
  return {
    base,
    draft,
    conflict,
    change: (patch: Partial<Draft>) => {
      setDraft((current) => ({ ...current, ...patch }));
    },
    /** Saved: the form stands on what it saved, as saved. */
    saved: (answer: Saved) => {
      setBase(answer);
      setDraft(draftOf(answer));
      setConflict(null);
    },
    /** Refused as someone saved first: the user's edits on top of what is saved now. */
    refused: (fresh: Saved) => {
      const rebased = rebaseOn(fresh);
      setBase(fresh);
      setDraft(rebased.values);
      setConflict({ saved: fresh, conflicts: rebased.conflicts });
    },
    /** A newer revision came from elsewhere on the page: stand on it, keeping the user's edits. */
    follow: (fresh: Saved) => {
      setBase(fresh);
      setDraft(rebaseOn(fresh).values);
    },
    /** Drops the user's edits for what the other saved. */
    takeSaved: () => {
      if (!conflict) return;
      setDraft(draftOf(conflict.saved));
      setConflict(null);
    },
  };
}
