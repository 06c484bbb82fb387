import { useId } from 'react';
import { saveControlFollowUp, type ControlDto } from '#contract/internal-control';
import {
  CONTROL_SIGNAL_NAMES_SV,
  CONTROL_SIGNALS,
  type ControlSignal,
} from '#domain/internal-control/control-signals';
import type { Month } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { RadioGroup, SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { reportMonthSv } from './internal-control-model';

type SignalChoice = ControlSignal | 'none';

interface FollowUpDraft {
  readonly signal: SignalChoice;
  readonly result: string;
  readonly actions: string;
}

/**
 * The controller's follow-up of a control at the report month: its signal, the result and the
 * actions, compare-and-set on the follow-up's revision; a refused save is told and the page
 * read again, the draft kept.
 */
export function ControlFollowUpForm({
  choice,
  control,
  reportMonth,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly control: ControlDto;
  readonly reportMonth: Month;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, setter, done, submission, save } = useDraftForm<FollowUpDraft>(
    () => ({
      signal: control.followUp?.signal ?? 'none',
      result: control.followUp?.result ?? '',
      actions: control.followUp?.actions ?? '',
    }),
    'Uppföljningen kunde inte sparas.',
  );
  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          saveControlFollowUp,
          {
            municipalityId: choice.municipality.id,
            boardId: choice.board.id,
            controlId: control.id,
          },
          {},
          {
            reportMonth,
            result: draft.result,
            actions: draft.actions,
            signal: draft.signal === 'none' ? null : draft.signal,
            baseRevision: control.followUp?.revision ?? null,
          },
        ),
      done: () => 'Uppföljningen är sparad.',
      settled: onSaved,
    });
  };
  return (
    <SubmitForm
      className="stacked-form control-follow-up-form"
      busy={submission.busy}
      onSubmit={submit}
    >
      <fieldset className="ic-form__fields">
        <legend className="field__label">
          Följ upp ”{control.checkpoint}” {reportMonthSv(reportMonth)}
        </legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <RadioGroup<SignalChoice>
          name={`${id}-signal`}
          legend="Signal"
          value={draft.signal}
          options={[
            ...CONTROL_SIGNALS.map((value) => ({ value, label: CONTROL_SIGNAL_NAMES_SV[value] })),
            { value: 'none' as const, label: 'Ingen signal ännu' },
          ]}
          onChange={setter('signal')}
        />
        <TextAreaField
          id={`${id}-result`}
          label="Resultat"
          rows={4}
          maxLength={20_000}
          value={draft.result}
          error={submission.fieldErrors.result}
          onChange={setter('result')}
        />
        <TextAreaField
          id={`${id}-actions`}
          label="Åtgärder"
          rows={3}
          maxLength={20_000}
          value={draft.actions}
          error={submission.fieldErrors.actions}
          onChange={setter('actions')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Spara uppföljningen
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
