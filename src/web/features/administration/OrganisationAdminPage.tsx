import { useRef, useState } from 'react';
import {
  createOrgUnit,
  getOrganisationAdmin,
  updateOrgUnit,
  type OrganisationAdmin,
  type OrgUnitAdmin,
} from '../../../contract/administration';
import { buildOrgTree } from '../../../domain/organisation/org-tree';
import { apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { formatInteger } from '../../../domain/kernel/format';
import { RadioGroup, SelectInput, TextField } from '../../ui/FormFields';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { FormSection } from '../../ui/FormSection';

const NO_QUERY = {};
const KIND_SV = { department: 'Avdelning', unit: 'Enhet' } as const;
const DATE_HINT = 'ÅÅÅÅ-MM-DD. Tomt: gäller tills vidare.';

type Board = OrganisationAdmin['boards'][number];

/** A board's departments and units in tree order: each department followed by its units. */
function treeOrder(units: readonly OrgUnitAdmin[]): { unit: OrgUnitAdmin; depth: number }[] {
  const tree = buildOrgTree(units.map((unit, index) => ({ ...unit, sortOrder: index })));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const rows: { unit: OrgUnitAdmin; depth: number }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const child of tree.childrenOf(parentId)) {
      const unit = byId.get(child.id);
      if (unit) rows.push({ unit, depth });
      walk(child.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

interface Draft {
  readonly boardId: string;
  readonly kind: 'department' | 'unit';
  readonly code: string;
  readonly name: string;
  readonly parentId: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly ledgerCodes: string;
}

const draftOf = (unit: OrgUnitAdmin): Draft => ({
  boardId: unit.boardId,
  kind: unit.kind,
  code: unit.code,
  name: unit.name,
  parentId: unit.parentId ?? '',
  validFrom: unit.validFrom ?? '',
  validTo: unit.validTo ?? '',
  ledgerCodes: unit.ledgerCodes.join(', '),
});

const emptyDraft = (boardId: string): Draft => ({
  boardId,
  kind: 'unit',
  code: '',
  name: '',
  parentId: '',
  validFrom: '',
  validTo: '',
  ledgerCodes: '',
});

function OrgUnitForm({
  municipalityId,
  boards,
  editing,
  initial,
  onSaved,
  onCancel,
}: {
  readonly municipalityId: string;
  readonly boards: readonly Board[];
  /** The unit changed; null: a new one. */
  readonly editing: OrgUnitAdmin | null;
  readonly initial: Draft;
  readonly onSaved: (unit: OrgUnitAdmin) => void;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const submission = useSubmit('Avdelningen eller enheten kunde inte sparas.');
  const errors = submission.fieldErrors;
  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
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
    const saved = await submission.run(() =>
      editing
        ? apiPost(updateOrgUnit, { municipalityId, orgUnitId: editing.id }, NO_QUERY, body)
        : apiPost(createOrgUnit, { municipalityId }, NO_QUERY, { ...body, boardId: draft.boardId }),
    );
    if (saved) onSaved(saved);
  };

  const title = editing ? `Ändra ${editing.code} ${editing.name}` : 'Ny avdelning eller enhet';
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
              label: `${unit.code} ${unit.name}`,
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

function BoardUnitsTable({
  board,
  onEdit,
}: {
  readonly board: Board;
  readonly onEdit: (unit: OrgUnitAdmin) => void;
}) {
  const rows = treeOrder(board.units);
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption>
          {board.name} ({board.code})
        </caption>
        <thead>
          <tr>
            <th scope="col">Ansvarskod</th>
            <th scope="col">Namn</th>
            <th scope="col">Typ</th>
            <th scope="col">Giltig från</th>
            <th scope="col">Giltig till</th>
            <th scope="col">Fler koder</th>
            <th scope="col" className="amount-head">
              Transaktioner
            </th>
            <th scope="col">
              <span className="visually-hidden">Åtgärd</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ unit, depth }) => (
            <tr key={unit.id}>
              <td className="nowrap">{unit.code}</td>
              <th scope="row" className={depth > 0 ? 'org-admin__unit' : 'org-admin__department'}>
                {unit.name}
              </th>
              <td>{KIND_SV[unit.kind]}</td>
              <td className="nowrap">{unit.validFrom ?? '–'}</td>
              <td className="nowrap">{unit.validTo ?? '–'}</td>
              <td>{unit.ledgerCodes.join(', ') || '–'}</td>
              <td className="amount">{formatInteger(unit.transactionCount)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    onEdit(unit);
                  }}
                >
                  Ändra<span className="visually-hidden"> {unit.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type FormState = { readonly unit: OrgUnitAdmin | null; readonly key: number } | null;

/** Organisation: the boards' departments and units with ledger codes and validity; add and change. */
export function OrganisationAdminPage() {
  useDocumentTitle('Organisation – Administration');
  const { municipality, board } = useSelectedBoard();
  const { state, retry } = useApiGet(
    getOrganisationAdmin,
    { municipalityId: municipality.id },
    NO_QUERY,
  );
  const [form, setForm] = useState<FormState>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const formKey = useRef(0);

  const open = (unit: OrgUnitAdmin | null) => {
    formKey.current += 1;
    setSaved(null);
    setForm({ unit, key: formKey.current });
    requestAnimationFrame(() => document.getElementById('org-unit-form-title')?.focus());
  };

  return (
    <section aria-labelledby="organisation-title">
      <h2 id="organisation-title" className="section__title">
        Organisation
      </h2>
      <p className="section__intro">
        Avdelningar och enheter med sina ansvarskoder. Transaktioner i bokföringen hamnar på den
        enhet vars ansvarskod (eller extra kod) de bär. Varje ändring skrivs i granskningsloggen.
      </p>
      {saved ? (
        <p role="status" className="message message--success">
          {saved}
        </p>
      ) : null}
      {state.status === 'loading' ? <LoadingMessage>Hämtar organisationen …</LoadingMessage> : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {state.status === 'success' ? (
        <>
          {form ? (
            <OrgUnitForm
              key={form.key}
              municipalityId={municipality.id}
              boards={state.data.boards}
              editing={form.unit}
              initial={form.unit ? draftOf(form.unit) : emptyDraft(board.id)}
              onSaved={(unit) => {
                setForm(null);
                setSaved(`Sparat: ${unit.code} ${unit.name}.`);
                retry();
              }}
              onCancel={() => {
                setForm(null);
              }}
            />
          ) : (
            <p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  open(null);
                }}
              >
                Ny avdelning eller enhet
              </button>
            </p>
          )}
          {state.data.boards.map((candidate) => (
            <BoardUnitsTable key={candidate.id} board={candidate} onEdit={open} />
          ))}
        </>
      ) : null}
    </section>
  );
}
