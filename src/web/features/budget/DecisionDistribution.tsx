import { useState } from 'react';
import {
  saveDecisionDistribution,
  type BudgetDecisionDto,
  type BudgetDecisionsDto,
  type DecisionDistributionDto,
  type DistributionRowDto,
} from '#contract/budget-decisions';
import { amountFromTkrText } from '#domain/budget/budget-workbook-reader';
import { formatTkr } from '#domain/kernel/format';
import {
  ACCOUNT_GROUP_NAMES_SV,
  ACCOUNT_GROUPS,
  type AccountGroup,
} from '#domain/ledger/account-group';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { AmountCell } from '../../ui/Amount';
import { SelectInput, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

/**
 * A kommunbidrag decision's distribution to units on the Budget page (a budget adjustment: the
 * decided version stays as it is): its rows, what is distributed and what is not ("Ej
 * fördelat"), a row added or removed. Each save sends all the rows on the revision read; the
 * server checks them and names the field.
 */
export function DecisionDistribution({
  decision,
  distribution,
  units,
  canEdit,
  onSaved,
}: {
  readonly decision: BudgetDecisionDto;
  readonly distribution: DecisionDistributionDto;
  readonly units: BudgetDecisionsDto['units'];
  readonly canEdit: boolean;
  readonly onSaved: (after: BudgetDecisionsDto) => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const [unitId, setUnitId] = useState('');
  const [group, setGroup] = useState<AccountGroup>('personnel_costs');
  const [amount, setAmount] = useState('');
  const [checked, setChecked] = useState(false);
  const submission = useSubmit('Fördelningen kunde inte sparas.');
  const reading = amountFromTkrText(amount);
  const idBase = `distribution-${decision.id}`;
  const current: DistributionRowDto[] = distribution.rows.map(
    ({ orgUnitId, accountGroup, amount: share }) => ({ orgUnitId, accountGroup, amount: share }),
  );

  const send = async (rows: DistributionRowDto[]) => {
    const after = await submission.run(() =>
      apiPost(
        saveDecisionDistribution,
        { municipalityId: municipality.id, boardId: board.id, decisionId: decision.id },
        {},
        { baseRevision: distribution.revision, rows },
      ),
    );
    if (after) onSaved(after);
    return after;
  };
  const add = async () => {
    setChecked(true);
    if (reading.kind !== 'amount' || unitId === '') return;
    const after = await send([
      ...current,
      { orgUnitId: unitId, accountGroup: group, amount: reading.amount },
    ]);
    if (after) {
      setAmount('');
      setChecked(false);
    }
  };

  return (
    <section className="section" aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`}>Fördelning på enheter: {decision.reference}</h3>
      <p>
        Fördelat {formatTkr(distribution.distributed)} tkr av {formatTkr(decision.amount)} tkr.{' '}
        <strong>Ej fördelat {formatTkr(distribution.undistributed)} tkr.</strong>
      </p>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {distribution.rows.length > 0 ? (
        <div className="table-frame">
          <table className="data-table">
            <caption className="visually-hidden">Fördelning av {decision.reference}</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col">Kontogrupp</th>
                <th scope="col" className="amount">
                  Belopp, tkr
                </th>
                {canEdit ? <th scope="col">Ändra</th> : null}
              </tr>
            </thead>
            <tbody>
              {distribution.rows.map((row, index) => (
                <tr key={`${row.orgUnitId}/${row.accountGroup}`}>
                  <th scope="row">{row.orgUnitName}</th>
                  <td>{ACCOUNT_GROUP_NAMES_SV[row.accountGroup]}</td>
                  <AmountCell value={row.amount} />
                  {canEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Ta bort ${row.orgUnitName}, ${ACCOUNT_GROUP_NAMES_SV[row.accountGroup]}`}
                        disabled={submission.busy}
                        onClick={() => void send(current.filter((_, at) => at !== index))}
                      >
                        Ta bort
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canEdit ? (
        <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={add}>
          <SelectInput
            id={`${idBase}-unit`}
            label="Enhet"
            value={unitId}
            error={checked && unitId === '' ? 'Välj en enhet.' : submission.fieldErrors.orgUnitId}
            options={[
              { value: '', label: 'Välj enhet' },
              ...units.map((unit) => ({ value: unit.id, label: `${unit.code} ${unit.name}` })),
            ]}
            onChange={setUnitId}
          />
          <SelectInput
            id={`${idBase}-group`}
            label="Kontogrupp"
            value={group}
            options={ACCOUNT_GROUPS.map((value) => ({
              value,
              label: ACCOUNT_GROUP_NAMES_SV[value],
            }))}
            onChange={(value) => {
              setGroup(value as AccountGroup);
            }}
          />
          <TextField
            id={`${idBase}-amount`}
            label="Andel (tkr)"
            hint="Enhetens andel av beslutet, med beslutets tecken, t.ex. 30 eller 0,5."
            size="medium"
            value={amount}
            error={
              checked && reading.kind !== 'amount'
                ? 'Beloppet ska vara ett belopp i tkr, t.ex. 30 eller 0,5.'
                : submission.fieldErrors.amount
            }
            required
            onChange={setAmount}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={submission.busy}>
              Fördela
            </button>
          </div>
        </SubmitForm>
      ) : null}
    </section>
  );
}
