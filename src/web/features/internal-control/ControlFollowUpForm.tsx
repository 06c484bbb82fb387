import { useId, useState } from 'react';
import { saveControlFollowUp, type ControlDto } from '#contract/internal-control';
import {
  CONTROL_SIGNAL_NAMES_SV,
  CONTROL_SIGNALS,
  type ControlSignal,
} from '#domain/internal-control/control-signals';
import type { Month } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { RadioGroup, SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { reportMonthSv } from './internal-control-model';

type SignalChoice = ControlSignal | 'none';

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
  const [signal, setSignal] = useState<SignalChoice>(control.followUp?.signal ?? 'none');
  const [result, setResult] = useState(control.followUp?.result ?? '');
  const [actions, setActions] = useState(control.followUp?.actions ?? '');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmit('Uppföljningen kunde inte sparas.');
  const save = async () => {
    setDone(null);
    const answer = await submission.run(() =>
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
          result,
          actions,
          signal: signal === 'none' ? null : signal,
          baseRevision: control.followUp?.revision ?? null,
        },
      ),
    );
    if (answer) setDone('Uppföljningen är sparad.');
    onSaved();
  };
  return (
    <SubmitForm
      className="stacked-form control-follow-up-form"
      busy={submission.busy}
      onSubmit={save}
    >
      <fieldset className="ic-form__fields">
        <legend className="field__label">
          Följ upp ”{control.checkpoint}” {reportMonthSv(reportMonth)}
        </legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <RadioGroup<SignalChoice>
          name={`${id}-signal`}
          legend="Signal"
          value={signal}
          options={[
            ...CONTROL_SIGNALS.map((value) => ({ value, label: CONTROL_SIGNAL_NAMES_SV[value] })),
            { value: 'none' as const, label: 'Ingen signal ännu' },
          ]}
          onChange={(value) => {
            setDone(null);
            setSignal(value);
          }}
        />
        <TextAreaField
          id={`${id}-result`}
          label="Resultat"
          rows={4}
          maxLength={20_000}
          value={result}
          error={submission.fieldErrors.result}
          onChange={(value) => {
            setDone(null);
            setResult(value);
          }}
        />
        <TextAreaField
          id={`${id}-actions`}
          label="Åtgärder"
          rows={3}
          maxLength={20_000}
          value={actions}
          error={submission.fieldErrors.actions}
          onChange={(value) => {
            setDone(null);
            setActions(value);
          }}
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
