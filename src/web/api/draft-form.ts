/**
 * What a form holds between its saves, DOM-free: the draft as typed, the message of the last
 * save that went through, and whether the draft's own errors are shown (from the first save on,
 * until one goes through). A refused save changes nothing here: the draft stays as typed.
 */
export interface DraftFormState<D> {
  /** The draft the form started from; an add starts again from it after its save. */
  readonly initial: D;
  readonly draft: D;
  readonly done: string | null;
  readonly checked: boolean;
}

export type DraftFormEvent<D> =
  /** A field typed: the last save's message goes. */
  | { readonly kind: 'edit'; readonly field: keyof D; readonly value: D[keyof D] }
  /** A save asked for: the draft's errors show, the last message goes. */
  | { readonly kind: 'save' }
  /** A save went through: its message shows, and the draft starts again when reset. */
  | { readonly kind: 'saved'; readonly done: string; readonly reset: boolean };

export const draftFormStart = <D>(initial: D): DraftFormState<D> => ({
  initial,
  draft: initial,
  done: null,
  checked: false,
});

export function draftFormStep<D>(
  state: DraftFormState<D>,
  event: DraftFormEvent<D>,
): DraftFormState<D> {
  switch (event.kind) {
    case 'edit':
      return { ...state, draft: { ...state.draft, [event.field]: event.value }, done: null };
    case 'save':
      return { ...state, done: null, checked: true };
    case 'saved':
      return {
        ...state,
        draft: event.reset ? state.initial : state.draft,
        done: event.done,
        checked: false,
      };
  }
}
