import { FOLLOW_UP_REFUSALS_SV, type FollowUpRefusal } from '#domain/follow-up/follow-up-status';
import { ApiError } from '../../api/client';

const isRefusal = (value: unknown): value is FollowUpRefusal =>
  typeof value === 'string' && value in FOLLOW_UP_REFUSALS_SV;

/**
 * A refused step of the follow-up (the month locked, the report already handed in) comes as a
 * conflict with the refusal as its reason: its own Swedish sentence says more than the
 * general one for conflicts.
 */
export function withRefusalText(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return error;
  const reason = error.details.reason;
  if (!isRefusal(reason)) return error;
  return new ApiError(
    FOLLOW_UP_REFUSALS_SV[reason],
    error.code,
    error.status,
    error.details,
    error.issues,
  );
}

/** Runs a call, giving a refused step its own sentence. */
export async function explainRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw withRefusalText(error);
  }
}

/** What someone else saved of a text while the user wrote it (from the conflict's details). */
export interface SavedElsewhere {
  /** The revision to save over now; null: the text is not saved any more. */
  readonly revision: number | null;
  /** Their text ('' when they emptied it). */
  readonly theirs: string;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
}

/** A save refused because someone else saved the field first: what they saved, else null. */
export function savedElsewhere(error: unknown, field: string): SavedElsewhere | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const { details } = error;
  if (details.reason !== 'edit-conflict') return null;
  const revision = details[`${field}.revision`];
  const value = details[`${field}.value`];
  return {
    revision: typeof revision === 'number' ? revision : null,
    theirs: typeof value === 'string' ? value : '',
    savedBy: typeof details.savedBy === 'string' ? details.savedBy : null,
    savedAt: typeof details.savedAt === 'string' ? details.savedAt : null,
  };
}
