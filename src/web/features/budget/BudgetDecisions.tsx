import { useState } from 'react';
import {
  listBudgetDecisions,
  removeBudgetDecision,
  type BudgetDecisionDto,
  type BudgetDecisionsDto,
} from '#contract/budget-decisions';
import {
  DECISION_KIND_NAMES_SV,
  DECISION_MAKER_NAMES_SV,
  DECISION_PHASING_NAMES_SV,
  DECISION_REASON_NAMES_SV,
  decisionLineLabelSv,
} from '#domain/budget/budget-decisions';
import { formatTkr } from '#domain/kernel/format';
import { apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { AmountCell } from '../../ui/Amount';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { BudgetDecisionForm } from './BudgetDecisionForm';
import { DecisionDistribution } from './DecisionDistribution';

const whatOf = (decision: BudgetDecisionDto) =>
  decision.investmentLine
    ? `${DECISION_KIND_NAMES_SV[decision.kind]}, ${decisionLineLabelSv(decision.investmentLine)}`
    : DECISION_KIND_NAMES_SV[decision.kind];

/**
 * Beslut under året on the Budget page: the year's decisions that changed the kommunbidrag or
 * the investment budget, the kommunbidrag as budgeted and after them; the controller adds one
 * and removes one recorded by mistake (not in a published month).
 */
export function BudgetDecisions({
  year,
  onChanged,
}: {
  readonly year: number;
  /** A decision was added or removed (the investment follow-up's budgets may have changed). */
  readonly onChanged: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const params = { municipalityId: municipality.id, boardId: board.id };
  const { state, retry } = useApiGet(listBudgetDecisions, params, { year });
  const [saved, setSaved] = useState<BudgetDecisionsDto | null>(null);
  const [removing, setRemoving] = useState<BudgetDecisionDto | null>(null);
  const removal = useSubmit('Beslutet kunde inte tas bort.');
  const loaded = shownData(state);
  const list = saved && saved.year === loaded?.year ? saved : loaded;

  const remove = async (decision: BudgetDecisionDto) => {
    setRemoving(null);
    const after = await removal.run(() =>
      apiPost(removeBudgetDecision, { ...params, decisionId: decision.id }, {}, undefined),
    );
    if (after) {
      setSaved(after);
      onChanged();
    }
  };

  return (
    <section className="section" aria-labelledby="budget-decisions-title">
      <h2 id="budget-decisions-title" className="section__title">
        Beslut under året {year}
      </h2>
      <p className="section__intro">
        Beslut av KF, KS eller nämnden som ändrar kommunbidraget eller investeringsbudgeten. Det
        reviderade kommunbidraget vid en rapportmånad är budgetens plus besluten till och med den
        månaden; driftredovisningen, uppföljningen och månadsrapporten visar det. Ett beslut om
        kommunbidrag fördelas på enheter som en budgetjustering: den beslutade budgetversionen
        ändras inte, och det som inte är fördelat visas som Ej fördelat.
      </p>
      {state.status === 'loading' && !list ? (
        <LoadingMessage>Hämtar besluten …</LoadingMessage>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {removal.failure ? <ErrorAlert message={removal.failure} /> : null}
      {list ? (
        <p>
          Kommunbidrag {year}: {formatTkr(list.originalAllocation)} tkr i budget,{' '}
          {formatTkr(list.revisedAllocation)} tkr efter årets beslut.
          {list.distributions.length > 0
            ? ` Ej fördelat på enheter: ${formatTkr(list.undistributed)} tkr.`
            : ''}
        </p>
      ) : null}
      {list && list.decisions.length === 0 ? (
        <InfoNote>Inga beslut om ändrad budget är registrerade för {year}.</InfoNote>
      ) : null}
      {list && list.decisions.length > 0 ? (
        <div className="table-frame">
          <table className="data-table">
            <caption className="visually-hidden">Beslut under året {year}</caption>
            <thead>
              <tr>
                <th scope="col">Beslut</th>
                <th scope="col">Datum</th>
                <th scope="col">Av</th>
                <th scope="col">Avser</th>
                <th scope="col" className="amount">
                  Belopp, tkr
                </th>
                <th scope="col">Orsak</th>
                <th scope="col">Periodisering</th>
                {can('budget:edit') ? <th scope="col">Ändra</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.decisions.map((decision) => (
                <tr key={decision.id}>
                  <th scope="row">{decision.reference}</th>
                  <td>{decision.decidedOn}</td>
                  <td>{DECISION_MAKER_NAMES_SV[decision.decidedBy]}</td>
                  <td>{whatOf(decision)}</td>
                  <AmountCell value={decision.amount} />
                  <td>
                    {decision.reasonText ?? DECISION_REASON_NAMES_SV[decision.reason]}
                    {decision.note ? ` (${decision.note})` : ''}
                  </td>
                  <td>{DECISION_PHASING_NAMES_SV[decision.phasing]}</td>
                  {can('budget:edit') ? (
                    <td>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Ta bort ${decision.reference}`}
                        onClick={() => {
                          setRemoving(decision);
                        }}
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
      {list
        ? list.distributions.map((distribution) => {
            const decision = list.decisions.find((entry) => entry.id === distribution.decisionId);
            return decision ? (
              <DecisionDistribution
                key={distribution.decisionId}
                decision={decision}
                distribution={distribution}
                units={list.units}
                canEdit={can('budget:edit')}
                onSaved={(after) => {
                  setSaved(after);
                  onChanged();
                }}
              />
            ) : null;
          })
        : null}
      {removing ? (
        <ConfirmDialog
          title={`Ta bort ${removing.reference}?`}
          confirmLabel="Ta bort beslutet"
          onConfirm={() => void remove(removing)}
          onCancel={() => {
            setRemoving(null);
          }}
        >
          Beslutet tas bort ur budgeten för {year}; borttagningen loggas.
        </ConfirmDialog>
      ) : null}
      {can('budget:edit') ? (
        <BudgetDecisionForm
          year={year}
          onAdded={(after) => {
            setSaved(after);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
