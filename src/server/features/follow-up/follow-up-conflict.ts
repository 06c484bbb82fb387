import { AppError } from '#server/app-error';

/** A field someone else saved since the editor read it, as it is saved now. */
export interface ConflictingField {
  /** 'personnel_costs', 'comment', 'status', 'result', ... */
  readonly field: string;
  /** Its revision now; null: nothing is saved. */
  readonly revision: number | null;
  /** The text or figure (öre) or status saved; null: nothing. */
  readonly value: string | number | null;
  /** Who saved it last, by display name, and when. */
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** A row as saved now (undefined: none): its revision, who saved it last and when. */
interface SavedRow {
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

/** The field as it is saved now in a row (undefined: nothing saved), holding a value. */
export const savedField = (
  field: string,
  now: SavedRow | undefined,
  value: ConflictingField['value'],
): ConflictingField => ({
  field,
  revision: now?.revision ?? null,
  value,
  updatedBy: now?.updatedBy ?? null,
  updatedAt: now?.updatedAt ?? null,
});

/**
 * Whether a text is still as the editor read it at a revision (null: there was none). An
 * emptied text is kept as '' (so its revision goes on) and reads as none.
 */
export function textMatches(
  stored: { readonly body: string; readonly revision: number } | undefined,
  baseRevision: number | null,
): boolean {
  if (baseRevision === null) return stored === undefined || stored.body === '';
  return stored?.revision === baseRevision;
}

/**
 * The refusal of a save made over someone else's (409, reason 'edit-conflict'), in flat
 * details: the fields (fields: 'personnel_costs, comment'), who saved last among them and when
 * (savedBy, savedAt, as every edit conflict names them), and each field's revision and value now ('comment.revision',
 * 'comment.value'). Thrown inside the save's transaction, so nothing of the save is written.
 */
export function editConflict(conflicts: readonly ConflictingField[]): AppError {
  const latest = conflicts.reduce<ConflictingField | null>(
    (last, each) =>
      last === null || (each.updatedAt ?? '') > (last.updatedAt ?? '') ? each : last,
    null,
  );
  const fields = conflicts.map((conflict) => conflict.field).join(', ');
  return new AppError('conflict', `Changed by someone else since it was read: ${fields}`, {
    details: {
      reason: 'edit-conflict',
      fields,
      savedBy: latest?.updatedBy ?? null,
      savedAt: latest?.updatedAt ?? null,
      ...Object.fromEntries(
        conflicts.flatMap((conflict) => [
          [`${conflict.field}.revision`, conflict.revision],
          [`${conflict.field}.value`, conflict.value],
        ]),
      ),
    },
  });
}
