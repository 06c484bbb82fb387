import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles';
import {
  availableFollowUpTransitions,
  awaitsUnit,
  FOLLOW_UP_REFUSALS_SV,
  FOLLOW_UP_STATUS_NAMES_SV,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_TRANSITION_NAMES_SV,
  followUpRoleOf,
  followUpTransition,
  NOT_STARTED,
  type FollowUpRole,
  type FollowUpState,
  type FollowUpStatus,
  type FollowUpTransition,
  type FollowUpTransitionKind,
} from './follow-up-status';

const SAVE: FollowUpTransition = { kind: 'save-draft' };
const SUBMIT: FollowUpTransition = { kind: 'submit' };
const APPROVE: FollowUpTransition = { kind: 'approve' };
const PUBLISH: FollowUpTransition = { kind: 'publish' };
const returnWith = (remark: string): FollowUpTransition => ({ kind: 'return', remark });
const reopenWith = (reason: string): FollowUpTransition => ({
  kind: 'reopen',
  reason,
  reopenedBy: 'controller-1',
  reopenedAt: '2025-05-20T08:00:00.000Z',
});

const at = (status: FollowUpStatus, locked = false): FollowUpState => ({
  ...NOT_STARTED,
  status,
  locked,
});

/** Runs transitions in turn, failing the test on a refusal. */
function run(state: FollowUpState, steps: [FollowUpTransition, FollowUpRole][]): FollowUpState {
  return steps.reduce((current, [transition, role]) => {
    const result = followUpTransition(transition, current, role);
    if (!result.ok) throw new Error(`${transition.kind} refused: ${result.refusal}`);
    return result.state;
  }, state);
}

const outcome = (
  transition: FollowUpTransition,
  state: FollowUpState,
  role: FollowUpRole,
): string => {
  const result = followUpTransition(transition, state, role);
  return result.ok
    ? `${result.state.status}${result.state.locked ? ' (låst)' : ''}`
    : result.refusal;
};

describe('the statuses', () => {
  it('have their Swedish names', () => {
    expect(FOLLOW_UP_STATUSES.map((status) => FOLLOW_UP_STATUS_NAMES_SV[status])).toEqual([
      'Ej påbörjad',
      'Utkast',
      'Inlämnad',
      'Godkänd',
      'Återskickad',
    ]);
  });

  it('start as Ej påbörjad, open, never reopened', () => {
    expect(NOT_STARTED).toEqual({
      status: 'not-started',
      returnRemark: null,
      locked: false,
      reopenings: [],
    });
  });
});

describe('the transitions of an open month', () => {
  const unitManager = (transition: FollowUpTransition): string[] =>
    FOLLOW_UP_STATUSES.map((status) => outcome(transition, at(status), 'unit-manager'));
  const controller = (transition: FollowUpTransition): string[] =>
    FOLLOW_UP_STATUSES.map((status) => outcome(transition, at(status), 'controller'));

  // Columns: Ej påbörjad, Utkast, Inlämnad, Godkänd, Återskickad.
  it('lets the unit manager save a draft until it is handed in', () => {
    expect(unitManager(SAVE)).toEqual([
      'draft',
      'draft',
      'already-submitted',
      'already-approved',
      'draft',
    ]);
  });

  it('lets the unit manager submit a draft or a returned follow-up', () => {
    expect(unitManager(SUBMIT)).toEqual([
      'nothing-to-submit',
      'submitted',
      'already-submitted',
      'already-approved',
      'submitted',
    ]);
  });

  it('lets the controller approve what is submitted', () => {
    expect(controller(APPROVE)).toEqual([
      'not-submitted',
      'not-submitted',
      'approved',
      'already-approved',
      'not-submitted',
    ]);
  });

  it('lets the controller return what is submitted or approved, with a remark', () => {
    expect(controller(returnWith('Komplettera åtgärden'))).toEqual([
      'not-submitted',
      'not-submitted',
      'returned',
      'returned',
      'not-submitted',
    ]);
    expect(outcome(returnWith('  '), at('submitted'), 'controller')).toBe('remark-required');
  });

  it('lets the controller publish whatever the status, which locks the month', () => {
    expect(controller(PUBLISH)).toEqual(FOLLOW_UP_STATUSES.map((status) => `${status} (låst)`));
  });

  it('has nothing to reopen in an open month', () => {
    expect(controller(reopenWith('Rättelse'))).toEqual(Array(5).fill('not-locked'));
  });

  it('keeps each role to its own transitions', () => {
    const managerOnly: FollowUpTransition[] = [SAVE, SUBMIT];
    const controllerOnly: FollowUpTransition[] = [
      APPROVE,
      returnWith('x'),
      PUBLISH,
      reopenWith('x'),
    ];
    for (const status of FOLLOW_UP_STATUSES) {
      for (const locked of [false, true]) {
        for (const transition of managerOnly) {
          expect(outcome(transition, at(status, locked), 'controller')).toBe('role-not-allowed');
        }
        for (const transition of controllerOnly) {
          expect(outcome(transition, at(status, locked), 'unit-manager')).toBe('role-not-allowed');
        }
      }
    }
  });
});

