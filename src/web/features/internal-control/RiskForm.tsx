import { useId } from 'react';
import { saveRisk, type RiskDto } from '#contract/internal-control';
import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  RISK_BAND_NAMES_SV,
  RISK_TREATMENT_NAMES_SV,
  riskBand,
  RISK_TREATMENTS,
  SCALE_STEPS,
  type RiskTreatment,
} from '#domain/internal-control/risk-scales';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { SelectInput, SubmitForm, TextAreaField, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

interface RiskDraft {
  readonly name: string;
  readonly description: string;
  readonly area: string;
  readonly likelihood: string;
  readonly impact: string;
  readonly treatment: RiskTreatment;
  readonly treatmentText: string;
  readonly owner: string;
}

const draftOf = (risk: RiskDto | null): RiskDraft => ({
  name: risk?.name ?? '',
  description: risk?.description ?? '',
  area: risk?.area ?? '',
  likelihood: String(risk?.likelihood ?? 1),
  impact: String(risk?.impact ?? 1),
  treatment: risk?.treatment ?? 'control_plan',
  treatmentText: risk?.treatmentText ?? '',
  owner: risk?.owner ?? '',
});

const isTreatment = (value: string): value is RiskTreatment =>
  (RISK_TREATMENTS as readonly string[]).includes(value);

const treatmentLabel = (treatment: RiskTreatment): string =>
  treatment === 'own' ? 'Egen text' : RISK_TREATMENT_NAMES_SV[treatment];

/**
 * The controller adds a risk to the year's analysis (risk null) or changes one: name,
 * description, process or area, likelihood and impact by the scales' names, treatment and
 * owner. The change carries the risk's revision; someone else's save meanwhile is told and the
 * page reads the risks again, the draft kept.
 */
export function RiskForm({
  choice,
  year,
  risk,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly risk: RiskDto | null;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, set, setter, done, submission, save } = useDraftForm(
    () => draftOf(risk),
    'Risken kunde inte sparas.',
  );
  const errors = submission.fieldErrors;
  const draftValue = Number(draft.likelihood) * Number(draft.impact);

  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          saveRisk,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          {
            id: risk?.id ?? null,
            year,
            name: draft.name,
            description: draft.description,
            area: draft.area,
            likelihood: Number(draft.likelihood),
            impact: Number(draft.impact),
            treatment: draft.treatment,
            treatmentText: draft.treatment === 'own' ? draft.treatmentText : null,
            owner: draft.owner,
            baseRevision: risk?.revision ?? null,
          },
        ),
      done: (answer) => `Risken är sparad med riskvärde ${String(answer.value)}.`,
      reset: !risk,
      settled: onSaved,
    });
  };

  const legend = risk
    ? `Ändra risken ${risk.name}`
    : `Lägg till en risk i analysen för ${String(year)}`;
  return (
    <SubmitForm className="stacked-form risk-form" busy={submission.busy} onSubmit={submit}>
      <fieldset className="ic-form__fields">
        <legend className="field__label">{legend}</legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <TextField
          id={`${id}-name`}
          label="Risk"
          maxLength={300}
          value={draft.name}
          error={errors.name}
          onChange={setter('name')}
        />
        <TextAreaField
          id={`${id}-description`}
          label="Beskrivning"
          rows={3}
          maxLength={5_000}
          value={draft.description}
          error={errors.description}
          onChange={setter('description')}
        />
        <TextField
          id={`${id}-area`}
          label="Process/område"
          maxLength={300}
          value={draft.area}
          error={errors.area}
          onChange={setter('area')}
        />
        <div className="form-grid">
          <SelectInput
            id={`${id}-likelihood`}
            label="Sannolikhet"
            value={draft.likelihood}
            error={errors.likelihood}
            options={SCALE_STEPS.map((step) => ({
              value: String(step),
              label: `${String(step)} ${LIKELIHOOD_LEVELS_SV[step].name}`,
            }))}
            onChange={setter('likelihood')}
          />
          <SelectInput
            id={`${id}-impact`}
            label="Konsekvens"
            value={draft.impact}
            error={errors.impact}
            options={SCALE_STEPS.map((step) => ({
              value: String(step),
              label: `${String(step)} ${IMPACT_LEVELS_SV[step].name}`,
            }))}
            onChange={setter('impact')}
          />
        </div>
        <p className="risk-form__value">
          Riskvärde {draftValue} ({RISK_BAND_NAMES_SV[riskBand(draftValue)]})
        </p>
        <SelectInput
          id={`${id}-treatment`}
          label="Hantering"
          value={draft.treatment}
          error={errors.treatment}
          options={RISK_TREATMENTS.map((treatment) => ({
            value: treatment,
            label: treatmentLabel(treatment),
          }))}
          onChange={(value) => {
            if (isTreatment(value)) set('treatment', value);
          }}
        />
        {draft.treatment === 'own' ? (
          <TextField
            id={`${id}-treatment-text`}
            label="Hanteringen med egna ord"
            maxLength={1_000}
            value={draft.treatmentText}
            error={errors.treatmentText}
            onChange={setter('treatmentText')}
          />
        ) : null}
        <TextField
          id={`${id}-owner`}
          label="Ägare"
          size="medium"
          maxLength={300}
          value={draft.owner}
          error={errors.owner}
          onChange={setter('owner')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {risk ? 'Spara risken' : 'Lägg till risken'}
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
