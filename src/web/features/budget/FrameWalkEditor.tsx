import { useMemo, useState, type ReactNode } from 'react';
import { getFrameWalk, saveFrameWalk, type FrameWalkAnswer } from '#contract/frame-walk';
import type { FrameWalk } from '#domain/budget/frame-walk';
import { frameWalkProse } from '#domain/budget/frame-walk-prose';
import { formatFixed, formatPercentFromBasisPoints } from '#domain/kernel/format';
import { apiGet, apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { AmountCell } from '../../ui/Amount';
import { SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';
import { draftOf, readDraft, walkOf, type FrameWalkDraft, type YearDraft } from './frame-walk-form';

const yearLabel = (budgetYear: number, year: number) =>
  year === budgetYear ? `Budget ${String(year)}` : `Plan ${String(year)}`;

/** The walk year by year as a table: from the year before's allocation to the year's. */
function WalkTable({
  walk,
  budgetYear,
}: {
  readonly walk: FrameWalk;
  readonly budgetYear: number;
}) {
  const rows: [string, (year: FrameWalk['years'][number]) => ReactNode][] = [
    [
      'Kommunbidrag året före',
      (year) => <AmountCell key={year.year} value={year.previousAllocation} />,
    ],
    ['Indexuppräkning (PKV)', (year) => <AmountCell key={year.year} value={year.indexUplift} />],
    ['Volymuppräkning', (year) => <AmountCell key={year.year} value={year.volume} />],
    ['Ramjusteringar', (year) => <AmountCell key={year.year} value={year.adjustmentsTotal} />],
    ['Summa förändring', (year) => <AmountCell key={year.year} value={year.totalChange} />],
    [
      'Förändring i procent',
      (year) => (
        <td key={year.year} className="amount">
          {year.changePercentTenths === null
            ? '–'
            : `${formatFixed(year.changePercentTenths, 1)} %`}
        </td>
      ),
    ],
  ];
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption>Kommunbidragets förändring, tkr</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            {walk.years.map((year) => (
              <th key={year.year} scope="col" className="amount-head">
                {yearLabel(budgetYear, year.year)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {walk.years.map(cell)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="row--total">
            <th scope="row">Kommunbidrag</th>
            {walk.years.map((year) => (
              <AmountCell key={year.year} value={year.allocation} />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** One year's PKV, volume uplift and frame adjustments. */
function YearFields({
  budgetYear,
  draft,
  errors,
  pkvLabel,
  onChange,
}: {
  readonly budgetYear: number;
  readonly draft: YearDraft;
  readonly errors: Readonly<Record<string, string>>;
  readonly pkvLabel: string;
  readonly onChange: (next: YearDraft) => void;
}) {
  const id = (field: string) => `frame-walk-${String(draft.year)}-${field}`;
  const error = (field: string) => errors[`${String(draft.year)}-${field}`];
  const setAdjustment = (index: number, change: Partial<YearDraft['adjustments'][number]>) => {
    onChange({
      ...draft,
      adjustments: draft.adjustments.map((adjustment, at) =>
        at === index ? { ...adjustment, ...change } : adjustment,
      ),
    });
  };
  return (
    <fieldset className="form-group">
      <legend className="field__label">{yearLabel(budgetYear, draft.year)}</legend>
      <TextField
        id={id('pkv')}
        label={`PKV ${String(draft.year)} (procent)`}
        hint={pkvLabel}
        size="short"
        value={draft.pkv}
        error={error('pkv')}
        onChange={(pkv) => {
          onChange({ ...draft, pkv });
        }}
      />
      <TextField
        id={id('volume')}
        label={`Volymuppräkning ${String(draft.year)} (tkr)`}
        size="short"
        inputMode="numeric"
        value={draft.volume}
        error={error('volume')}
        onChange={(volume) => {
          onChange({ ...draft, volume });
        }}
      />
      <TextField
        id={id('volume-text')}
        label="Volymuppräkningen avser"
        hint="Valfritt, t.ex. ”baserat på befolkningstillväxten”."
        value={draft.volumeText}
        maxLength={300}
        onChange={(volumeText) => {
          onChange({ ...draft, volumeText });
        }}
      />
      {draft.adjustments.map((adjustment, index) => (
        <fieldset key={index} className="form-group form-group--nested">
          <legend className="field__label">
            Ramjustering {index + 1} {draft.year}
          </legend>
          <TextField
            id={id(`adjustment-${String(index)}-text`)}
            label="Avser"
            value={adjustment.text}
            maxLength={300}
            error={error(`adjustment-${String(index)}-text`)}
            onChange={(text) => {
              setAdjustment(index, { text });
            }}
          />
          <TextField
            id={id(`adjustment-${String(index)}-amount`)}
            label="Belopp (tkr, minus när nämnden lämnar ifrån sig)"
            size="short"
            value={adjustment.amount}
            error={error(`adjustment-${String(index)}-amount`)}
            onChange={(amount) => {
              setAdjustment(index, { amount });
            }}
          />
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                onChange({
                  ...draft,
                  adjustments: draft.adjustments.filter((_, at) => at !== index),
                });
              }}
            >
              Ta bort ramjustering {index + 1} {draft.year}
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            onChange({
              ...draft,
              adjustments: [...draft.adjustments, { text: '', amount: '' }],
            });
          }}
        >
          Lägg till ramjustering {draft.year}
        </button>
      </p>
    </fieldset>
  );
}

function FrameWalkForm({
  stored,
  editable,
  onSaved,
}: {
  readonly stored: FrameWalkAnswer;
  readonly editable: boolean;
  /** The walk as stored now: saved here, or read again after another's save. */
  readonly onSaved: (answer: FrameWalkAnswer) => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const [draft, setDraft] = useState<FrameWalkDraft>(() => draftOf(stored));
  const [saved, setSaved] = useState(false);
  const submission = useSubmit('Ramförändringen kunde inte sparas.');
  const read = useMemo(() => readDraft(draft), [draft]);
  const walk = useMemo(() => walkOf(stored.baseYear, read), [stored.baseYear, read]);
  const [shownErrors, setShownErrors] = useState(false);
  const errors = shownErrors ? read.errors : {};

  const change = (next: FrameWalkDraft) => {
    setSaved(false);
    setDraft(next);
  };
  const submit = async () => {
    setShownErrors(true);
    if (read.years === null || read.baseAllocation === null) {
      const first = Object.keys(read.errors)[0];
      if (first) document.getElementById(`frame-walk-${first}`)?.focus();
      return;
    }
    const { years, baseAllocation } = read;
    const params = { municipalityId: municipality.id, boardId: board.id };
    // Refused when another saved the board's walk since: it is read again, the figures typed
    // stay, and saving again puts them over it.
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveFrameWalk,
            params,
            {},
            { baseRevision: stored.revision, budgetYear: stored.budgetYear, baseAllocation, years },
          ),
        async () => {
          onSaved(await apiGet(getFrameWalk, params, { year: stored.budgetYear }));
        },
      ),
    );
    if (answer) {
      setSaved(true);
      setShownErrors(false);
      onSaved(answer);
    }
  };

  const pkvHint = 'Prisindex för kommunal verksamhet, t.ex. 3,1.';
  return (
    <>
      {walk ? <WalkTable walk={walk} budgetYear={stored.budgetYear} /> : null}
      {editable ? (
        <SubmitForm className="stacked-form frame-walk" busy={submission.busy} onSubmit={submit}>
          {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
          <TextField
            id="frame-walk-base-allocation"
            label={`Kommunbidrag ${String(stored.baseYear)} (tkr)`}
            hint="Utgångsläget: året före budgetåret."
            size="short"
            value={draft.baseAllocation}
            error={errors['base-allocation']}
            onChange={(baseAllocation) => {
              change({ ...draft, baseAllocation });
            }}
          />
          <div className="frame-walk__years">
            {draft.years.map((year, index) => (
              <YearFields
                key={year.year}
                budgetYear={stored.budgetYear}
                draft={year}
                errors={errors}
                pkvLabel={pkvHint}
                onChange={(next) => {
                  change({
                    ...draft,
                    years: draft.years.map((candidate, at) => (at === index ? next : candidate)),
                  });
                }}
              />
            ))}
          </div>
          {walk ? (
            <div className="budget-text">
              <h3 className="section__subtitle">Så blir texten i budgetdokumentet</h3>
              <div className="budget-text__body">
                {frameWalkProse(walk)
                  .map((paragraph) => paragraph.text)
                  .join('\n\n')}
              </div>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={submission.busy}>
              {submission.busy ? 'Sparar …' : 'Spara ramförändringen'}
            </button>
            <span className="form-actions__hint" role="status">
              {saved
                ? `Sparad. Kommunbidraget ${stored.years.map((year) => String(year.year)).join(', ')} följer ramförändringen.`
                : ''}
            </span>
          </div>
        </SubmitForm>
      ) : null}
      {!editable && walk
        ? walk.years.map((year) => (
            <p key={year.year} className="section__intro">
              PKV {year.year}: {formatPercentFromBasisPoints(year.pkvBasisPoints)} %
              {year.adjustments.map((adjustment) => `; ${adjustment.text}`).join('')}
            </p>
          ))
        : null}
    </>
  );
}

/**
 * Kommunbidrag och ramförändring: the allocation of the year before walked through the
 * budget year and the plan years (PKV, volume, frame adjustments), the allocations it leads
 * to and the prose the budget document proposes.
 */
export function FrameWalkEditor({
  budgetYear,
  onSaved,
}: {
  readonly budgetYear: number;
  /** The allocations changed: what shows them is out of date. */
  readonly onSaved: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const { state, retry } = useApiGet(
    getFrameWalk,
    { municipalityId: municipality.id, boardId: board.id },
    { year: budgetYear },
  );
  const [savedAnswer, setSavedAnswer] = useState<FrameWalkAnswer | null>(null);
  const stored =
    savedAnswer?.budgetYear === budgetYear
      ? savedAnswer
      : state.status === 'success'
        ? state.data
        : null;
  return (
    <section className="section" aria-labelledby="frame-walk-title">
      <h2 id="frame-walk-title" className="section__title">
        Kommunbidrag och ramförändring {budgetYear}–{budgetYear + 2}
      </h2>
      <p className="section__intro">
        Kommunbidraget räknas fram från året före: indexuppräkning med PKV (avrundad till hela tkr),
        volymuppräkning och ramjusteringar. När ramförändringen sparas blir kommunbidraget för
        budgetåret och planåren det som står i tabellen.
      </p>
      {state.status === 'loading' && !stored ? (
        <LoadingMessage>Hämtar ramförändringen …</LoadingMessage>
      ) : null}
      {state.status === 'error' && !stored ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {stored && stored.baseAllocation === null && !can('budget:edit') ? (
        <InfoNote>Kommunbidraget för {stored.baseYear} är inte satt.</InfoNote>
      ) : null}
      {stored ? (
        <FrameWalkForm
          key={stored.budgetYear}
          stored={stored}
          editable={can('budget:edit')}
          onSaved={(answer) => {
            setSavedAnswer(answer);
            onSaved();
          }}
        />
      ) : null}
    </section>
  );
}
