import { useRef, useState } from 'react';
import type { BudgetVersion } from '#contract/budget';
import {
  getInvestmentBudget,
  saveInvestmentBudget,
  type InvestmentBudgetDto,
} from '#contract/investment-budget';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_CATEGORY_NAMES_SV,
  STANDARD_INVESTMENT_LINES_SV,
  type InvestmentCategory,
} from '#domain/budget/investments';
import { ZERO_ORE } from '#domain/kernel/money';
import { apiGet, apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { AmountCell } from '../../ui/Amount';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';
import {
  amountDraft,
  editorProblems,
  lineDraftsOf,
  linesChanged,
  linesOf,
  newLineDraft,
  yearSums,
  type LineDraft,
} from './investment-editor';

const yearLabel = (budget: InvestmentBudgetDto, year: number) =>
  `${year === budget.budgetYear ? 'Budget' : 'Plan'} ${String(year)}`;

const nameInputId = (id: string) => `investment-name-${id}`;

function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * The table of an investment budget, to edit (a Förslag, for a role that may) or to read:
 * categories with their sums per year, the lines under each with a field per year in whole
 * tkr, and Totala utgifter; a line is added under its category (the documents' standard names
 * offered), renamed, removed, and the whole budget saved at once.
 */
function InvestmentTable({
  saved,
  versionName,
  editable,
  onSaved,
}: {
  readonly saved: InvestmentBudgetDto;
  readonly versionName: string;
  readonly editable: boolean;
  readonly onSaved: (budget: InvestmentBudgetDto) => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const [drafts, setDrafts] = useState<readonly LineDraft[]>(() => lineDraftsOf(saved));
  const [message, setMessage] = useState<string | null>(null);
  const nextId = useRef(0);
  const submission = useSubmit('Investeringsbudgeten kunde inte sparas.');
  const years = saved.years;
  const labels = years.map((year) => yearLabel(saved, year));
  const problems = editorProblems(drafts, labels);
  const changed = linesChanged(drafts, saved);

  const change = (next: readonly LineDraft[]) => {
    setMessage(null);
    setDrafts(next);
  };
  const update = (id: string, patch: (draft: LineDraft) => LineDraft) => {
    change(drafts.map((draft) => (draft.id === id ? patch(draft) : draft)));
  };
  const add = (category: InvestmentCategory) => {
    nextId.current += 1;
    const line = newLineDraft(drafts, category, years.length, `new-${String(nextId.current)}`);
    // After the category's last line, so the order on screen is the order saved.
    const lastIndex = drafts.map((draft) => draft.category).lastIndexOf(category);
    const at = lastIndex < 0 ? drafts.length : lastIndex + 1;
    change([...drafts.slice(0, at), line, ...drafts.slice(at)]);
    focusLater(nameInputId(line.id));
  };
  const params = { municipalityId: municipality.id, boardId: board.id, versionId: saved.versionId };
  const save = async () => {
    // Refused when another saved since: the saved budget is read again (Ångra shows it), the
    // lines typed stay, and saving again puts them over it.
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveInvestmentBudget,
            params,
            {},
            {
              baseRevision: saved.revision,
              lines: linesOf(drafts).map((line) => ({ ...line, amounts: [...line.amounts] })),
            },
          ),
        async () => {
          onSaved(await apiGet(getInvestmentBudget, params, {}));
        },
      ),
    );
    if (answer) {
      setDrafts(lineDraftsOf(answer));
      onSaved(answer);
      setMessage('Investeringsbudgeten är sparad.');
    }
  };

  const totals = yearSums(drafts, years.length);
  return (
    <>
      <div className="table-frame">
        <table className="data-table">
          <caption>
            Investeringsbudget {versionName}, utgifter i tkr.
            {editable ? ' Skriv hela tkr; tom ruta är 0.' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Investering</th>
              {labels.map((label) => (
                <th key={label} scope="col" className="amount-head">
                  {label}
                </th>
              ))}
              {editable ? <th scope="col">Ändra</th> : null}
            </tr>
          </thead>
          <tbody>
            {INVESTMENT_CATEGORIES.map((category) => {
              const lines = drafts.filter((draft) => draft.category === category);
              const categoryName = INVESTMENT_CATEGORY_NAMES_SV[category];
              return [
                <tr key={category} className="row--subtotal">
                  <th scope="row">
                    <strong>{categoryName}</strong>
                  </th>
                  {yearSums(lines, years.length).map((sum, column) => (
                    <AmountCell key={years[column]} value={sum} />
                  ))}
                  {editable ? (
                    <td>
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          add(category);
                        }}
                      >
                        Lägg till rad<span className="visually-hidden"> under {categoryName}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>,
                ...lines.map((draft, lineIndex) => {
                  const shownName = draft.name.trim() || `ny rad ${String(lineIndex + 1)}`;
                  return (
                    <tr key={draft.id}>
                      <th scope="row" className="budget-grid__unit">
                        {editable ? (
                          <input
                            id={nameInputId(draft.id)}
                            className="field__input"
                            list={`investment-names-${category}`}
                            autoComplete="off"
                            maxLength={100}
                            aria-label={`Namn, rad ${String(lineIndex + 1)} under ${categoryName}`}
                            aria-invalid={problems.fields.has(`${draft.id}|name`) || undefined}
                            value={draft.name}
                            onChange={(event) => {
                              const name = event.target.value;
                              update(draft.id, (current) => ({ ...current, name }));
                            }}
                          />
                        ) : (
                          draft.name
                        )}
                      </th>
                      {draft.amounts.map((amount, column) => {
                        const invalid = problems.fields.has(`${draft.id}|${String(column)}`);
                        return editable ? (
                          <td key={years[column]} className="amount budget-grid__cell">
                            <input
                              className={
                                invalid
                                  ? 'budget-grid__input budget-grid__input--invalid'
                                  : 'budget-grid__input'
                              }
                              inputMode="numeric"
                              autoComplete="off"
                              aria-label={`${shownName}, ${labels[column] ?? ''}, tkr`}
                              aria-invalid={invalid || undefined}
                              value={amount.text}
                              onChange={(event) => {
                                const text = event.target.value;
                                update(draft.id, (current) => ({
                                  ...current,
                                  amounts: current.amounts.map((cell, index) =>
                                    index === column ? amountDraft(text) : cell,
                                  ),
                                }));
                              }}
                              onFocus={(event) => {
                                event.currentTarget.select();
                              }}
                            />
                          </td>
                        ) : (
                          <AmountCell key={years[column]} value={amount.amount ?? ZERO_ORE} />
                        );
                      })}
                      {editable ? (
                        <td>
                          <button
                            type="button"
                            className="button"
                            onClick={() => {
                              change(drafts.filter((candidate) => candidate.id !== draft.id));
                            }}
                          >
                            Ta bort<span className="visually-hidden"> {shownName}</span>
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  );
                }),
              ];
            })}
          </tbody>
          <tfoot>
            <tr className="row--total">
              <th scope="row">Totala utgifter</th>
              {totals.map((total, column) => (
                <AmountCell key={years[column]} value={total} />
              ))}
              {editable ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </div>
      {editable
        ? INVESTMENT_CATEGORIES.map((category) => (
            <datalist key={category} id={`investment-names-${category}`}>
              {STANDARD_INVESTMENT_LINES_SV[category].map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          ))
        : null}
      {editable && problems.messages.length > 0 ? (
        <div className="message message--error" aria-live="polite">
          <p className="message__text">Rätta detta innan investeringsbudgeten sparas:</p>
          <ul>
            {problems.messages.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {editable ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={submission.busy || !changed || problems.messages.length > 0}
            onClick={() => {
              void save();
            }}
          >
            {submission.busy ? 'Sparar …' : 'Spara investeringsbudgeten'}
          </button>
          <button
            type="button"
            className="button"
            disabled={!changed}
            onClick={() => {
              change(lineDraftsOf(saved));
            }}
          >
            Ångra ändringar i investeringsbudgeten
          </button>
          <span className="form-actions__hint" role="status">
            {message ?? (changed ? 'Osparade ändringar i investeringsbudgeten.' : '')}
          </span>
        </div>
      ) : null}
    </>
  );
}

/**
 * A budget version's investment budget (budget year and four plan years) under its grid:
 * editable while the version is a Förslag and the role may change budgets, else read only.
 */
export function InvestmentBudgetEditor({ version }: { readonly version: BudgetVersion }) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const { state, retry } = useApiGet(
    getInvestmentBudget,
    { municipalityId: municipality.id, boardId: board.id, versionId: version.id },
    {},
  );
  const [saved, setSaved] = useState<InvestmentBudgetDto | null>(null);
  const budget = saved ?? (state.status === 'success' ? state.data : null);
  const editable = version.status === 'draft' && can('budget:edit');
  return (
    <section className="section" aria-labelledby="investment-budget-title">
      <h3 id="investment-budget-title" className="section__title">
        Investeringsbudget
      </h3>
      <p className="section__intro">
        Utgifter per investeringsrad för budgetåret och de fyra planåren. Raderna följer med när en
        ny version startas från den här.
      </p>
      {state.status === 'loading' && !budget ? (
        <LoadingMessage>Hämtar investeringsbudgeten …</LoadingMessage>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {budget && !editable && budget.lines.length === 0 ? (
        <InfoNote>Versionen har ingen investeringsbudget.</InfoNote>
      ) : null}
      {budget && (editable || budget.lines.length > 0) ? (
        <InvestmentTable
          key={`${budget.versionId}-${String(editable)}`}
          saved={budget}
          versionName={version.name}
          editable={editable}
          onSaved={setSaved}
        />
      ) : null}
    </section>
  );
}
