import { useState } from 'react';
import {
  getInvestmentFollowUp,
  saveInvestmentFollowUp,
  type InvestmentFollowUpDto,
} from '#contract/investment-budget';
import {
  investmentFollowUpTable,
  type InvestmentFollowUpRow,
} from '#domain/budget/investment-follow-up';
import { ZERO_ORE } from '#domain/kernel/money';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { apiGet, apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { AmountCell, NotApplicableCell } from '../../ui/Amount';
import { ErrorAlert } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';
import { BookedCell, FollowUpFigures } from './InvestmentFollowUpCells';
import { InvestmentTransactions } from './InvestmentTransactions';
import {
  amountDraft,
  badFollowUpAmount,
  followUpDraftsOf,
  followUpKey,
  followUpLinesOf,
  rebaseFollowUpDrafts,
  sameFollowUpDraft,
  unlabelledAdjustment,
  type FollowUpDraft,
} from './investment-editor';

/** The fields of a month as read: the forecast that stands where none was entered. */
function draftsOf(followUp: InvestmentFollowUpDto): Map<string, FollowUpDraft> {
  const rows = investmentFollowUpTable({ month: followUp.month, lines: followUp.lines });
  return followUpDraftsOf(
    followUp,
    (key) => rows.find((row) => row.key === key)?.forecast ?? ZERO_ORE,
  );
}

/** Where a line's forecast comes from, when it was not entered at the report month. */
function forecastNote(row: InvestmentFollowUpRow): string | null {
  if (row.forecastSource === 'earlier' && row.forecastMonth !== null)
    return `från ${MONTH_NAMES_SV[row.forecastMonth]}`;
  if (row.forecastSource === 'budget') return 'budgeten';
  return null;
}

/**
 * The follow-up table at a report month: per category and line the year's budget, the actual
 * year to date, the full-year forecast and the variance (budget - forecast, positive when
 * spending less), fields to type in for a role that may, and one save for the month.
 */
export function FollowUpTable({
  followUp,
  editable,
  onSaved,
}: {
  readonly followUp: InvestmentFollowUpDto;
  readonly editable: boolean;
  readonly onSaved: (followUp: InvestmentFollowUpDto) => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const month = followUp.month;
  const monthName = MONTH_NAMES_SV[month];
  const storedRows = investmentFollowUpTable({ month, lines: followUp.lines });
  const [initial, setInitial] = useState(() => draftsOf(followUp));
  const [drafts, setDrafts] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  /** Lines the user changed that another also saved since (after a refused save). */
  const [bothChanged, setBothChanged] = useState<readonly string[]>([]);
  const submission = useSubmit('Utfall och prognos kunde inte sparas.');
  /** The line whose booked transactions are shown under the table. */
  const [traced, setTraced] = useState<InvestmentFollowUpRow | null>(null);
  const traceOf = (row: InvestmentFollowUpRow) =>
    row.kind === 'line' && row.ledgerActual !== null
      ? () => {
          setTraced(row);
        }
      : undefined;
  const rows = editable
    ? investmentFollowUpTable({ month, lines: followUpLinesOf(followUp, drafts) })
    : storedRows;
  const changedKeys = [...drafts.keys()].filter(
    (key) => !sameFollowUpDraft(drafts.get(key), initial.get(key)),
  );
  /** Whether a line is linked to the ledger: its actual typed is a signed adjustment. */
  const linked = (key: string) =>
    followUp.lines.some((line) => followUpKey(line) === key && line.ledgerActual !== null);
  const invalid = [...drafts].filter(
    ([key, draft]) =>
      badFollowUpAmount(draft.actual, linked(key)) || badFollowUpAmount(draft.forecast),
  ).length;
  /** The lines changed with an adjustment but no comment saying what it corrects (an entry
   * saved before adjustments were labelled is asked for one only when it is changed). */
  const unlabelled = followUp.lines.filter((line) => {
    if (!changedKeys.includes(followUpKey(line))) return false;
    const draft = drafts.get(followUpKey(line));
    return draft !== undefined && unlabelledAdjustment(draft, line.ledgerActual !== null);
  });

  const update = (key: string, patch: (draft: FollowUpDraft) => FollowUpDraft) => {
    setMessage(null);
    setDrafts((current) => {
      const draft = current.get(key);
      if (!draft) return current;
      const next = new Map(current);
      next.set(key, patch(draft));
      return next;
    });
  };
  const save = async () => {
    const lines = followUp.lines
      .filter((line) => changedKeys.includes(followUpKey(line)))
      .map((line) => {
        const draft = drafts.get(followUpKey(line));
        return {
          category: line.category,
          name: line.name,
          actualYearToDate: draft?.actual.amount ?? null,
          forecast: draft?.forecast.amount ?? null,
          comment: draft?.comment ?? '',
        };
      });
    const params = { municipalityId: municipality.id, boardId: board.id };
    // Refused when another saved the month since: it is read again, the lines the user changed
    // keep the user's figures, the others show what was saved, and saving again is possible.
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveInvestmentFollowUp,
            params,
            {},
            { baseRevision: followUp.revision, year: followUp.year, month, lines },
          ),
        async () => {
          const fresh = await apiGet(getInvestmentFollowUp, params, { year: followUp.year, month });
          const freshDrafts = draftsOf(fresh);
          const rebased = rebaseFollowUpDrafts(initial, drafts, freshDrafts);
          setInitial(freshDrafts);
          setDrafts(rebased.drafts);
          setBothChanged(rebased.bothChanged);
          onSaved(fresh);
        },
      ),
    );
    if (answer) {
      const next = draftsOf(answer);
      setInitial(next);
      setDrafts(next);
      setBothChanged([]);
      onSaved(answer);
      setMessage(`Utfall och prognos för ${monthName} är sparade.`);
    }
  };

  return (
    <>
      {/* The table fits 1280 px; in a narrower window it scrolls sideways in its frame. */}
      <div
        className="table-frame table-frame--scroll"
        role="region"
        aria-label={`Tabell över investeringarnas utfall och prognos ${String(followUp.year)}`}
        tabIndex={0}
      >
        <table className="data-table investment-follow-up-table">
          <caption>
            Investeringar {followUp.year}, utfall till och med {monthName} och prognos för helåret,
            belopp i tkr
          </caption>
          <thead>
            <tr>
              <th scope="col">Investering</th>
              <th scope="col" className="amount-head">
                Budget {followUp.year}
              </th>
              <th scope="col" className="amount-head">
                Bokfört t.o.m. {monthName}
              </th>
              <th scope="col" className="amount-head">
                Justering
              </th>
              <th scope="col" className="amount-head">
                Utfall t.o.m. {monthName}
              </th>
              <th scope="col" className="amount-head">
                Prognos helår
              </th>
              <th scope="col" className="amount-head">
                Avvikelse prognos/budget
              </th>
              <th scope="col">Kommentar</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((row) => row.kind !== 'total')
              .map((row) => {
                if (row.kind === 'category') {
                  return (
                    <tr key={row.key} className="row--subtotal">
                      <th scope="row">
                        <strong>{row.label}</strong>
                      </th>
                      <FollowUpFigures row={row} />
                      <td />
                    </tr>
                  );
                }
                const draft = drafts.get(row.key);
                // The field starts with the forecast that stands: say where it comes from.
                const stored = storedRows.find((candidate) => candidate.key === row.key);
                const note =
                  editable && stored && draft?.forecast.text === initial.get(row.key)?.forecast.text
                    ? forecastNote(stored)
                    : forecastNote(row);
                if (editable && draft) {
                  return (
                    <tr key={row.key}>
                      <th scope="row" className="budget-grid__unit">
                        {row.label}
                      </th>
                      <AmountCell value={row.budget} />
                      <BookedCell row={row} onTrace={traceOf(row)} />
                      <td className="amount budget-grid__cell">
                        <input
                          className={
                            badFollowUpAmount(draft.actual, row.ledgerActual !== null)
                              ? 'budget-grid__input budget-grid__input--invalid'
                              : 'budget-grid__input'
                          }
                          inputMode="numeric"
                          autoComplete="off"
                          aria-label={
                            row.ledgerActual === null
                              ? `${row.label}, utfall t.o.m. ${monthName}, tkr`
                              : `${row.label}, justering av utfall t.o.m. ${monthName}, tkr`
                          }
                          aria-invalid={
                            badFollowUpAmount(draft.actual, row.ledgerActual !== null) || undefined
                          }
                          value={draft.actual.text}
                          onChange={(event) => {
                            const text = event.target.value;
                            update(row.key, (current) => ({
                              ...current,
                              actual: amountDraft(text, true),
                            }));
                          }}
                        />
                      </td>
                      {row.actualYearToDate === null ? (
                        <NotApplicableCell reason="inget utfall" />
                      ) : (
                        <AmountCell value={row.actualYearToDate} />
                      )}
                      <td className="amount budget-grid__cell">
                        <input
                          className={
                            badFollowUpAmount(draft.forecast)
                              ? 'budget-grid__input budget-grid__input--invalid'
                              : 'budget-grid__input'
                          }
                          inputMode="numeric"
                          autoComplete="off"
                          aria-label={`${row.label}, prognos helår, tkr`}
                          aria-invalid={badFollowUpAmount(draft.forecast) || undefined}
                          value={draft.forecast.text}
                          onChange={(event) => {
                            const text = event.target.value;
                            update(row.key, (current) => ({
                              ...current,
                              forecast: amountDraft(text, true),
                            }));
                          }}
                        />
                        {note ? <span className="field__hint">({note})</span> : null}
                      </td>
                      <AmountCell value={row.variance} signal />
                      <td>
                        <input
                          className={
                            changedKeys.includes(row.key) &&
                            unlabelledAdjustment(draft, row.ledgerActual !== null)
                              ? 'field__input investment-follow-up-table__comment budget-grid__input--invalid'
                              : 'field__input investment-follow-up-table__comment'
                          }
                          autoComplete="off"
                          maxLength={2000}
                          aria-label={`${row.label}, kommentar`}
                          aria-invalid={
                            (changedKeys.includes(row.key) &&
                              unlabelledAdjustment(draft, row.ledgerActual !== null)) ||
                            undefined
                          }
                          value={draft.comment}
                          onChange={(event) => {
                            const comment = event.target.value;
                            update(row.key, (current) => ({ ...current, comment }));
                          }}
                        />
                      </td>
                    </tr>
                  );
                }
                return (
                  <tr key={row.key}>
                    <th scope="row" className="budget-grid__unit">
                      {row.label}
                    </th>
                    <FollowUpFigures row={row} onTrace={traceOf(row)} />
                    <td>
                      {row.comment ?? ''}
                      {note ? <span className="field__hint"> Prognos: {note}.</span> : null}
                    </td>
                  </tr>
                );
              })}
          </tbody>
          <tfoot>
            {rows
              .filter((row) => row.kind === 'total')
              .map((row) => (
                <tr key={row.key} className="row--total">
                  <th scope="row">{row.label}</th>
                  <FollowUpFigures row={row} />
                  <td />
                </tr>
              ))}
          </tfoot>
        </table>
      </div>
      {traced ? (
        <InvestmentTransactions
          key={traced.key}
          year={followUp.year}
          month={month}
          line={
            followUp.lines.find((line) => followUpKey(line) === traced.key) ?? {
              category: 'reinvestment',
              name: traced.label,
            }
          }
          onClose={() => {
            setTraced(null);
          }}
        />
      ) : null}
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {bothChanged.length > 0 ? (
        <p className="message message--warning" role="status">
          Dina ändringar står kvar. Också ändrade av den andra:{' '}
          {followUp.lines
            .filter((line) => bothChanged.includes(followUpKey(line)))
            .map((line) => line.name)
            .join(', ')}
          . Ångra visar det som sparades.
        </p>
      ) : null}
      {editable ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={
              submission.busy || changedKeys.length === 0 || invalid > 0 || unlabelled.length > 0
            }
            onClick={() => {
              void save();
            }}
          >
            {submission.busy ? 'Sparar …' : 'Spara utfall och prognos'}
          </button>
          <button
            type="button"
            className="button"
            disabled={changedKeys.length === 0}
            onClick={() => {
              setMessage(null);
              setDrafts(initial);
            }}
          >
            Ångra ändringar i utfall och prognos
          </button>
          <span className="form-actions__hint" role="status">
            {invalid > 0
              ? `${String(invalid)} ${invalid === 1 ? 'rad har' : 'rader har'} ett belopp som inte är ett helt tal i tkr (0 eller mer; en justering får vara negativ).`
              : unlabelled.length > 0
                ? `Skriv i kommentaren vad justeringen rättar: ${unlabelled.map((line) => line.name).join(', ')}.`
                : (message ??
                  (changedKeys.length > 0 ? `${String(changedKeys.length)} osparade rader.` : ''))}
          </span>
        </div>
      ) : null}
    </>
  );
}