describe('a published month', () => {
  it('refuses every change but reopening', () => {
    for (const status of FOLLOW_UP_STATUSES) {
      const locked = at(status, true);
      expect(outcome(SAVE, locked, 'unit-manager')).toBe('month-locked');
      expect(outcome(SUBMIT, locked, 'unit-manager')).toBe('month-locked');
      expect(outcome(APPROVE, locked, 'controller')).toBe('month-locked');
      expect(outcome(returnWith('x'), locked, 'controller')).toBe('month-locked');
      expect(outcome(PUBLISH, locked, 'controller')).toBe('month-locked');
    }
  });

  it('is reopened by the controller with a reason, recorded, the status kept', () => {
    const published = run(NOT_STARTED, [
      [SAVE, 'unit-manager'],
      [SUBMIT, 'unit-manager'],
      [APPROVE, 'controller'],
      [PUBLISH, 'controller'],
    ]);
    const reopened = run(published, [[reopenWith('  Fel prognos för köpt vård. '), 'controller']]);
    expect(reopened).toEqual({
      status: 'approved',
      returnRemark: null,
      locked: false,
      reopenings: [
        {
          reason: 'Fel prognos för köpt vård.',
          reopenedBy: 'controller-1',
          reopenedAt: '2025-05-20T08:00:00.000Z',
          status: 'approved',
        },
      ],
    });
  });

  it('needs a reason to reopen', () => {
    expect(outcome(reopenWith(''), at('approved', true), 'controller')).toBe('reason-required');
  });

  it('keeps every reopening, oldest first', () => {
    const twice = run(at('approved', true), [
      [reopenWith('Första'), 'controller'],
      [PUBLISH, 'controller'],
      [reopenWith('Andra'), 'controller'],
    ]);
    expect(twice.reopenings.map((reopening) => reopening.reason)).toEqual(['Första', 'Andra']);
  });
});

describe('the controller’s remark', () => {
  it('stays while the unit reworks and resubmits, and is cleared when approved', () => {
    const returned = run(NOT_STARTED, [
      [SAVE, 'unit-manager'],
      [SUBMIT, 'unit-manager'],
      [returnWith(' Åtgärd saknas. '), 'controller'],
    ]);
    expect(returned).toMatchObject({ status: 'returned', returnRemark: 'Åtgärd saknas.' });
    const reworked = run(returned, [
      [SAVE, 'unit-manager'],
      [SUBMIT, 'unit-manager'],
    ]);
    expect(reworked).toMatchObject({ status: 'submitted', returnRemark: 'Åtgärd saknas.' });
    expect(run(reworked, [[APPROVE, 'controller']]).returnRemark).toBeNull();
  });
});

describe('the roles', () => {
  it('maps the access roles to the follow-up’s two parties', () => {
    expect(ROLES.map((role) => [role, followUpRoleOf(role)])).toEqual([
      ['admin', null],
      ['controller', 'controller'],
      ['department-head', 'unit-manager'],
      ['unit-head', 'unit-manager'],
      ['board-member', null],
      ['auditor', null],
      ['hr', null],
    ]);
  });

  it('offers each role the transitions it can make now', () => {
    expect(availableFollowUpTransitions(NOT_STARTED, 'unit-manager')).toEqual(['save-draft']);
    expect(availableFollowUpTransitions(at('draft'), 'unit-manager')).toEqual([
      'save-draft',
      'submit',
    ]);
    expect(availableFollowUpTransitions(at('submitted'), 'unit-manager')).toEqual([]);
    expect(availableFollowUpTransitions(at('submitted'), 'controller')).toEqual([
      'approve',
      'return',
      'publish',
    ]);
    expect(availableFollowUpTransitions(at('approved', true), 'controller')).toEqual(['reopen']);
  });
});

describe('who the controller is waiting for', () => {
  it('is every unit that has not handed in', () => {
    expect(FOLLOW_UP_STATUSES.filter((status) => awaitsUnit(at(status)))).toEqual([
      'not-started',
      'draft',
      'returned',
    ]);
  });
});

describe('Swedish texts', () => {
  it('names every transition and refusal', () => {
    expect(Object.values(FOLLOW_UP_TRANSITION_NAMES_SV)).toEqual([
      'Spara utkast',
      'Lämna in',
      'Godkänn',
      'Återskicka',
      'Publicera',
      'Öppna igen',
    ]);
    for (const text of Object.values(FOLLOW_UP_REFUSALS_SV))
      expect(text).toMatch(/^[A-ZÅÄÖ].*\.$/u);
  });
});

describe('properties', () => {
  const transition = fc.oneof(
    fc.constant(SAVE),
    fc.constant(SUBMIT),
    fc.constant(APPROVE),
    fc.constant(PUBLISH),
    fc.string({ maxLength: 3 }).map(returnWith),
    fc.string({ maxLength: 3 }).map(reopenWith),
  );
  const step = fc.tuple(transition, fc.constantFrom<FollowUpRole>('unit-manager', 'controller'));

  it('any sequence keeps the state consistent', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let state = NOT_STARTED;
        for (const [request, role] of steps) {
          const result = followUpTransition(request, state, role);
          if (!result.ok) {
            continue;
          }
          const next = result.state;
          // The lock changes by publish and reopen only.
          if (next.locked !== state.locked) {
            expect(['publish', 'reopen']).toContain(request.kind);
          }
          // A locked month's status never changes.
          if (state.locked) expect(next.status).toBe(state.status);
          // Reopenings only grow, by one, on reopen.
          const grew = next.reopenings.length - state.reopenings.length;
          expect(grew).toBe(request.kind === 'reopen' ? 1 : 0);
          // A remark is there exactly after a return until approval.
          if (next.status === 'returned') expect(next.returnRemark).not.toBeNull();
          if (next.status === 'approved') expect(next.returnRemark).toBeNull();
          state = next;
        }
      }),
    );
  });

  it('never leaves the unit manager able to change a handed-in follow-up', () => {
    const handedIn: FollowUpStatus[] = ['submitted', 'approved'];
    fc.assert(
      fc.property(fc.constantFrom(...handedIn), fc.boolean(), (status, locked) => {
        const kinds: FollowUpTransitionKind[] = availableFollowUpTransitions(
          at(status, locked),
          'unit-manager',
        );
        expect(kinds).toEqual([]);
      }),
    );
  });
});
