import { useId } from 'react';
import { saveControl, type ControlDto, type RiskDto } from '#contract/internal-control';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { SelectInput, SubmitForm, TextAreaField, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

interface ControlDraft {
  readonly riskId: string;
  readonly checkpoint: string;
  readonly method: string;
  readonly frequency: string;
  readonly followUpWhen: string;
  readonly responsible: string;
}

const draftOf = (control: ControlDto | null): ControlDraft => ({
  riskId: control?.riskId ?? '',
  checkpoint: control?.checkpoint ?? '',
  method: control?.method ?? '',
  frequency: control?.frequency ?? '',
  followUpWhen: control?.followUpWhen ?? 'Del- och årsbokslut',
  responsible: control?.responsible ?? '',
});

/**
 * A control of the year's plan: the risk it checks (one of the year's), what is checked, how,
 * how often, when followed up and who is responsible. New (control null) or changed at its
 * revision.
 */
export function ControlForm({
  choice,
  year,
  control,
  risks,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly control: ControlDto | null;
  readonly risks: readonly RiskDto[];
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, setter, done, submission, save } = useDraftForm(
    () => draftOf(control),
    'Kontrollen kunde inte sparas.',
  );
  const errors = submission.fieldErrors;
  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          saveControl,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          {
            id: control?.id ?? null,
            year,
            riskId: draft.riskId === '' ? null : draft.riskId,
            checkpoint: draft.checkpoint,
            method: draft.method,
            frequency: draft.frequency,
            followUpWhen: draft.followUpWhen,
            responsible: draft.responsible,
            baseRevision: control?.revision ?? null,
          },
        ),
      done: () => 'Kontrollen är sparad.',
      reset: !control,
      settled: onSaved,
    });
  };
  const riskOptions = risks.map((risk) => ({
    value: risk.id,
    label: `${risk.name} (${String(risk.value)})`,
  }));
  // A control whose risk is not among the year's still shows it.
  if (control && !risks.some((risk) => risk.id === control.riskId)) {
    riskOptions.push({ value: control.riskId, label: control.riskName });
  }
  return (
    <SubmitForm className="stacked-form control-form" busy={submission.busy} onSubmit={submit}>
      <fieldset className="ic-form__fields">
        <legend className="field__label">
          {control
            ? `Ändra kontrollen ${control.checkpoint}`
            : `Lägg till en kontroll i planen för ${String(year)}`}
        </legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <SelectInput
          id={`${id}-risk`}
          label="Identifierad risk"
          value={draft.riskId}
          error={errors.riskId}
          options={[{ value: '', label: 'Välj en risk' }, ...riskOptions]}
          onChange={setter('riskId')}
        />
        <TextAreaField
          id={`${id}-checkpoint`}
          label="Vad kontrolleras?"
          rows={2}
          maxLength={2_000}
          value={draft.checkpoint}
          error={errors.checkpoint}
          onChange={setter('checkpoint')}
        />
        <div className="form-grid">
          <TextField
            id={`${id}-method`}
            label="Metod"
            maxLength={500}
            value={draft.method}
            error={errors.method}
            onChange={setter('method')}
          />
          <TextField
            id={`${id}-frequency`}
            label="Frekvens"
            maxLength={500}
            value={draft.frequency}
            error={errors.frequency}
            onChange={setter('frequency')}
          />
          <TextField
            id={`${id}-when`}
            label="Uppföljning"
            maxLength={500}
            value={draft.followUpWhen}
            error={errors.followUpWhen}
            onChange={setter('followUpWhen')}
          />
          <TextField
            id={`${id}-responsible`}
            label="Ansvarig"
            maxLength={500}
            value={draft.responsible}
            error={errors.responsible}
            onChange={setter('responsible')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {control ? 'Spara kontrollen' : 'Lägg till kontrollen'}
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
