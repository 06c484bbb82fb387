import { useState } from 'react';
import { carryOverGoals } from '#contract/goals';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

/**
 * The controller starts next year's goals from this year's, as the budget's proposal: the same
 * goals and indicators (last year's outcomes follow), the targets copied to be reviewed.
 */
export function CarryOverForm({
  choice,
  year,
  onCarried,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly onCarried: (toYear: number) => void;
}) {
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmit('Målen kunde inte föras över.');
  const save = async () => {
    const answer = await submission.run(() =>
      apiPost(
        carryOverGoals,
        { municipalityId: choice.municipality.id, boardId: choice.board.id },
        {},
        { fromYear: year },
      ),
    );
    if (answer) {
      setDone(
        `${String(answer.toYear)} har nu ${String(answer.boardGoals)} mål och ${String(answer.indicators)} nyckeltal. Se över målvärdena.`,
      );
      onCarried(answer.toYear);
    }
  };
  return (
    <section className="section" aria-labelledby="carry-over-title">
      <h2 id="carry-over-title" className="section__title">
        Mål för {year + 1}
      </h2>
      <p className="section__intro">
        Nästa års budget utgår från årets mål: samma mål och nyckeltal, med årets utfall som
        föregående år och målvärdena kopierade för att ses över.
      </p>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={save}>
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={submission.busy}>
            För över målen till {year + 1}
          </button>
          <span role="status" className="form-actions__hint">
            {done}
          </span>
        </div>
      </SubmitForm>
    </section>
  );
}
