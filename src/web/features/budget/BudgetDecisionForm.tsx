import { useState } from 'react';
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
import { useSubmit } from '../../api/use-submit';
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
  const [decidedBy, setDecidedBy] = useState<DecisionMaker>('executive-board');
  const [reference, setReference] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [kind, setKind] = useState<DecisionKind>('allocation');
  const [line, setLine] = useState('');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState<DecisionReason>('capital-costs');
  const [reasonText, setReasonText] = useState('');
  const [phasing, setPhasing] = useState<DecisionPhasing>('from-decision-month');
  const [note, setNote] = useState('');
  const submission = useSubmit('Beslutet kunde inte registreras.');
  const lineKey = (entry: { category: string; name: string }) => `${entry.category}/${entry.name}`;

  const submit = async () => {
    const reading = amountFromTkrText(amount);
    if (reading.kind !== 'amount') {
      setAmountError('Beloppet ska vara ett belopp i tkr, t.ex. 47, -1 600 eller 0,5.');
      return;
    }
    setAmountError(undefined);
    const chosen = lines.find((entry) => lineKey(entry) === line);
    const added = await submission.run(() =>
      apiPost(
        addBudgetDecision,
        params,
        {},
        {
          year,
          decidedOn,
          decidedBy,
          reference,
          kind,
          amount: reading.amount,
          reason,
          reasonText: reasonText.trim() === '' ? null : reasonText,
          phasing,
          investmentLine:
            kind === 'investment' && chosen
              ? { category: chosen.category, name: chosen.name }
              : null,
          note: note.trim() === '' ? null : note,
        },
      ),
    );
    if (added) {
      setReference('');
      setDecidedOn('');
      setAmount('');
      setReasonText('');
      setNote('');
      onAdded(added);
    }
  };

  return (
    <section className="section" aria-labelledby="budget-decision-form-title">
      <h3 id="budget-decision-form-title">Registrera beslut</h3>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={submit}>
        <SelectInput
          id="budget-decision-by"
          label="Beslutat av"
          value={decidedBy}
          options={DECISION_MAKERS.map((value) => ({ value, label: BY_LABELS[value] }))}
          onChange={(value) => {
            setDecidedBy(value as DecisionMaker);
          }}
        />
        <TextField
          id="budget-decision-reference"
          label="Beslutsreferens"
          hint="Organ, datum och paragraf, t.ex. KS 2025-02-12 § 34."
          value={reference}
          error={submission.fieldErrors.reference}
          required
          onChange={setReference}
        />
        <TextField
          id="budget-decision-date"
          label="Beslutsdatum"
          hint={`ÅÅÅÅ-MM-DD, under ${String(year)} och i en månad som inte är publicerad.`}
          size="medium"
          value={decidedOn}
          error={submission.fieldErrors.decidedOn}
          required
          onChange={setDecidedOn}
        />
        <RadioGroup
          name="budget-decision-kind"
          legend="Avser"
          value={kind}
          options={[
            { value: 'allocation', label: 'Kommunbidrag' },
            { value: 'investment', label: 'Investeringsbudget' },
          ]}
          onChange={setKind}
        />
        {kind === 'investment' ? (
          <SelectInput
            id="budget-decision-line"
            label="Investeringsrad"
            value={line}
            error={submission.fieldErrors.investmentLine}
            options={[
              { value: '', label: 'Välj rad' },
              ...lines.map((entry) => ({
                value: lineKey(entry),
                label: decisionLineLabelSv(entry),
              })),
            ]}
            onChange={setLine}
          />
        ) : null}
        <TextField
          id="budget-decision-amount"
          label="Belopp (tkr)"
          hint="Med minustecken för en minskning, t.ex. 47 eller -1 600."
          size="medium"
          value={amount}
          error={amountError ?? submission.fieldErrors.amount}
          required
          onChange={setAmount}
        />
        <SelectInput
          id="budget-decision-reason"
          label="Orsak"
          value={reason}
          options={DECISION_REASONS.map((value) => ({
            value,
            label: DECISION_REASON_NAMES_SV[value],
          }))}
          onChange={(value) => {
            setReason(value as DecisionReason);
          }}
        />
        <TextField
          id="budget-decision-reason-text"
          label="Orsak i ord"
          hint="Krävs för Annat, t.ex. kapitaltjänst och hyror för färdigställda investeringar."
          value={reasonText}
          error={submission.fieldErrors.reasonText}
          onChange={setReasonText}
        />
        <RadioGroup
          name="budget-decision-phasing"
          legend="Periodisering"
          value={phasing}
          options={DECISION_PHASINGS.map((value) => ({
            value,
            label: DECISION_PHASING_NAMES_SV[value],
          }))}
          onChange={setPhasing}
        />
        <TextField id="budget-decision-note" label="Kommentar" value={note} onChange={setNote} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Registrera beslutet
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
