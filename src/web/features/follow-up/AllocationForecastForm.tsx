import { useState } from 'react';
import {
  listAllocationForecasts,
  saveAllocationForecast,
  type AllocationForecastEntryDto,
} from '#contract/allocation-forecast';
import type { FollowUpView } from '#contract/follow-up';
import { amountFromTkrText } from '#domain/budget/budget-workbook-reader';
import { expectedChangeNoteSv } from '#domain/follow-up/allocation-forecast';
import { formatTkr } from '#domain/kernel/format';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm, TextAreaField, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { savedElsewhere, withRefusalText } from './follow-up-errors';

const FIELD = 'allocation-forecast';

/**
 * The month's entry as the controller types it: the change in tkr with its sign and its text,
 * saved with the revision it was read at (refused over someone else's save, which it then
 * names; saving again replaces theirs).
 */
function EntryForm({
  choice,
  view,
  stored,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly view: FollowUpView;
  readonly stored: AllocationForecastEntryDto | undefined;
  readonly onSaved: () => void;
}) {
  const [amount, setAmount] = useState(stored ? formatTkr(stored.amount) : '');
  const [text, setText] = useState(stored?.text ?? '');
  const [revision, setRevision] = useState(stored?.revision ?? null);
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState(false);
  const submission = useSubmit('Den förväntade ändringen kunde inte sparas.');
  const reading = amountFromTkrText(amount);
  const amountError =
    checked && reading.kind !== 'amount'
      ? 'Ange ändringen i tkr med tecken, t.ex. -1 600 (mindre kommunbidrag är minus; 0 tar bort den).'
      : submission.fieldErrors.expectedChange;
  const month = MONTH_NAMES_SV[view.month];

  const save = async () => {
    setChecked(true);
    setDone(false);
    if (reading.kind !== 'amount') return;
    const refused: { revision: number | null } = { revision: null };
    const answer = await submission.run(async () => {
      try {
        return await apiPost(
          saveAllocationForecast,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          {
            year: view.year,
            month: view.month,
            expectedChange: reading.amount,
            expectedChangeText: text,
            baseRevision: revision,
          },
        );
      } catch (error) {
        // Someone else saved first: saving again replaces theirs, now that it is named.
        const elsewhere = savedElsewhere(error, FIELD);
        if (elsewhere) refused.revision = elsewhere.revision;
        throw withRefusalText(error);
      }
    });
    if (refused.revision !== null) {
      // Theirs is shown in the note above once the month is read again.
      setRevision(refused.revision);
      onSaved();
    }
    if (answer) {
      setRevision(answer.entries.find((entry) => entry.month === view.month)?.revision ?? null);
      setChecked(false);
      setDone(true);
      onSaved();
    }
  };

  return (
    <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={save}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <TextField
        id="allocation-forecast-amount"
        label={`Förväntad ändring från ${month} (tkr)`}
        hint="Med tecken: mindre kommunbidrag är minus, t.ex. -1 600. 0 tar bort en tidigare ändring."
        size="medium"
        value={amount}
        error={amountError}
        onChange={(next) => {
          setDone(false);
          setAmount(next);
        }}
      />
      <TextAreaField
        id="allocation-forecast-text"
        label="Vad ändringen avser och varför"
        hint="Står i rapportens årsprognos och i sammanfattningen till kommunstyrelsen."
        rows={3}
        maxLength={2_000}
        value={text}
        error={submission.fieldErrors.expectedChangeText}
        onChange={(next) => {
          setDone(false);
          setText(next);
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submission.busy}>
          {submission.busy ? 'Sparar …' : 'Spara förväntad ändring'}
        </button>
        <span className="form-actions__hint" role="status">
          {done ? 'Den förväntade ändringen är sparad.' : ''}
        </span>
      </div>
    </SubmitForm>
  );
}

/**
 * The controller's expected but undecided change to the kommunbidrag (003's PO-påslag
 * correction): what the month's forecast counts, and for the controller, while the month is
 * open, the form to enter the month's.
 */
export function AllocationForecastSection({
  choice,
  view,
  editable,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly view: FollowUpView;
  readonly editable: boolean;
  readonly onSaved: () => void;
}) {
  const { state } = useApiGet(
    listAllocationForecasts,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    { year: view.year },
  );
  const stored =
    state.status === 'success'
      ? state.data.entries.find((entry) => entry.month === view.month)
      : undefined;
  return (
    <section className="section" aria-labelledby="allocation-forecast-title">
      <h2 id="allocation-forecast-title" className="section__title">
        Förväntad ändring av kommunbidraget
      </h2>
      <p className="section__intro">{expectedChangeNoteSv(view.expectedAllocationChange)}</p>
      {state.status === 'error' ? <ErrorAlert message={state.message} /> : null}
      {editable && state.status === 'success' ? (
        <EntryForm
          key={`${String(view.year)}-${String(view.month)}`}
          choice={choice}
          view={view}
          stored={stored}
          onSaved={onSaved}
        />
      ) : null}
    </section>
  );
}
