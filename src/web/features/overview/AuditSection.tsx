import { Link } from 'react-router';
import type { AuditEntry } from '#contract/audit-log';
import type { Overview } from '#contract/overview';
import { swedishDateTime } from '#contract/swedish-time';
import { auditActionNameSv } from '#domain/access/audit-actions';
import { AUDIT_LOG_PATH } from '../../app/navigation';

const whoSv = (entry: AuditEntry): string => entry.displayName ?? entry.username ?? '–';

/** A made document's kind and format from the row's details ("PDF", "CSV"), if told. */
function formatOf(entry: AuditEntry): string | null {
  const details = entry.details;
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return null;
  const format = details.format;
  return typeof format === 'string' ? format.toUpperCase() : null;
}

function EntriesTable({
  caption,
  entries,
  withFormat,
}: {
  readonly caption: string;
  readonly entries: readonly AuditEntry[];
  readonly withFormat: boolean;
}) {
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tid</th>
            <th scope="col">Vem</th>
            <th scope="col">Händelse</th>
            {withFormat ? <th scope="col">Format</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="nowrap">{swedishDateTime(entry.occurredAt)}</td>
              <td>{whoSv(entry)}</td>
              <td>{auditActionNameSv(entry.action)}</td>
              {withFormat ? <td>{formatOf(entry) ?? '–'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The revisor's view of the log: its latest rows, and the latest reports and exports made. */
export function AuditSection({ audit }: { readonly audit: NonNullable<Overview['audit']> }) {
  return (
    <section className="section overview-section" aria-labelledby="overview-audit">
      <h2 id="overview-audit" className="section__title">
        Granskningsloggen
      </h2>
      {audit.latest.length === 0 ? (
        <p>Loggen har inga händelser ännu.</p>
      ) : (
        <EntriesTable caption="Senaste händelserna" entries={audit.latest} withFormat={false} />
      )}
      {audit.documents.length === 0 ? (
        <p>Inga rapporter eller exporter är gjorda ännu (de visas här när någon laddar ned dem).</p>
      ) : (
        <EntriesTable
          caption="Senaste rapporter och exporter"
          entries={audit.documents}
          withFormat
        />
      )}
      <p>
        <Link to={AUDIT_LOG_PATH}>Öppna granskningsloggen</Link>
      </p>
    </section>
  );
}
