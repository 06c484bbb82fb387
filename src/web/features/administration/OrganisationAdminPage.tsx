import { codeAndName } from '#domain/organisation/code-and-name';
import { useRef, useState } from 'react';
import {
  getOrganisationAdmin,
  type OrganisationAdmin,
  type OrgUnitAdmin,
} from '#contract/administration';
import { buildOrgTree } from '#domain/organisation/org-tree';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { formatInteger } from '#domain/kernel/format';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { draftOf, emptyDraft, OrgUnitForm } from './OrgUnitForm';

const NO_QUERY = {};
const KIND_SV = { department: 'Avdelning', unit: 'Enhet' } as const;

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
  const organisation = shownData(state);
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
      {organisation === null && state.status === 'loading' ? (
        <LoadingMessage>Hämtar organisationen …</LoadingMessage>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {organisation ? (
        <>
          {form ? (
            <OrgUnitForm
              key={form.key}
              municipalityId={municipality.id}
              boards={organisation.boards}
              editing={form.unit}
              initial={form.unit ? draftOf(form.unit) : emptyDraft(board.id)}
              onSaved={(unit) => {
                setForm(null);
                setSaved(`Sparat: ${codeAndName(unit)}.`);
                retry();
              }}
              onStale={retry}
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
          {organisation.boards.map((candidate) => (
            <BoardUnitsTable key={candidate.id} board={candidate} onEdit={open} />
          ))}
        </>
      ) : null}
    </section>
  );
}
