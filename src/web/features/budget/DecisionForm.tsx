import { useState } from 'react';
import { decideBudgetVersion, type BudgetGrid } from '#contract/budget';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { CheckboxField, RadioGroup, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';

/** Beslut: Beslutad or Reviderad, by whom (the minutes' reference) and when; used in follow-up. */
export function DecisionForm({
  grid,
  onDecided,
  onStale,
}: {
  readonly grid: BudgetGrid;
  readonly onDecided: (grid: BudgetGrid) => void;
  /** The figures changed since they were read: read them again before deciding. */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const [status, setStatus] = useState<'adopted' | 'revised'>(
    grid.version.status === 'revised' ? 'revised' : 'adopted',
  );
  const [decidedBy, setDecidedBy] = useState(grid.version.decidedBy ?? '');
  const [decidedAt, setDecidedAt] = useState(grid.version.decidedAt ?? '');
  const [inFollowUp, setInFollowUp] = useState(true);
  const submission = useSubmit('Beslutet kunde inte sparas.');
  const submit = async () => {
    // Decided on the figures shown: if another saved since, they are read again first.
    const decided = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            decideBudgetVersion,
            { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id },
            {},
            { baseRevision: grid.version.revision, status, decidedBy, decidedAt, inFollowUp },
          ),
        onStale,
      ),
    );
    if (decided) onDecided(decided);
  };
  return (
    <section className="section" aria-labelledby="decision-title">
      <h2 id="decision-title" className="section__title">
        Beslut
      </h2>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={submit}>
        <RadioGroup
          name="decision-status"
          legend="Status"
          value={status}
          options={[
            { value: 'adopted', label: 'Beslutad' },
            { value: 'revised', label: 'Reviderad' },
          ]}
          onChange={setStatus}
        />
        <TextField
          id="decision-by"
          label="Beslutad av"
          hint="Organ och paragraf, t.ex. SN 2025-10-21 § 85."
          value={decidedBy}
          error={submission.fieldErrors.decidedBy}
          required
          onChange={setDecidedBy}
        />
        <TextField
          id="decision-at"
          label="Beslutsdatum"
          hint="ÅÅÅÅ-MM-DD"
          size="medium"
          value={decidedAt}
          error={submission.fieldErrors.decidedAt}
          required
          onChange={setDecidedAt}
        />
        <CheckboxField
          id="decision-follow-up"
          label="Används i uppföljningen"
          hint="Driftredovisningen jämför utfallet mot den här versionen i stället för en tidigare."
          checked={inFollowUp}
          onChange={setInFollowUp}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Spara beslutet
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
