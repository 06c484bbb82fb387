import { timeSv } from './follow-up-text';

/** The user's version beside the one someone else saved first (who, when). */
export function ConflictVersions({
  mine,
  theirs,
  savedBy,
  savedAt,
}: {
  readonly mine: string;
  readonly theirs: string;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
}) {
  return (
    <div className="conflict__versions">
      <div className="conflict__version">
        <h4 className="conflict__heading">Din version</h4>
        <p className="report-text__body">{mine}</p>
      </div>
      <div className="conflict__version">
        <h4 className="conflict__heading">
          Sparad
          {savedBy ? ` av ${savedBy}` : ''}
          {savedAt ? ` ${timeSv(savedAt)}` : ''}
        </h4>
        <p className="report-text__body">{theirs}</p>
      </div>
    </div>
  );
}
