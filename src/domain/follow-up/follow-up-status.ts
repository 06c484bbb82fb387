import type { Role } from '../access/roles';

/**
 * Where a unit's follow-up (forecast, comment and action) stands for a report month:
 * Ej påbörjad, Utkast, Inlämnad, Godkänd, or Återskickad (returned with the controller's
 * remark).
 */
export const FOLLOW_UP_STATUSES = [
  'not-started',
  'draft',
  'submitted',
  'approved',
  'returned',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_NAMES_SV: Readonly<Record<FollowUpStatus, string>> = {
  'not-started': 'Ej påbörjad',
  draft: 'Utkast',
  submitted: 'Inlämnad',
  approved: 'Godkänd',
  returned: 'Återskickad',
};

/** A published month opened again, as recorded. */
export interface Reopening {
  readonly reason: string;
  /** Who reopened it (a user id) and when (an ISO timestamp), both given by the caller. */
  readonly reopenedBy: string;
  readonly reopenedAt: string;
  /** The unit's status when the month was reopened (it keeps it). */
  readonly status: FollowUpStatus;
}

/** A unit's follow-up state for one report month. */
export interface FollowUpState {
  readonly status: FollowUpStatus;
  /** The controller's remark from the last return; kept while the unit reworks and
   * resubmits, cleared when approved. */
  readonly returnRemark: string | null;
  /** The month's report is published: nothing changes until a controller reopens it. */
  readonly locked: boolean;
  /** Every reopening, oldest first. */
  readonly reopenings: readonly Reopening[];
}

export const NOT_STARTED: FollowUpState = {
  status: 'not-started',
  returnRemark: null,
  locked: false,
  reopenings: [],
};

/** The follow-up's two parties: the unit manager writes, the controller reviews. */
export type FollowUpRole = 'unit-manager' | 'controller';

/**
 * The follow-up role of an access role: an enhetschef, and an avdelningschef for the units of
 * the department, act as the unit manager; the controller as the controller; the others
 * (administratör, nämndledamot, revisor) take no part. Whether the unit is the actor's own is
 * the access policy's question (the grant's scope), not this state machine's.
 */
export function followUpRoleOf(role: Role): FollowUpRole | null {
  switch (role) {
    case 'unit-head':
    case 'department-head':
      return 'unit-manager';
    case 'controller':
      return 'controller';
    default:
      return null;
  }
}

/** What an actor asks to do with a unit's follow-up for the month. */
export type FollowUpTransition =
  | { readonly kind: 'save-draft' }
  | { readonly kind: 'submit' }
  | { readonly kind: 'approve' }
  | { readonly kind: 'return'; readonly remark: string }
  | { readonly kind: 'publish' }
  | {
      readonly kind: 'reopen';
      readonly reason: string;
      readonly reopenedBy: string;
      readonly reopenedAt: string;
    };
export type FollowUpTransitionKind = FollowUpTransition['kind'];

export const FOLLOW_UP_TRANSITION_NAMES_SV: Readonly<Record<FollowUpTransitionKind, string>> = {
  'save-draft': 'Spara utkast',
  submit: 'Lämna in',
  approve: 'Godkänn',
  return: 'Återskicka',
  publish: 'Publicera',
  reopen: 'Öppna igen',
};

/** Who may ask for what: the unit manager drafts and submits, the controller does the rest. */
export const FOLLOW_UP_TRANSITIONS_BY_ROLE: Readonly<
  Record<FollowUpRole, readonly FollowUpTransitionKind[]>
> = {
  'unit-manager': ['save-draft', 'submit'],
  controller: ['approve', 'return', 'publish', 'reopen'],
};

/** Why a transition is refused. */
export type FollowUpRefusal =
  | 'role-not-allowed'
  | 'month-locked'
  | 'not-locked'
  | 'already-locked'
  | 'already-submitted'
  | 'already-approved'
  | 'nothing-to-submit'
  | 'not-submitted'
  | 'remark-required'
  | 'reason-required';

export const FOLLOW_UP_REFUSALS_SV: Readonly<Record<FollowUpRefusal, string>> = {
  'role-not-allowed': 'Din roll får inte göra detta i månadsuppföljningen.',
  'month-locked':
    'Månaden är låst eftersom rapporten är publicerad. En controller kan öppna den igen.',
  'not-locked': 'Månadens rapport är inte publicerad, så månaden är redan öppen.',
  'already-locked': 'Månadens rapport är redan publicerad.',
  'already-submitted':
    'Uppföljningen är redan inlämnad. Controllern kan återskicka den om något behöver ändras.',
  'already-approved': 'Uppföljningen är redan godkänd.',
  'nothing-to-submit': 'Det finns inget att lämna in: spara prognos och kommentar först.',
  'not-submitted': 'Uppföljningen är inte inlämnad.',
  'remark-required': 'Skriv en anmärkning som säger vad enheten behöver ändra.',
  'reason-required': 'Skriv varför månaden öppnas igen.',
};

export type FollowUpTransitionResult =
  | { readonly ok: true; readonly state: FollowUpState }
  | { readonly ok: false; readonly refusal: FollowUpRefusal };

const refuse = (refusal: FollowUpRefusal): FollowUpTransitionResult => ({ ok: false, refusal });
const accept = (state: FollowUpState): FollowUpTransitionResult => ({ ok: true, state });

/** A status the unit manager can no longer change (only the controller can send it back). */
function handedIn(status: FollowUpStatus): FollowUpRefusal | null {
  if (status === 'submitted') return 'already-submitted';
  if (status === 'approved') return 'already-approved';
  return null;
}

/**
 * The state machine of a unit's monthly follow-up. The role is checked first (unit manager:
 * save-draft, submit; controller: approve, return, publish, reopen), then the lock (a
 * published month refuses everything but reopen), then the status:
 * - save-draft: Ej påbörjad, Utkast or Återskickad -> Utkast (a returned remark stays)
 * - submit: Utkast or Återskickad -> Inlämnad (Ej påbörjad has nothing to submit)
 * - approve: Inlämnad -> Godkänd, clearing the remark
 * - return (with a remark): Inlämnad or Godkänd -> Återskickad
 * - publish: locks the month, the status stays
 * - reopen (with a reason): unlocks a published month, the status stays, and the reopening is
 *   recorded with who, when and why
 * Returns the new state, or the reason for the refusal. Texts are trimmed; a blank remark or
 * reason is refused.
 */
export function followUpTransition(
  transition: FollowUpTransition,
  state: FollowUpState,
  role: FollowUpRole,
): FollowUpTransitionResult {
  if (!FOLLOW_UP_TRANSITIONS_BY_ROLE[role].includes(transition.kind)) {
    return refuse('role-not-allowed');
  }
  if (state.locked && transition.kind !== 'reopen') return refuse('month-locked');

  switch (transition.kind) {
    case 'save-draft': {
      const refusal = handedIn(state.status);
      return refusal ? refuse(refusal) : accept({ ...state, status: 'draft' });
    }
    case 'submit': {
      const refusal = handedIn(state.status);
      if (refusal) return refuse(refusal);
      if (state.status === 'not-started') return refuse('nothing-to-submit');
      return accept({ ...state, status: 'submitted' });
    }
    case 'approve':
      if (state.status === 'approved') return refuse('already-approved');
      if (state.status !== 'submitted') return refuse('not-submitted');
      return accept({ ...state, status: 'approved', returnRemark: null });
    case 'return': {
      if (state.status !== 'submitted' && state.status !== 'approved') {
        return refuse('not-submitted');
      }
      const remark = transition.remark.trim();
      if (remark === '') return refuse('remark-required');
      return accept({ ...state, status: 'returned', returnRemark: remark });
    }
    case 'publish':
      return accept({ ...state, locked: true });
    case 'reopen': {
      if (!state.locked) return refuse('not-locked');
      const reason = transition.reason.trim();
      if (reason === '') return refuse('reason-required');
      const reopening: Reopening = {
        reason,
        reopenedBy: transition.reopenedBy,
        reopenedAt: transition.reopenedAt,
        status: state.status,
      };
      return accept({ ...state, locked: false, reopenings: [...state.reopenings, reopening] });
    }
  }
}

/** What a role could do now (with a remark or reason written where one is needed): the
 * buttons the follow-up page shows. */
export function availableFollowUpTransitions(
  state: FollowUpState,
  role: FollowUpRole,
): FollowUpTransitionKind[] {
  const example = (kind: FollowUpTransitionKind): FollowUpTransition => {
    switch (kind) {
      case 'return':
        return { kind, remark: '-' };
      case 'reopen':
        return { kind, reason: '-', reopenedBy: '-', reopenedAt: '-' };
      default:
        return { kind };
    }
  };
  return FOLLOW_UP_TRANSITIONS_BY_ROLE[role].filter(
    (kind) => followUpTransition(example(kind), state, role).ok,
  );
}

/** Whether the controller is still waiting for the unit: not submitted (Ej påbörjad, Utkast,
 * Återskickad). The controller's list of who is missing. */
export function awaitsUnit(state: FollowUpState): boolean {
  return state.status === 'not-started' || state.status === 'draft' || state.status === 'returned';
}
