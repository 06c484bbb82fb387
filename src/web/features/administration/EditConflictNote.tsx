import type { ReactNode } from 'react';
import { savedBySv, type FieldConflict, type SavedRevision } from './edit-conflict';

/**
 * A save refused because another administrator saved first: who and when, that nothing of the
 * user's was saved but the form keeps it, and where both changed the same field, both
 * versions. Saving again saves the user's version on top of theirs.
 */
export function EditConflictNote({
  what,
  saved,
  conflicts = [],
  children,
  onTakeSaved,
}: {
  /** What was saved meanwhile: "enheten", "användaren", "kontogrupperingen". */
  readonly what: string;
  readonly saved: SavedRevision;
  readonly conflicts?: readonly FieldConflict[];
  /** What the other saved, when it is not a field of a form (the account ranges). */
  readonly children?: ReactNode;
  /** Drops the user's edits and takes what is saved. */
  readonly onTakeSaved?: () => void;
}) {
  const who = savedBySv(saved);
  return (
    <div role="alert" className="message message--error conflict">
      <p className="message__text">
        Någon annan har sparat {what} medan du ändrade{who === '' ? '' : ` (sparat ${who})`}. Inget
        av ditt sparades. Dina ändringar finns kvar: jämför med det som sparades och spara igen om
        ditt ska gälla.
      </p>
      {conflicts.length > 0 ? (
        <dl className="facts">
          {conflicts.map((conflict) => (
            <div key={conflict.field} className="facts__item">
              <dt className="facts__term">{conflict.label}</dt>
              <dd className="facts__value">
                Sparat: {conflict.theirs}. Ditt: {conflict.mine}.
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
      {onTakeSaved ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onTakeSaved}
        >
          Ta den sparade versionen
        </button>
      ) : null}
    </div>
  );
}
