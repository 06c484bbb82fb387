import { useId } from 'react';
import { type InternalControlPage } from '#contract/internal-control';
import { drawSample } from '#contract/internal-control-samples';
import { SAMPLE_POPULATIONS, type SamplePopulation } from '#domain/internal-control/sample-draw';
import { POPULATION_NAMES_SV } from '#domain/internal-control/sample-population';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { SelectInput, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { capitalised, readSampleDraw, type SampleDrawDraft } from './internal-control-model';

const isPopulation = (value: string): value is SamplePopulation =>
  (SAMPLE_POPULATIONS as readonly string[]).includes(value);

/**
 * The controller draws a sample for a control: from the case system's access log, Nämndkoll's
 * audit log or the ledger (accounts and a lowest amount in kronor), over a period, of a size,
 * with a seed that lets the auditor draw it again; a unit's head reviews the items.
 */
export function SampleDrawForm({
  choice,
  data,
  onDrawn,
}: {
  readonly choice: BoardChoice;
  readonly data: InternalControlPage;
  readonly onDrawn: (sampleId: string) => void;
}) {
  const id = useId();
  const { draft, set, setter, done, checked, submission, save } = useDraftForm<SampleDrawDraft>(
    () => ({
      population: 'access_log',
      from: '',
      to: '',
      accounts: '',
      minAmount: '',
      size: '15',
      seed: '',
      controlId: '',
      reviewerOrgUnitId: '',
    }),
    'Urvalet kunde inte dras.',
  );
  const read = readSampleDraw(draft);
  const errors = checked ? read.errors : {};
  const server = submission.fieldErrors;
  const request = read.request;
  const draw = async () => {
    const drawn = await save({
      work: request
        ? () =>
            apiPost(
              drawSample,
              { municipalityId: choice.municipality.id, boardId: choice.board.id },
              {},
              request,
            )
        : null,
      done: (answer) =>
        `Urvalet är draget: ${String(answer.size)} av ${String(answer.populationCount)} ${answer.populationSv}.`,
    });
    if (drawn) onDrawn(drawn.id);
  };
  const ledger = draft.population === 'ledger';
  return (
    <SubmitForm className="stacked-form sample-draw-form" busy={submission.busy} onSubmit={draw}>
      <fieldset className="ic-form__fields">
        <legend className="field__label">Dra ett stickprov</legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <SelectInput
          id={`${id}-population`}
          label="Population"
          value={draft.population}
          error={server.population}
          options={SAMPLE_POPULATIONS.map((population) => ({
            value: population,
            label: capitalised(POPULATION_NAMES_SV[population]),
          }))}
          onChange={(value) => {
            if (isPopulation(value)) set('population', value);
          }}
        />
        <div className="form-grid">
          <TextField
            id={`${id}-from`}
            label="Från"
            hint="ÅÅÅÅ-MM-DD"
            size="medium"
            value={draft.from}
            error={server.from}
            onChange={setter('from')}
          />
          <TextField
            id={`${id}-to`}
            label="Till"
            hint="ÅÅÅÅ-MM-DD, dagen ingår"
            size="medium"
            value={draft.to}
            error={server.to}
            onChange={setter('to')}
          />
        </div>
        {ledger ? (
          <div className="form-grid">
            <TextField
              id={`${id}-accounts`}
              label="Konton"
              hint="Till exempel 4710, 4720-4729"
              value={draft.accounts}
              error={errors.accounts ?? server.accounts}
              onChange={setter('accounts')}
            />
            <TextField
              id={`${id}-min-amount`}
              label="Lägsta belopp (kr)"
              hint="Oavsett tecken; tomt: alla"
              size="medium"
              inputMode="numeric"
              value={draft.minAmount}
              error={errors.minAmount ?? server.minAmountOre}
              onChange={setter('minAmount')}
            />
          </div>
        ) : null}
        <div className="form-grid">
          <TextField
            id={`${id}-size`}
            label="Urvalets storlek"
            hint="Antal poster"
            size="short"
            inputMode="numeric"
            value={draft.size}
            error={errors.size ?? server.size}
            onChange={setter('size')}
          />
          <TextField
            id={`${id}-seed`}
            label="Frö"
            hint="Samma frö ger samma urval"
            size="medium"
            value={draft.seed}
            error={errors.seed ?? server.seed}
            onChange={setter('seed')}
          />
        </div>
        <SelectInput
          id={`${id}-control`}
          label="Kontroll"
          value={draft.controlId}
          error={server.controlId}
          options={[
            { value: '', label: 'Ingen kontroll' },
            ...data.controls.map((control) => ({ value: control.id, label: control.checkpoint })),
          ]}
          onChange={setter('controlId')}
        />
        <SelectInput
          id={`${id}-reviewer`}
          label="Granskas av chefen för"
          value={draft.reviewerOrgUnitId}
          error={server.reviewerOrgUnitId}
          options={[
            { value: '', label: ledger ? 'Transaktionens egen enhet' : 'Välj en enhet' },
            ...data.units.map((unit) => ({ value: unit.id, label: unit.name })),
          ]}
          onChange={setter('reviewerOrgUnitId')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Dra urvalet
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
