import { codeAndName } from '#domain/organisation/code-and-name';
import {
  createOrgUnit,
  getOrganisationAdmin,
  updateOrgUnit,
  type OrganisationAdmin,
  type OrgUnitAdmin,
} from '#contract/administration';
import { apiGet, apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { RadioGroup, SelectInput, TextField } from '../../ui/FormFields';
import { FormSection } from '../../ui/FormSection';
import { saveOrReread } from './edit-conflict';
import { EditConflictNote } from './EditConflictNote';
import { useRebasedDraft } from './use-rebased-draft';

const NO_QUERY = {};
const DATE_HINT = 'ÅÅÅÅ-MM-DD. Tomt: gäller tills vidare.';

type Board = OrganisationAdmin['boards'][number];

export interface Draft {
  readonly boardId: string;
  readonly kind: 'department' | 'unit';
  readonly code: string;
  readonly name: string;
  readonly parentId: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly ledgerCodes: string;
}

export const draftOf = (unit: OrgUnitAdmin): Draft => ({
  boardId: unit.boardId,
  kind: unit.kind,
  code: unit.code,
  name: unit.name,
  parentId: unit.parentId ?? '',
  validFrom: unit.validFrom ?? '',
  validTo: unit.validTo ?? '',
  ledgerCodes: unit.ledgerCodes.join(', '),
});

export const emptyDraft = (boardId: string): Draft => ({
  boardId,
  kind: 'unit',
  code: '',
  name: '',
  parentId: '',
  validFrom: '',
  validTo: '',
  ledgerCodes: '',
});

/**
 * A department or unit to add or change. A change names the revision the form stands on; when
 * another administrator saved the unit first, the form keeps what was typed on top of what they
 * saved and shows both where they differ, to save again.
 */
export function OrgUnitForm({
  municipalityId,
  boards,
  editing,
  initial,
  onSaved,
  onStale,
  onCancel,
}: {
  readonly municipalityId: string;
  readonly boards: readonly Board[];
  /** The unit changed; null: a new one. */
  readonly editing: OrgUnitAdmin | null;
  readonly initial: Draft;
  readonly onSaved: (unit: OrgUnitAdmin) => void;
  /** Someone else saved the unit meanwhile: the page reads the organisation again. */
  readonly onStale: () => void;
  readonly onCancel: () => void;
}) {
  // The unit as saved when the form was opened, or as read after a refused save: its revision
  // is the save's base.
  const form = useRebasedDraft(editing, initial, draftOf);
  const { draft, base, conflict, change } = form;
  const submission = useSubmit('Avdelningen eller enheten kunde inte sparas.');
  const errors = submission.fieldErrors;
  const board = boards.find((candidate) => candidate.id === draft.boardId);
  const departments = (board?.units ?? []).filter(
    (unit) => unit.kind === 'department' && unit.id !== editing?.id,
  );

  const submit = async () => {
    const body = {
      kind: draft.kind,
      code: draft.code.trim(),
      name: draft.name.trim(),
      parentId: draft.kind === 'unit' && draft.parentId !== '' ? draft.parentId : null,
      validFrom: draft.validFrom.trim() || null,
      validTo: draft.validTo.trim() || null,
      ledgerCodes: draft.ledgerCodes
        .split(/[,\s]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    };
    const reread = async () => {
      const organisation = await apiGet(getOrganisationAdmin, { municipalityId }, NO_QUERY);
      return organisation.boards
        .flatMap((candidate) => candidate.units)
        .find((unit) => unit.id === base?.id);
    };
    const outcome = await submission.run(() =>
      saveOrReread(
        () =>
          base
            ? apiPost(updateOrgUnit, { municipalityId, orgUnitId: base.id }, NO_QUERY, {
                ...body,
                baseRevision: base.revision,
              })
            : apiPost(createOrgUnit, { municipalityId }, NO_QUERY, {
                ...body,
                boardId: draft.boardId,
              }),
        reread,
      ),
    );
    if (!outcome) return;
    if (outcome.kind === 'saved') {
      onSaved(outcome.answer);
      return;
    }
    // Keep the user's edits on top of what the other saved; saving again uses its revision.
    form.refused(outcome.fresh);
    onStale();
  };

  const title = editing ? `Ändra ${codeAndName(editing)}` : 'Ny avdelning eller enhet';
  return (
    <FormSection
      headingId="org-unit-form-title"
      title={title}
      submission={submission}
      onSubmit={submit}
      submitLabel="Spara"
      busyLabel="Sparar …"
      onCancel={onCancel}
    >
      {conflict ? (
        <EditConflictNote
          what="enheten"
          saved={conflict.saved}
          conflicts={conflict.conflicts}
          onTakeSaved={form.takeSaved}
        />
      ) : null}
      {!editing && boards.length > 1 ? (
        <SelectInput
          id="org-unit-board"
          label="Nämnd"
          value={draft.boardId}
          options={boards.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          onChange={(boardId) => {
            change({ boardId, parentId: '' });
          }}
        />
      ) : null}
      <RadioGroup
        name="org-unit-kind"
        legend="Typ"
        hint="Avdelningar ligger direkt under nämnden, enheter under en avdelning."
        value={draft.kind}
        options={[
          { value: 'department', label: 'Avdelning' },
          { value: 'unit', label: 'Enhet' },
        ]}
        onChange={(kind) => {
          change({ kind });
        }}
      />
      {errors.kind ? <p className="field__error">{errors.kind}</p> : null}
      {draft.kind === 'unit' ? (
        <SelectInput
          id="org-unit-parent"
          label="Ligger under"
          value={draft.parentId}
          error={errors.parentId}
          options={[
            { value: '', label: 'Direkt under nämnden' },
            ...departments.map((unit) => ({
              value: unit.id,
              label: codeAndName(unit),
            })),
          ]}
          onChange={(parentId) => {
            change({ parentId });
          }}
        />
      ) : null}
      <TextField
        id="org-unit-code"
        label="Ansvarskod"
        hint="Koden i bokföringens ansvarsdimension."
        size="short"
        value={draft.code}
        error={errors.code}
        required
        onChange={(code) => {
          change({ code });
        }}
      />
      <TextField
        id="org-unit-name"
        label="Namn"
        value={draft.name}
        error={errors.name}
        required
        onChange={(name) => {
          change({ name });
        }}
      />
      <div className="form-grid">
        <TextField
          id="org-unit-valid-from"
          label="Giltig från"
          hint={DATE_HINT}
          size="medium"
          value={draft.validFrom}
          error={errors.validFrom}
          onChange={(validFrom) => {
            change({ validFrom });
          }}
        />
        <TextField
          id="org-unit-valid-to"
          label="Giltig till"
          hint={DATE_HINT}
          size="medium"
          value={draft.validTo}
          error={errors.validTo}
          onChange={(validTo) => {
            change({ validTo });
          }}
        />
      </div>
      <TextField
        id="org-unit-ledger-codes"
        label="Fler ansvarskoder i bokföringen"
        hint="Andra koder som bokförs på enheten, till exempel en gammal kod efter en omorganisation. Skilj dem åt med kommatecken."
        value={draft.ledgerCodes}
        error={errors.ledgerCodes}
        onChange={(ledgerCodes) => {
          change({ ledgerCodes });
        }}
      />
    </FormSection>
  );
}
