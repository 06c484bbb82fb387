import type { AuditEntry } from '#contract/audit-log';
import { swedishDateTime } from '#contract/swedish-time';
import { auditActionNameSv, auditObjectTypeNameSv } from '#domain/access/audit-actions';
import {
  auditAfterLines,
  auditBeforeLines,
  auditDetailLines,
  auditObjectIdSv,
  type AuditLine,
  type AuditNames,
} from '#contract/audit-text-sv';
import { formatInteger } from '#domain/kernel/format';
import { PagingFooter } from '../../ui/PagingFooter';

export const eventsSv = (count: number): string =>
  `${formatInteger(count)} ${count === 1 ? 'händelse' : 'händelser'}`;

/** Nothing to show: a dash, and a word for screen readers. */
function Nothing({ spoken = 'inget' }: { readonly spoken?: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}

/** "field: value" lines, each on its own line. */
function Lines({ lines }: { readonly lines: readonly AuditLine[] }) {
  if (lines.length === 0) return <Nothing />;
  return (
    <ul className="audit-lines">
      {lines.map((line, index) => (
        <li key={index}>
          {line.field === null ? null : <span className="audit-lines__field">{line.field}:</span>}{' '}
          {line.value}
        </li>
      ))}
    </ul>
  );
}

function UserCell({ entry }: { readonly entry: AuditEntry }) {
  if (entry.username === null) {
    return (
      <td>
        <Nothing spoken="ingen känd användare" />
      </td>
    );
  }
  return (
    <td className="audit-log__user">
      {entry.displayName ? <span className="audit-log__name">{entry.displayName}</span> : null}
      <span className={entry.displayName ? 'audit-log__note' : undefined}>{entry.username}</span>
    </td>
  );
}

function ObjectCell({ entry, names }: { readonly entry: AuditEntry; readonly names: AuditNames }) {
  if (entry.objectType === null && entry.objectId === null) {
    return (
      <td>
        <Nothing />
      </td>
    );
  }
  return (
    <td className="audit-log__object">
      {entry.objectType ? <span>{auditObjectTypeNameSv(entry.objectType)}</span> : null}
      {entry.objectId ? <ObjectName objectId={entry.objectId} names={names} /> : null}
    </td>
  );
}

/** The object by its name, its id under it for the record; an id without a name as it is. */
function ObjectName({
  objectId,
  names,
}: {
  readonly objectId: string;
  readonly names: AuditNames;
}) {
  const name = auditObjectIdSv(objectId, names);
  if (name === objectId) return <span className="audit-log__id">{objectId}</span>;
  return (
    <>
      <span className="audit-log__name">{name}</span>
      <span className="audit-log__id audit-log__note">{objectId}</span>
    </>
  );
}

export interface AuditLogTableProps {
  readonly entries: readonly AuditEntry[];
  readonly names: AuditNames;
  readonly total: number;
  readonly busy: boolean;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError: string | null;
  readonly onMore: () => void;
}

/** The rows found, newest first: who did what when, the change, and from where. */
export function AuditLogTable({
  entries,
  names,
  total,
  busy,
  hasMore,
  loadingMore,
  moreError,
  onMore,
}: AuditLogTableProps) {
  return (
    <>
      {/* Focusable: on a narrow screen the table scrolls sideways, also from the keyboard. */}
      <div
        className={busy ? 'table-frame table-frame--busy' : 'table-frame'}
        aria-busy={busy}
        role="region"
        aria-labelledby="audit-results-heading"
        tabIndex={0}
      >
        <table className="data-table audit-log" aria-labelledby="audit-results-heading">
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Användare</th>
              <th scope="col">Händelse</th>
              <th scope="col">Objekt</th>
              <th scope="col">Före</th>
              <th scope="col">Efter</th>
              <th scope="col">Detaljer</th>
              <th scope="col">IP-adress</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <th scope="row" className="audit-log__time">
                  <time dateTime={entry.occurredAt}>{swedishDateTime(entry.occurredAt)}</time>
                </th>
                <UserCell entry={entry} />
                <td>{auditActionNameSv(entry.action)}</td>
                <ObjectCell entry={entry} names={names} />
                <td className="audit-log__change">
                  <Lines lines={auditBeforeLines(entry.before, entry.after, names)} />
                </td>
                <td className="audit-log__change">
                  <Lines lines={auditAfterLines(entry.before, entry.after, names)} />
                </td>
                <td className="audit-log__change">
                  <Lines lines={auditDetailLines(entry.details, names)} />
                </td>
                <td className="nowrap">{entry.ip ?? <Nothing />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagingFooter
        statusText={
          hasMore
            ? `Visar ${formatInteger(entries.length)} av ${eventsSv(total)}.`
            : total === 1
              ? 'Visar den enda händelsen.'
              : `Visar alla ${eventsSv(total)}.`
        }
        hasMore={hasMore}
        loadingMore={loadingMore}
        moreError={moreError}
        onMore={onMore}
        holdFocus={busy}
      />
    </>
  );
}
