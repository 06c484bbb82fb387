import { useId } from 'react';
import {
  saveCriticalFactor,
  saveCriticalFactorFollowUp,
  type CriticalFactorDto,
  type RiskDto,
} from '#contract/internal-control';
import type { Perspective } from '#domain/internal-control/critical-factors';
import type { Month } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { CheckboxField, SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { reportMonthSv } from './internal-control-model';

interface FactorDraft {
  readonly text: string;
  readonly riskIds: readonly string[];
}

/**
 * A critical success factor's text and the risks of the year it takes care of: a new one in a
 * perspective (factor null) or a change at its revision.
 */
export function CriticalFactorForm({
  choice,
  year,
  perspective,
  factor,
  risks,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly perspective: Perspective;
  readonly factor: CriticalFactorDto | null;
  readonly risks: readonly RiskDto[];
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, set, setter, done, submission, save } = useDraftForm<FactorDraft>(
    () => ({ text: factor?.text ?? '', riskIds: factor?.risks.map((risk) => risk.id) ?? [] }),
    'Den kritiska verksamhetsfaktorn kunde inte sparas.',
  );
  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          saveCriticalFactor,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          {
            id: factor?.id ?? null,
            year,
            perspective,
            text: draft.text,
            riskIds: [...draft.riskIds],
            baseRevision: factor?.revision ?? null,
          },
        ),
      done: () => 'Faktorn är sparad.',
      reset: !factor,
      settled: onSaved,
    });
  };
  return (
    <SubmitForm className="stacked-form factor-form" busy={submission.busy} onSubmit={submit}>
      <fieldset className="ic-form__fields">
        <legend className="field__label">
          {factor ? 'Ändra faktorn' : 'Lägg till en kritisk verksamhetsfaktor'}
        </legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <TextAreaField
          id={`${id}-text`}
          label="Kritisk verksamhetsfaktor"
          rows={2}
          maxLength={2_000}
          value={draft.text}
          error={submission.fieldErrors.text}
          onChange={setter('text')}
        />
        <fieldset className="choice-group">
          <legend className="field__label">Risker som faktorn omhändertar</legend>
          {submission.fieldErrors.riskIds ? (
            <span className="field__error">{submission.fieldErrors.riskIds}</span>
          ) : null}
          {risks.map((risk) => (
            <CheckboxField
              key={risk.id}
              id={`${id}-risk-${risk.id}`}
              label={`${risk.name} (${String(risk.value)})`}
              checked={draft.riskIds.includes(risk.id)}
              onChange={(checked) => {
                set(
                  'riskIds',
                  checked
                    ? [...draft.riskIds, risk.id]
                    : draft.riskIds.filter((entry) => entry !== risk.id),
                );
              }}
            />
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {factor ? 'Spara faktorn' : 'Lägg till faktorn'}
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}

/** A factor's follow-up text at the report month, compare-and-set on its revision. */
export function FactorFollowUpForm({
  choice,
  factor,
  reportMonth,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly factor: CriticalFactorDto;
  readonly reportMonth: Month;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, setter, done, submission, save } = useDraftForm(
    () => ({ text: factor.followUp?.text ?? '' }),
    'Uppföljningen kunde inte sparas.',
  );
  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          saveCriticalFactorFollowUp,
          {
            municipalityId: choice.municipality.id,
            boardId: choice.board.id,
            criticalFactorId: factor.id,
          },
          {},
          { reportMonth, text: draft.text, baseRevision: factor.followUp?.revision ?? null },
        ),
      done: () => 'Uppföljningen är sparad.',
      settled: onSaved,
    });
  };
  return (
    <SubmitForm className="stacked-form factor-form" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <TextAreaField
        id={`${id}-follow-up`}
        label={`Uppföljning ${reportMonthSv(reportMonth)}`}
        rows={4}
        maxLength={20_000}
        value={draft.text}
        error={submission.fieldErrors.text}
        onChange={setter('text')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.busy}>
          Spara uppföljningen
        </button>
        <span role="status" className="form-actions__hint">
          {done}
        </span>
      </div>
    </SubmitForm>
  );
}
