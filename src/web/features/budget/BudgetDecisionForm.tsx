import { addBudgetDecision, type BudgetDecisionsDto } from '#contract/budget-decisions';
import { getInvestmentFollowUp } from '#contract/investment-budget';
import {
  DECISION_MAKER_NAMES_SV,
  DECISION_MAKERS,
  DECISION_PHASING_NAMES_SV,
  DECISION_PHASINGS,
  DECISION_REASON_NAMES_SV,
  DECISION_REASONS,
  decisionLineLabelSv,
  type DecisionKind,
  type DecisionMaker,
  type DecisionPhasing,
  type DecisionReason,
} from '#domain/budget/budget-decisions';
import { amountFromTkrText } from '#domain/budget/budget-workbook-reader';
import { apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useDraftForm } from '../../api/use-draft-form';
import { useSelectedBoard } from '../../app/board-context';
import { RadioGroup, SelectInput, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

const BY_LABELS: Readonly<Record<DecisionMaker, string>> = {
  council: 'Kommunfullmäktige (KF)',
  'executive-board': 'Kommunstyrelsen (KS)',
  board: DECISION_MAKER_NAMES_SV.board,
};

/**
 * The controller's form for a decision during the year: who decided, the reference and date,
 * the kommunbidrag or an investment line of the year's budget, the amount in tkr (signed,
 * decimal comma), the reason and how it is phased. The server checks it and names the field.
 */
interface DecisionDraft {
  readonly decidedBy: DecisionMaker;
  readonly reference: string;
  readonly decidedOn: string;
  readonly kind: DecisionKind;
  /** The investment line chosen, "category/name"; '' none. */
  readonly line: string;
  /** In tkr as typed. */
  readonly amount: string;
  readonly reason: DecisionReason;
  readonly reasonText: string;
  readonly phasing: DecisionPhasing;
  readonly note: string;
}

const FIRST_DRAFT: DecisionDraft = {
  decidedBy: 'executive-board',
  reference: '',
  decidedOn: '',
  kind: 'allocation',
  line: '',
  amount: '',
  reason: 'capital-costs',
  reasonText: '',
  phasing: 'from-decision-month',
  note: '',
};

const lineKey = (entry: { category: string; name: string }) => `${entry.category}/${entry.name}`;
const orNull = (text: string) => (text.trim() === '' ? null : text);

export function BudgetDecisionForm({
  year,
  onAdded,
}: {
  readonly year: number;
  readonly onAdded: (decisions: BudgetDecisionsDto) => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const params = { municipalityId: municipality.id, boardId: board.id };
  const lines = shownData(useApiGet(getInvestmentFollowUp, params, { year }).state)?.lines ?? [];
  const { draft, setter, done, checked, submission, save } = useDraftForm(
    () => FIRST_DRAFT,
    'Beslutet kunde inte registreras.',
  );
  const reading = amountFromTkrText(draft.amount);
  const amountError =
    checked && reading.kind !== 'amount'
      ? 'Beloppet ska vara ett belopp i tkr, t.ex. 47, -1 600 eller 0,5.'
      : undefined;

  const submit = async () => {
    const chosen = lines.find((entry) => lineKey(entry) === draft.line);
    const added = await save({
      work:
        reading.kind !== 'amount'
          ? null
          : () =>
              apiPost(
                addBudgetDecision,
                params,
                {},
                {
                  year,
                  decidedOn: draft.decidedOn,
                  decidedBy: draft.decidedBy,
                  reference: draft.reference,
                  kind: draft.kind,
                  amount: reading.amount,
                  reason: draft.reason,
                  reasonText: orNull(draft.reasonText),
                  phasing: draft.phasing,
                  investmentLine:
                    draft.kind === 'investment' && chosen
                      ? { category: chosen.category, name: chosen.name }
                      : null,
                  note: orNull(draft.note),
                },
              ),
      done: (answer) =>
        `Beslutet är registrerat (${String(answer.decisions.length)} beslut ${String(year)}).`,
      reset: true,
    });
    if (added) onAdded(added);
  };

  return (
    <section className="section" aria-labelledby="budget-decision-form-title">
      <h3 id="budget-decision-form-title">Registrera beslut</h3>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={submit}>
        <SelectInput
          id="budget-decision-by"
          label="Beslutat av"
          value={draft.decidedBy}
          options={DECISION_MAKERS.map((value) => ({ value, label: BY_LABELS[value] }))}
          onChange={(value) => {
            setter('decidedBy')(value as DecisionMaker);
          }}
        />
        <TextField
          id="budget-decision-reference"
          label="Beslutsreferens"
          hint="Organ, datum och paragraf, t.ex. KS 2025-02-12 § 34."
          value={draft.reference}
          error={submission.fieldErrors.reference}
          required
          onChange={setter('reference')}
        />
        <TextField
          id="budget-decision-date"
          label="Beslutsdatum"
          hint={`ÅÅÅÅ-MM-DD, under ${String(year)} och i en månad som inte är publicerad.`}
          size="medium"
          value={draft.decidedOn}
          error={submission.fieldErrors.decidedOn}
          required
          onChange={setter('decidedOn')}
        />
        <RadioGroup
          name="budget-decision-kind"
          legend="Avser"
          value={draft.kind}
          options={[
            { value: 'allocation', label: 'Kommunbidrag' },
            { value: 'investment', label: 'Investeringsbudget' },
          ]}
          onChange={setter('kind')}
        />
        {draft.kind === 'investment' ? (
          <SelectInput
            id="budget-decision-line"
            label="Investeringsrad"
            value={draft.line}
            error={submission.fieldErrors.investmentLine}
            options={[
              { value: '', label: 'Välj rad' },
              ...lines.map((entry) => ({
                value: lineKey(entry),
                label: decisionLineLabelSv(entry),
              })),
            ]}
            onChange={setter('line')}
          />
        ) : null}
        <TextField
          id="budget-decision-amount"
          label="Belopp (tkr)"
          hint="Med minustecken för en minskning, t.ex. 47 eller -1 600."
          size="medium"
          value={draft.amount}
          error={amountError ?? submission.fieldErrors.amount}
          required
          onChange={setter('amount')}
        />
        <SelectInput
          id="budget-decision-reason"
          label="Orsak"
          value={draft.reason}
          options={DECISION_REASONS.map((value) => ({
            value,
            label: DECISION_REASON_NAMES_SV[value],
          }))}
          onChange={(value) => {
            setter('reason')(value as DecisionReason);
          }}
        />
        <TextField
          id="budget-decision-reason-text"
          label="Orsak i ord"
          hint="Krävs för Annat, t.ex. kapitaltjänst och hyror för färdigställda investeringar."
          value={draft.reasonText}
          error={submission.fieldErrors.reasonText}
          onChange={setter('reasonText')}
        />
        <RadioGroup
          name="budget-decision-phasing"
          legend="Periodisering"
          value={draft.phasing}
          options={DECISION_PHASINGS.map((value) => ({
            value,
            label: DECISION_PHASING_NAMES_SV[value],
          }))}
          onChange={setter('phasing')}
        />
        <TextField
          id="budget-decision-note"
          label="Kommentar"
          value={draft.note}
          onChange={setter('note')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Registrera beslutet
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </SubmitForm>
    </section>
  );
}
