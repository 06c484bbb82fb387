import { useId, useState } from 'react';
import { saveFollowUpThreshold } from '#contract/follow-up';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import {
  readThreshold,
  thresholdDraftOf,
  thresholdSv,
  type Threshold,
  type ThresholdDraft,
} from './threshold-form';

/**
 * When a unit must write Kommentar and Åtgärd: the controller's amount (tkr) and percentage
 * of the budget; a variance to date or of the forecast beyond either asks for both.
 */
export function ThresholdForm({
  choice,
  threshold,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly threshold: Threshold;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ThresholdDraft>(() => thresholdDraftOf(threshold));
  const [shown, setShown] = useState<Threshold>(threshold);
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmit('Gränsen kunde inte sparas.');
  const read = readThreshold(draft);
  const errors = checked ? read.errors : {};

  const save = async () => {
    setChecked(true);
    setDone(null);
    const body = read.body;
    if (!body) return;
    const answer = await submission.run(() =>
      apiPost(
        saveFollowUpThreshold,
        { municipalityId: choice.municipality.id, boardId: choice.board.id },
        {},
        body,
      ),
    );
    if (answer) {
      setShown(answer);
      setDraft(thresholdDraftOf(answer));
      setChecked(false);
      setDone('Gränsen är sparad.');
      onSaved();
    }
  };

  return (
    <section className="section" aria-labelledby="threshold-title">
      <h2 id="threshold-title" className="section__title">
        När krävs kommentar och åtgärd
      </h2>
      <p className="section__intro">{thresholdSv(shown)}</p>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form threshold-form" busy={submission.busy} onSubmit={save}>
        <div className="form-grid">
          <TextField
            id={`${id}-amount`}
            label="Belopp (tkr)"
            hint="Avvikelse större än beloppet, plus eller minus. Tomt: gäller inte."
            size="medium"
            inputMode="numeric"
            value={draft.amount}
            error={errors.amount ?? submission.fieldErrors.amount}
            onChange={(amount) => {
              setDraft((current) => ({ ...current, amount }));
            }}
          />
          <TextField
            id={`${id}-percent`}
            label="Procent av budgeten"
            hint="T.ex. 2,5. Tomt: gäller inte."
            size="medium"
            value={draft.percent}
            error={errors.percent ?? submission.fieldErrors.basisPoints}
            onChange={(percent) => {
              setDraft((current) => ({ ...current, percent }));
            }}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {submission.busy ? 'Sparar …' : 'Spara gränsen'}
          </button>
          <span role="status" className="form-actions__hint">
            {done ?? ''}
          </span>
        </div>
      </SubmitForm>
    </section>
  );
}
