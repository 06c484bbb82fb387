import { useId } from 'react';
import { saveIndicator, type IndicatorDto } from '#contract/goals';
import {
  COMPARATOR_SIGNS,
  COMPARATORS,
  DIRECTION_NAMES_SV,
  DIRECTIONS,
  INDICATOR_UNIT_NAMES_SV,
  INDICATOR_UNITS,
  type Direction,
  type IndicatorUnit,
} from '#domain/goals/indicator';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { CheckboxField, SelectInput, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import {
  indicatorDraftOf,
  isComparator,
  readIndicatorDraft,
  type IndicatorDraft,
} from './indicator-form';

const isUnit = (value: string): value is IndicatorUnit =>
  (INDICATOR_UNITS as readonly string[]).includes(value);
const isDirection = (value: string): value is Direction =>
  (DIRECTIONS as readonly string[]).includes(value);

/** The controller's changes to an indicator: name, unit, direction, target, source, owner. */
export function IndicatorEditForm({
  choice,
  indicator,
  units,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly indicator: IndicatorDto;
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, set, setter, done, checked, submission, save } = useDraftForm<IndicatorDraft>(
    () => indicatorDraftOf(indicator),
    'Nyckeltalet kunde inte sparas.',
  );
  const read = readIndicatorDraft(draft);
  const errors = checked ? read.errors : {};
  const body = read.body;

  const submit = async () => {
    await save({
      work: body
        ? () =>
            apiPost(
              saveIndicator,
              {
                municipalityId: choice.municipality.id,
                boardId: choice.board.id,
                indicatorId: indicator.id,
              },
              {},
              { ...body, baseRevision: indicator.revision },
            )
        : null,
      done: () => 'Nyckeltalet är sparat.',
      settled: onSaved,
    });
  };

  return (
    <SubmitForm className="stacked-form indicator-edit" busy={submission.busy} onSubmit={submit}>
      <fieldset className="outcome-form__fields">
        <legend className="field__label">Ändra nyckeltalet {indicator.name}</legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <TextField
          id={`${id}-name`}
          label="Namn"
          value={draft.name}
          error={errors.name ?? submission.fieldErrors.name}
          onChange={setter('name')}
        />
        <div className="form-grid">
          <SelectInput
            id={`${id}-unit`}
            label="Enhet"
            value={draft.unit}
            options={INDICATOR_UNITS.map((unit) => ({
              value: unit,
              label: INDICATOR_UNIT_NAMES_SV[unit],
            }))}
            onChange={(value) => {
              if (isUnit(value)) set('unit', value);
            }}
          />
          <SelectInput
            id={`${id}-direction`}
            label="Riktning"
            value={draft.direction}
            options={DIRECTIONS.map((direction) => ({
              value: direction,
              label: DIRECTION_NAMES_SV[direction],
            }))}
            onChange={(value) => {
              if (isDirection(value)) set('direction', value);
            }}
          />
          <SelectInput
            id={`${id}-comparator`}
            label="Jämförelse"
            value={draft.comparator}
            error={errors.comparator}
            options={[
              { value: '', label: 'Inget mål' },
              ...COMPARATORS.map((comparator) => ({
                value: comparator,
                label: COMPARATOR_SIGNS[comparator],
              })),
            ]}
            onChange={(value) => {
              set('comparator', isComparator(value) ? value : '');
            }}
          />
          <TextField
            id={`${id}-target`}
            label="Målvärde"
            size="short"
            inputMode="numeric"
            value={draft.targetValue}
            error={errors.targetValue ?? submission.fieldErrors['target.value']}
            onChange={setter('targetValue')}
          />
        </div>
        <div className="form-grid">
          <TextField
            id={`${id}-source`}
            label="Källa"
            value={draft.source}
            onChange={setter('source')}
          />
          <TextField
            id={`${id}-kolada`}
            label="Kolada-id"
            hint="Till exempel N31807"
            size="short"
            value={draft.koladaKpi}
            error={errors.koladaKpi}
            onChange={setter('koladaKpi')}
          />
          <SelectInput
            id={`${id}-owner`}
            label="Anger utfallen"
            value={draft.ownerOrgUnitId}
            error={submission.fieldErrors.ownerOrgUnitId}
            options={[
              { value: '', label: 'Controllern' },
              ...units.map((unit) => ({ value: unit.id, label: unit.name })),
            ]}
            onChange={setter('ownerOrgUnitId')}
          />
        </div>
        <TextField
          id={`${id}-person`}
          label="Eller en person (användarnamn)"
          hint="Personen anger utfallen, utöver enhetens chefer."
          size="medium"
          value={draft.ownerUsername}
          error={submission.fieldErrors.ownerUsername}
          onChange={setter('ownerUsername')}
        />
        <CheckboxField
          id={`${id}-gender`}
          label="Utfall för kvinnor och män"
          checked={draft.byGender}
          onChange={setter('byGender')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Spara nyckeltalet
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
