import { useId } from 'react';
import { saveGoalOutcome, type IndicatorDto, type OutcomeDto } from '#contract/goals';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { outcomeDraftOf, readOutcomeDraft, type OutcomeDraft } from './goals-model';

/**
 * Entering an indicator's outcome at a date (the report month's last day to begin with):
 * total, and women and men where the indicator is split by gender. The save carries the
 * revision of the outcome saved at that date as read; someone else's save meanwhile is told.
 */
export function OutcomeForm({
  choice,
  indicator,
  defaultDate,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly indicator: IndicatorDto;
  readonly defaultDate: string;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const savedAt = (date: string): OutcomeDto | undefined =>
    indicator.outcomes.find((outcome) => outcome.measuredOn === date);
  const { draft, setter, done, checked, submission, save } = useDraftForm<OutcomeDraft>(
    () => outcomeDraftOf(defaultDate, savedAt(defaultDate)),
    'Utfallet kunde inte sparas.',
  );
  const read = readOutcomeDraft(draft);
  const errors = checked ? read.errors : {};
  const figures = read.figures;

  const submit = async () => {
    await save({
      work: figures
        ? () =>
            apiPost(
              saveGoalOutcome,
              { municipalityId: choice.municipality.id, boardId: choice.board.id },
              {},
              {
                indicatorId: indicator.id,
                ...figures,
                baseRevision: savedAt(figures.measuredOn)?.revision ?? null,
              },
            )
        : null,
      done: (answer) => `Utfallet per ${answer.measuredOn} är sparat.`,
      // Saved or refused (someone else saved meanwhile): the page reads the outcomes again, so
      // the next save carries the revision saved now; the draft stays as typed.
      settled: onSaved,
    });
  };

  return (
    <SubmitForm className="stacked-form outcome-form" busy={submission.busy} onSubmit={submit}>
      <fieldset className="outcome-form__fields">
        <legend className="field__label">Ange utfall för {indicator.name}</legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <div className="form-grid">
          <TextField
            id={`${id}-date`}
            label="Datum"
            hint="ÅÅÅÅ-MM-DD"
            size="medium"
            value={draft.measuredOn}
            error={errors.measuredOn ?? submission.fieldErrors.measuredOn}
            onChange={setter('measuredOn')}
          />
          <TextField
            id={`${id}-total`}
            label="Totalt"
            size="short"
            inputMode="numeric"
            value={draft.total}
            error={errors.total ?? submission.fieldErrors.total}
            onChange={setter('total')}
          />
          {indicator.byGender ? (
            <>
              <TextField
                id={`${id}-women`}
                label="Kvinnor"
                size="short"
                inputMode="numeric"
                value={draft.women}
                error={errors.women ?? submission.fieldErrors.women}
                onChange={setter('women')}
              />
              <TextField
                id={`${id}-men`}
                label="Män"
                size="short"
                inputMode="numeric"
                value={draft.men}
                error={errors.men ?? submission.fieldErrors.men}
                onChange={setter('men')}
              />
            </>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Spara utfallet
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
