import { useId } from 'react';
import { reviewSampleItem, type SampleItemDto } from '#contract/internal-control-samples';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { RadioGroup, SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

type Verdict = 'ok' | 'remarks';

interface ReviewDraft {
  readonly verdict: Verdict;
  readonly comment: string;
}

export const VERDICT_NAMES_SV: Readonly<Record<Verdict, string>> = {
  ok: 'Utan anmärkning',
  remarks: 'Med anmärkning',
};

/**
 * A unit head's review of one sampled item: utan or med anmärkning (which needs its comment),
 * compare-and-set on the item's revision; someone else's review meanwhile is told, the item
 * read again and the draft kept.
 */
export function SampleReviewForm({
  choice,
  sampleId,
  item,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly sampleId: string;
  readonly item: SampleItemDto;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, setter, done, submission, save } = useDraftForm<ReviewDraft>(
    () => ({ verdict: item.verdict ?? 'ok', comment: item.comment }),
    'Granskningen kunde inte sparas.',
  );
  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          reviewSampleItem,
          {
            municipalityId: choice.municipality.id,
            boardId: choice.board.id,
            sampleId,
            position: String(item.position),
          },
          {},
          { ...draft, baseRevision: item.revision },
        ),
      done: (answer) => `Post ${String(answer.position)} är granskad.`,
      settled: onSaved,
    });
  };
  return (
    <SubmitForm
      className="stacked-form sample-review-form"
      busy={submission.busy}
      onSubmit={submit}
    >
      <fieldset className="ic-form__fields">
        <legend className="field__label">
          Granska post {item.position}: {item.label}
        </legend>
        {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
        <RadioGroup<Verdict>
          name={`${id}-verdict`}
          legend="Bedömning"
          value={draft.verdict}
          options={(['ok', 'remarks'] as const).map((value) => ({
            value,
            label: VERDICT_NAMES_SV[value],
          }))}
          onChange={setter('verdict')}
        />
        <TextAreaField
          id={`${id}-comment`}
          label="Kommentar"
          hint="Krävs vid anmärkning."
          rows={3}
          maxLength={2_000}
          required={draft.verdict === 'remarks'}
          value={draft.comment}
          error={submission.fieldErrors.comment}
          onChange={setter('comment')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Spara granskningen
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </fieldset>
    </SubmitForm>
  );
}
