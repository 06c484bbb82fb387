import { ApiError } from './client';

/**
 * A save refused because someone else saved the same thing after it was read (409,
 * details.reason 'edit-conflict'): the details say what they saved (savedBy, savedAt and what
 * the feature adds), and the form keeps the user's edits to save again on the new revision.
 */
export const isEditConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.code === 'conflict' &&
  error.details.reason === 'edit-conflict';
