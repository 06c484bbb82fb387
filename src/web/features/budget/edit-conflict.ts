import type { ApiError } from '../../api/client';
import { isEditConflict } from '../../api/edit-conflict';

/**
 * A budget save refused because someone else saved the same thing after it was read (409,
 * details.reason 'edit-conflict'). The form keeps what the user typed, reads what was saved,
 * and the user saves again on the new revision; the message (contract/budget-conflict-sv.ts)
 * says who saved and when.
 */

/**
 * Runs a save; when it is refused as an edit conflict, first reads what was saved (refresh),
 * then fails as it would (so the form shows the message and keeps its edits).
 */
export async function refreshOnEditConflict<T>(
  save: () => Promise<T>,
  refresh: (error: ApiError) => Promise<void> | void,
): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isEditConflict(error)) await refresh(error);
    throw error;
  }
}
