import { DownloadLinks } from '../../ui/DownloadLinks';
import { useNavigate, useSearchParams } from 'react-router';
import { exportAuditLog, MAX_AUDIT_EXPORT_ROWS } from '#contract/audit-log';
import { decideAccess } from '#domain/access/access-policy';
import { formatInteger } from '#domain/kernel/format';
import { endpointUrl } from '../../api/client';
import { shownData } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { AUDIT_LOG_PATH } from '../../app/navigation';
import { principalOf, useUser } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditLogCheck } from './AuditLogCheck';
import { AuditLogTable } from './AuditLogTable';
import {
  filtersOf,
  isFiltered,
  paramsOfSearch,
  searchFromParams,
  type AuditSearch,
} from './audit-params';
import { useAuditPages } from './use-audit-pages';

/** Exportera (CSV): the rows of the search as shown, as a file for Excel. */
function ExportLink({
  municipalityId,
  search,
  total,
}: {
  readonly municipalityId: string;
  readonly search: AuditSearch;
  readonly total: number | null;
}) {
  if (total !== null && total > MAX_AUDIT_EXPORT_ROWS) {
    return (
      <p className="audit-results__export-note">
        Sökningen ger fler händelser än en export rymmer ({formatInteger(MAX_AUDIT_EXPORT_ROWS)}).
        Välj en kortare period för att exportera.
      </p>
    );
  }
  const href = endpointUrl(exportAuditLog, { municipalityId }, filtersOf(search));
  return (
    <DownloadLinks
      secondary
      describedBy="audit-export-hint"
      failureMessage="Granskningsloggen kunde inte exporteras."
      busyText="Hämtar exporten …"
      links={[{ key: 'csv', href, fileName: 'Granskningslogg.csv', label: 'Exportera (CSV)' }]}
    />
  );
}

/** The search's form, its rows a page at a time, and the export. */
function AuditLogSearch({ municipalityId }: { readonly municipalityId: string }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const search = searchFromParams(searchParams);
  const pages = useAuditPages(municipalityId, filtersOf(search), { skip: false });
  const { state } = pages;
  const page = shownData(state);
  const total = state.status === 'success' ? state.data.total : null;

  return (
    <>
      <AuditFilterForm
        // A search from the address (back, a link) starts the form afresh.
        key={searchParams.toString()}
        search={search}
        onSearch={(next) => {
          void navigate({ pathname: AUDIT_LOG_PATH, search: paramsOfSearch(next, searchParams) });
        }}
      />
      <section className="section" aria-labelledby="audit-results-heading">
        <div className="audit-results__head">
          <h3 id="audit-results-heading" className="audit-results__title">
            {isFiltered(search) ? 'Händelser som matchar sökningen' : 'Alla händelser'}
          </h3>
          <ExportLink municipalityId={municipalityId} search={search} total={total} />
        </div>
        <p id="audit-export-hint" className="audit-results__hint">
          Tider i svensk tid, senaste först. Exporten tar med alla händelser som sökningen ger, som
          CSV-fil för Excel, och noteras själv i loggen.
        </p>
        {state.status === 'error' ? (
          <ErrorAlert message={state.message} onRetry={state.retryable ? pages.retry : undefined} />
        ) : page === null ? (
          <LoadingMessage>Hämtar granskningsloggen …</LoadingMessage>
        ) : page.total === 0 ? (
          <InfoNote>
            {isFiltered(search)
              ? 'Inga händelser matchar sökningen.'
              : 'Granskningsloggen har inga händelser för kommunen ännu.'}
          </InfoNote>
        ) : (
          <AuditLogTable
            entries={pages.entries}
            names={pages.names}
            total={page.total}
            busy={state.status === 'loading'}
            hasMore={pages.hasMore}
            loadingMore={pages.loadingMore}
            moreError={pages.moreError}
            onMore={pages.loadMore}
          />
        )}
      </section>
    </>
  );
}

/**
 * Granskningslogg: every change, sign-in, failed sign-in and export of the municipality, for
 * Revisor and Administratör to search by user, period, object and action, and export.
 */
export function AuditLogPage() {
  useDocumentTitle('Granskningslogg – Administration');
  const { municipality } = useSelectedBoard();
  const user = useUser();
  const mayRead =
    decideAccess(principalOf(user), 'audit:read', { municipalityId: municipality.id }) ===
    'allowed';
  return (
    <section className="audit" aria-labelledby="audit-title">
      <h2 id="audit-title" className="section__title">
        Granskningslogg
      </h2>
      <p className="section__intro">
        Varje ändring (vem, när, vad, före och efter), inloggning och misslyckad inloggning och
        varje export i {municipality.name}. Loggen kan inte ändras i efterhand utan att det syns.
      </p>
      {mayRead ? (
        <>
          <AuditLogCheck key={`check-${municipality.id}`} municipalityId={municipality.id} />
          <AuditLogSearch key={municipality.id} municipalityId={municipality.id} />
        </>
      ) : (
        <InfoNote>Granskningsloggen är för revisorer och administratörer.</InfoNote>
      )}
    </section>
  );
}
