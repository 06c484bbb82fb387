import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BUDGET_STATUS_NAMES_SV, listBudgetVersions, type BudgetGrid } from '#contract/budget';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { BudgetDocumentLinks } from './BudgetDocumentLinks';
import { BudgetTexts } from './BudgetTexts';
import { BudgetVersionView } from './BudgetVersionView';
import { InvestmentFollowUp } from './InvestmentFollowUp';
import { BudgetDecisions } from './BudgetDecisions';
import { FrameWalkEditor } from './FrameWalkEditor';
import { NewVersionForm } from './NewVersionForm';

/** The address: ?ar=<budget year>&version=<id>. */
const YEAR_PARAM = 'ar';
const VERSION_PARAM = 'version';

/**
 * The budget year shown when the address names none: this year's, opened on the decided version
 * the follow-up uses (next year's is a choice away).
 */
const DEFAULT_YEAR = new Date().getFullYear();

/** Budget: a board's budget versions for a budget year, one of them opened as a grid. */
export function BudgetPage() {
  useDocumentTitle('Budget');
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const [searchParams] = useSearchParams();
  const changeSearchParams = useSearchParamChange();
  const budgetYear = Number(searchParams.get(YEAR_PARAM) ?? DEFAULT_YEAR) || DEFAULT_YEAR;
  const versionParam = searchParams.get(VERSION_PARAM);
  const params = { municipalityId: municipality.id, boardId: board.id };
  const current = useApiGet(listBudgetVersions, params, { year: budgetYear });
  const previous = shownData(useApiGet(listBudgetVersions, params, { year: budgetYear - 1 }).state);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<BudgetGrid | null>(null);
  /** Counts saves that change what a version shows beside its cells (the allocations). */
  const [allocationsSaved, setAllocationsSaved] = useState(0);
  /** Counts decisions added or removed: the investment follow-up reads its budgets again. */
  const [decisionsChanged, setDecisionsChanged] = useState(0);

  const go = (year: number, version: string | null) => {
    changeSearchParams((next) => {
      next.set(YEAR_PARAM, String(year));
      if (version) next.set(VERSION_PARAM, version);
      else next.delete(VERSION_PARAM);
    });
  };
  const versions = shownData(current.state)?.versions ?? [];
  // Opening Budget without an address: the version the follow-up uses this year.
  const versionId =
    versionParam ??
    (searchParams.has(YEAR_PARAM)
      ? null
      : (versions.find((version) => version.inFollowUp)?.id ?? null));
  const versionSearch = (id: string) => {
    const next = new URLSearchParams(searchParams);
    next.set(YEAR_PARAM, String(budgetYear));
    next.set(VERSION_PARAM, id);
    return `?${next.toString()}`;
  };
  const yearOptions = Array.from({ length: 6 }, (_, index) => DEFAULT_YEAR - 4 + index).map(
    (year) => ({
      value: String(year),
      label: String(year),
    }),
  );
  if (!yearOptions.some((option) => option.value === String(budgetYear)))
    yearOptions.push({ value: String(budgetYear), label: String(budgetYear) });

  return (
    <div className="page">
      <h1 className="page__title">
        Budget {budgetYear} {board.name}
      </h1>
      <div className="period-controls">
        <SelectField
          label="Budgetår"
          value={String(budgetYear)}
          options={yearOptions}
          onChange={(value) => {
            setCreating(false);
            go(Number(value), null);
          }}
        />
      </div>
      <section className="section" aria-labelledby="versions-title">
        <h2 id="versions-title" className="section__title">
          Budgetversioner för {budgetYear}
        </h2>
        {current.state.status === 'loading' ? (
          <LoadingMessage>Hämtar versionerna …</LoadingMessage>
        ) : null}
        {current.state.status === 'error' ? (
          <ErrorAlert
            message={current.state.message}
            onRetry={current.state.retryable ? current.retry : undefined}
          />
        ) : null}
        {current.state.status === 'success' && versions.length === 0 ? (
          <InfoNote>Det finns ingen budget för {budgetYear} ännu.</InfoNote>
        ) : null}
        {versions.length > 0 ? (
          <div className="table-frame">
            <table className="data-table">
              <caption className="visually-hidden">Budgetversioner för {budgetYear}</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Status</th>
                  <th scope="col">I uppföljningen</th>
                  <th scope="col">Beslut</th>
                  <th scope="col">Skapad av</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version) => (
                  <tr key={version.id}>
                    <th scope="row">
                      <Link
                        to={{ search: versionSearch(version.id) }}
                        aria-current={version.id === versionId ? 'true' : undefined}
                      >
                        {version.name}
                      </Link>
                    </th>
                    <td>{BUDGET_STATUS_NAMES_SV[version.status]}</td>
                    <td>{version.inFollowUp ? 'Ja' : 'Nej'}</td>
                    <td>
                      {version.decidedBy ? `${version.decidedBy}, ${version.decidedAt ?? ''}` : '–'}
                    </td>
                    <td>{version.createdBy ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {can('budget:edit') && !creating ? (
          <p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setCreating(true);
                requestAnimationFrame(() => document.getElementById('new-version-title')?.focus());
              }}
            >
              Ny budgetversion
            </button>
          </p>
        ) : null}
      </section>
      <FrameWalkEditor
        budgetYear={budgetYear}
        onSaved={() => {
          setCreated(null);
          setAllocationsSaved((count) => count + 1);
        }}
      />
      <BudgetDocumentLinks
        params={params}
        budgetYear={budgetYear}
        versions={versions}
        versionId={versionId}
      />
      {versions.some((version) => version.inFollowUp) ? <BudgetTexts year={budgetYear} /> : null}
      {versions.some((version) => version.inFollowUp) ? (
        <BudgetDecisions
          year={budgetYear}
          onChanged={() => {
            setDecisionsChanged((count) => count + 1);
          }}
        />
      ) : null}
      {versions.some((version) => version.inFollowUp) ? (
        <InvestmentFollowUp key={decisionsChanged} year={budgetYear} />
      ) : null}
      {creating && !previous ? <p className="loading">Hämtar budgetversionerna …</p> : null}
      {creating && previous ? (
        // Shown once last year's versions are in: the form's first choice of source is the
        // latest version when there is one.
        <NewVersionForm
          budgetYear={budgetYear}
          sources={[...versions, ...previous.versions]}
          onCreated={(grid) => {
            setCreating(false);
            setCreated(grid);
            current.retry();
            go(budgetYear, grid.version.id);
          }}
          onCancel={() => {
            setCreating(false);
          }}
        />
      ) : null}
      {versionId ? (
        <BudgetVersionView
          key={`${versionId}-${String(allocationsSaved)}`}
          versionId={versionId}
          created={created}
          onChanged={current.retry}
        />
      ) : null}
    </div>
  );
}
