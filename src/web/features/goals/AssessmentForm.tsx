import { useId } from 'react';
import { saveGoalAssessment, type BoardGoalDto } from '#contract/goals';
import {
  ASSESSMENT_LEVELS,
  ASSESSMENT_NAMES_SV,
  type AssessmentLevel,
} from '#domain/goals/assessment';
import type { Month } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { RadioGroup, SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

type LevelChoice = AssessmentLevel | 'none';

interface AssessmentDraft {
  readonly level: LevelChoice;
  readonly analysis: string;
}

/**
 * The controller's assessment of a board goal at the report month, with its analysis. The
 * indicators' proposal is shown beside it; the level saved is the one chosen here.
 */
export function AssessmentForm({
  choice,
  goal,
  reportMonth,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly goal: BoardGoalDto;
  readonly reportMonth: Month;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, setter, done, submission, save } = useDraftForm<AssessmentDraft>(
    () => ({
      level: goal.assessment?.level ?? 'none',
      analysis: goal.assessment?.analysis ?? '',
    }),
    'Bedömningen kunde inte sparas.',
  );

  const submit = async () => {
    await save({
      work: () =>
        apiPost(
          saveGoalAssessment,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          {
            boardGoalId: goal.id,
            reportMonth,
            level: draft.level === 'none' ? null : draft.level,
            analysis: draft.analysis,
            baseRevision: goal.assessment?.revision ?? null,
          },
        ),
      done: () => 'Bedömningen är sparad.',
      settled: onSaved,
    });
  };

  return (
    <SubmitForm className="stacked-form assessment-form" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <RadioGroup<LevelChoice>
        name={`${id}-level`}
        legend={`Bedömning av ”${goal.text}”`}
        hint={
          goal.proposal
            ? `Förslag utifrån nyckeltalen: ${ASSESSMENT_NAMES_SV[goal.proposal]} (alla når målet: Helt uppfyllt; minst hälften: I hög grad; några: Delvis; inget: Ej uppfyllt).`
            : 'Inget förslag: inget nyckeltal har både mål och utfall.'
        }
        value={draft.level}
        options={[
          ...ASSESSMENT_LEVELS.map((value) => ({ value, label: ASSESSMENT_NAMES_SV[value] })),
          { value: 'none' as const, label: 'Ingen bedömning ännu' },
        ]}
        onChange={setter('level')}
      />
      <TextAreaField
        id={`${id}-analysis`}
        label="Kommentar och analys"
        rows={6}
        maxLength={20_000}
        value={draft.analysis}
        error={submission.fieldErrors.analysis}
        onChange={setter('analysis')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.busy}>
          Spara bedömningen
        </button>
        <span role="status" className="form-actions__hint">
          {done}
        </span>
      </div>
    </SubmitForm>
  );
}
