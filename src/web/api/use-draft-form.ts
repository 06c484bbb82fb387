import { useReducer } from 'react';
import { draftFormStart, draftFormStep, type DraftFormState } from './draft-form';
import { useSubmit, type Submission } from './use-submit';

export interface DraftSave<T> {
  /** The save, or null when the draft does not read (its errors then show, nothing is sent). */
  readonly work: (() => Promise<T>) | null;
  /** The message shown when the save went through. */
  readonly done: (answer: T) => string;
  /** An add: the draft starts again from the form's first draft once saved. */
  readonly reset?: boolean;
  /**
   * After the save, gone through or refused, e.g. the page reads again: after someone else's
   * save meanwhile the refusal is shown, the draft stays as typed and the next save carries the
   * revision read now.
   */
  readonly settled?: () => void;
}

export interface DraftForm<D> extends Omit<DraftFormState<D>, 'initial'> {
  readonly submission: Submission;
  /** Changes one field of the draft (and clears the last save's message). */
  readonly set: <K extends keyof D>(field: K, value: D[K]) => void;
  /** `set` for one field, as an input's onChange. */
  readonly setter: <K extends keyof D>(field: K) => (value: D[K]) => void;
  /** Runs a save through the submission; its answer, or undefined when none was made. */
  readonly save: <T extends object>(save: DraftSave<T>) => Promise<T | undefined>;
}

/**
 * A form's draft and its save: the draft built once from what was read, a typed `set`, the
 * message after a save, the draft started again after an add, the failure through useSubmit.
 */
export function useDraftForm<D extends object>(
  initial: () => D,
  fallbackMessage: string,
): DraftForm<D> {
  const [state, dispatch] = useReducer(draftFormStep<D>, initial, (make) => draftFormStart(make()));
  const submission = useSubmit(fallbackMessage);
  const set = <K extends keyof D>(field: K, value: D[K]) => {
    dispatch({ kind: 'edit', field, value });
  };
  const save = async <T extends object>({ work, done, reset = false, settled }: DraftSave<T>) => {
    dispatch({ kind: 'save' });
    if (!work) return undefined;
    const answer = await submission.run(work);
    if (answer) dispatch({ kind: 'saved', done: done(answer), reset });
    settled?.();
    return answer;
  };
  return {
    draft: state.draft,
    done: state.done,
    checked: state.checked,
    submission,
    set,
    setter: (field) => (value) => {
      set(field, value);
    },
    save,
  };
}
