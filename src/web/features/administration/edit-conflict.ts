import { fieldNameSv } from '#contract/input-issue-sv';
import { isEditConflict } from '../../api/edit-conflict';
import { dateTimeSv } from './user-text';

/** What a save came to: saved, or refused as someone saved first, with what is saved now. */
export type SaveOutcome<Answer, Saved> =
  | { readonly kind: 'saved'; readonly answer: Answer }
  | { readonly kind: 'conflict'; readonly fresh: Saved };

/**
 * Runs a save; when it is refused because someone else saved first, reads what is saved now
 * (to rebase the form on). Any other failure, or nothing to read, is the save's failure.
 */
export async function saveOrReread<Answer, Saved>(
  save: () => Promise<Answer>,
  reread: () => Promise<Saved | undefined>,
): Promise<SaveOutcome<Answer, Saved>> {
  try {
    return { kind: 'saved', answer: await save() };
  } catch (error) {
    if (!isEditConflict(error)) throw error;
    const fresh = await reread();
    if (fresh === undefined) throw error;
    return { kind: 'conflict', fresh };
  }
}

/** Who saved a revision and when, as the server reads it. */
export interface SavedRevision {
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** "av Åsa Lind 2026-12-07 13:05", as far as it is known. */
export function savedBySv(saved: SavedRevision): string {
  const parts = [
    saved.updatedBy === null ? '' : `av ${saved.updatedBy}`,
    saved.updatedAt === null ? '' : dateTimeSv(saved.updatedAt),
  ].filter((part) => part !== '');
  return parts.join(' ');
}

/** A field of a form as the user reads it, to show both versions side by side. */
export interface FieldConflict {
  readonly field: string;
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

/** A value as shown beside the other version (a yes/no field never conflicts: both changed it alike). */
const shown = (value: string | boolean | undefined): string =>
  typeof value === 'string' ? (value.trim() === '' ? '(tomt)' : value) : value ? 'Ja' : 'Nej';

/**
 * After a save was refused because someone saved first: the user's form on top of what is
 * saved now. A field the user did not change takes the saved value; a field the user changed
 * keeps the user's value, and is a conflict (both versions to show) when the other changed it
 * too, to something else. Saving again on the new revision then replaces theirs with the
 * user's where they differ.
 */
export function rebaseForm<Values extends { readonly [Field in keyof Values]: string | boolean }>(
  base: Values,
  mine: Values,
  fresh: Values,
): { readonly values: Values; readonly conflicts: readonly FieldConflict[] } {
  const values = { ...fresh };
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(base) as (keyof Values & string)[]) {
    if (mine[field] === base[field]) continue;
    values[field] = mine[field];
    if (fresh[field] !== base[field] && fresh[field] !== mine[field])
      conflicts.push({
        field,
        label: fieldNameSv(field),
        mine: shown(mine[field]),
        theirs: shown(fresh[field]),
      });
  }
  return { values, conflicts };
}
