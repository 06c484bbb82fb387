/**
 * A report section's way from assignment to approval. The writer it is assigned to saves
 * drafts and marks it ready; the controller reviews it and returns it with a comment or
 * approves it; an approved section changes only when the controller reopens it. Nothing
 * changes once the report is published. The report can be published when every section
 * with a writer is approved.
 */

export const SECTION_STATES = ['not-started', 'draft', 'ready', 'returned', 'approved'] as const;
export type SectionState = (typeof SECTION_STATES)[number];

export const isSectionState = (value: unknown): value is SectionState =>
  typeof value === 'string' && (SECTION_STATES as readonly string[]).includes(value);

export const SECTION_STATE_NAMES_SV: Readonly<Record<SectionState, string>> = {
  'not-started': 'Ej påbörjad',
  draft: 'Utkast',
  ready: 'Klar för granskning',
  returned: 'Återsänd',
  approved: 'Godkänd',
};

export type SectionAction =
  | { readonly kind: 'save' }
  | { readonly kind: 'mark-ready' }
  | { readonly kind: 'return'; readonly comment: string }
  | { readonly kind: 'approve' }
  | { readonly kind: 'reopen' };

/** Who is acting, as far as a section is concerned (the caller decides it from the access). */
export interface SectionActor {
  /** The writer the section is assigned to. */
  readonly isAssignee: boolean;
  /** A controller of the board (reviews, approves, and may write any section). */
  readonly isController: boolean;
}

export interface SectionSituation {
  readonly state: SectionState;
  /** The report is published: locked. */
  readonly published: boolean;
  /** The section's text (as saved, or as being saved) holds something. */
  readonly hasText: boolean;
}

export const SECTION_REFUSALS = [
  'published',
  'not-allowed',
  'wrong-state',
  'comment-required',
  'empty-text',
] as const;
export type SectionRefusal = (typeof SECTION_REFUSALS)[number];

export const isSectionRefusal = (value: unknown): value is SectionRefusal =>
  typeof value === 'string' && (SECTION_REFUSALS as readonly string[]).includes(value);

export type SectionStep =
  | { readonly ok: true; readonly state: SectionState }
  | { readonly ok: false; readonly refusal: SectionRefusal };

const refuse = (refusal: SectionRefusal): SectionStep => ({ ok: false, refusal });
const to = (state: SectionState): SectionStep => ({ ok: true, state });

const OPEN_FOR_WRITING: readonly SectionState[] = ['not-started', 'draft', 'returned'];

/** The section's state after the action, or why the action is refused. */
export function nextSectionState(
  situation: SectionSituation,
  action: SectionAction,
  actor: SectionActor,
): SectionStep {
  if (situation.published) return refuse('published');
  const { state } = situation;
  const writer = actor.isAssignee || actor.isController;
  switch (action.kind) {
    case 'save':
      if (!writer) return refuse('not-allowed');
      if (state === 'approved') return refuse('wrong-state');
      // The controller's edits while reviewing keep the section ready; the writer's own edit
      // takes it back to a draft, to be marked ready again.
      if (state === 'ready') return to(actor.isController ? 'ready' : 'draft');
      return to('draft');
    case 'mark-ready':
      if (!writer) return refuse('not-allowed');
      if (!OPEN_FOR_WRITING.includes(state)) return refuse('wrong-state');
      if (!situation.hasText) return refuse('empty-text');
      return to('ready');
    case 'return':
      if (!actor.isController) return refuse('not-allowed');
      if (state !== 'ready' && state !== 'approved') return refuse('wrong-state');
      if (action.comment.trim() === '') return refuse('comment-required');
      return to('returned');
    case 'approve':
      if (!actor.isController) return refuse('not-allowed');
      if (state !== 'ready') return refuse('wrong-state');
      return to('approved');
    case 'reopen':
      if (!actor.isController) return refuse('not-allowed');
      if (state !== 'approved') return refuse('wrong-state');
      return to('draft');
  }
}

export const SECTION_REFUSALS_SV: Readonly<Record<SectionRefusal, string>> = {
  published: 'Rapporten är publicerad och kan inte ändras',
  'not-allowed': 'Avsnittet är inte tilldelat dig',
  'wrong-state': 'Det går inte i avsnittets nuvarande läge',
  'comment-required': 'Skriv en kommentar till skribenten när avsnittet skickas tillbaka',
  'empty-text': 'Avsnittet har ingen text ännu: skriv och spara innan det markeras klart',
};

/** "Avsnittet är godkänt: Det går inte …" names the state a refusal met, for the message. */
export function sectionRefusalSv(refusal: SectionRefusal, state: SectionState): string {
  const sentence = SECTION_REFUSALS_SV[refusal];
  return refusal === 'wrong-state'
    ? `${sentence} (${SECTION_STATE_NAMES_SV[state].toLocaleLowerCase('sv')}).`
    : `${sentence}.`;
}

export interface SectionStanding {
  readonly title: string;
  readonly state: SectionState;
  /** The section is written by someone (a section of figures alone has no writer). */
  readonly hasWriter: boolean;
}

/** The sections that keep the report from being published: written ones not yet approved. */
export function publicationBlockers(sections: readonly SectionStanding[]): SectionStanding[] {
  return sections.filter((candidate) => candidate.hasWriter && candidate.state !== 'approved');
}
