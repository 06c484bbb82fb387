import type { ErrorDetails } from '#contract/errors';
import { AppError } from '#server/app-error';
import type { Clock } from '#server/clock';
import type { AuditActor } from '../audit/audit.service';
import type { RevisionSaved, Saver } from './revisions.repo';

/** Who saves a change, and when: what a compare-and-set stamps on the revision it claims. */
export const saverOf = (clock: Clock, actor: AuditActor): Saver => ({
  now: clock.now().toISOString(),
  username: actor.username,
});

/** What an administrator saves whole, as a refused change names it (details.fields). */
export type AdministeredThing = 'org-unit' | 'user' | 'account-mapping';

/**
 * The refusal of a change whose base revision is no longer the saved one: the revision saved
 * now, who saved it and when, and what else identifies what they saved.
 */
export function editConflict(
  thing: AdministeredThing,
  saved: RevisionSaved,
  winner: ErrorDetails = {},
): AppError {
  return new AppError('conflict', `The ${thing} was changed by someone else since it was read`, {
    details: {
      reason: 'edit-conflict',
      fields: thing,
      revision: saved.revision,
      savedBy: saved.updatedBy,
      savedAt: saved.updatedAt,
      ...winner,
    },
  });
}
