import { ConflictVersions } from './ConflictVersions';
import type { ReportConflict } from './report-form';

/** Someone else saved first: their version beside the user's, field by field. */
export function ReportConflictNotice({
  conflicts,
  onTakeSaved,
}: {
  readonly conflicts: readonly ReportConflict[];
  readonly onTakeSaved: (conflict: ReportConflict) => void;
}) {
  return (
    <div role="alert" className="message message--error conflict">
      <p className="message__text">
        Någon annan har sparat ändringar medan du skrev: {conflicts.map((c) => c.label).join(', ')}.
        Dina ändringar finns kvar i formuläret. Välj för varje fält: ta den sparade versionen, eller
        spara igen för att ersätta den med din.
      </p>
      {conflicts.map((conflict) => (
        <section key={conflict.field} className="conflict__field" aria-label={conflict.label}>
          <h3 className="section__subtitle">{conflict.label}</h3>
          <ConflictVersions {...conflict} />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              onTakeSaved(conflict);
            }}
          >
            Ta den sparade versionen<span className="visually-hidden"> av {conflict.label}</span>
          </button>
        </section>
      ))}
    </div>
  );
}
