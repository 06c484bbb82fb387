import { useId, useState } from 'react';
import { saveGoalAssessment, type BoardGoalDto } from '#contract/goals';
import {
  ASSESSMENT_LEVELS,
  ASSESSMENT_NAMES_SV,
  type AssessmentLevel,
} from '#domain/goals/assessment';
import type { Month } from '#domain/kernel/period';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { RadioGroup, SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

type LevelChoice = AssessmentLevel | 'none';

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
  const [level, setLevel] = useState<LevelChoice>(goal.assessment?.level ?? 'none');
  const [analysis, setAnalysis] = useState(goal.assessment?.analysis ?? '');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmit('Bedömningen kunde inte sparas.');

  const save = async () => {
    setDone(null);
    const answer = await submission.run(() =>
      apiPost(
        saveGoalAssessment,
        { municipalityId: choice.municipality.id, boardId: choice.board.id },
        {},
        {
          boardGoalId: goal.id,
          reportMonth,
          level: level === 'none' ? null : level,
          analysis,
          baseRevision: goal.assessment?.revision ?? null,
        },
      ),
    );
    if (answer) setDone('Bedömningen är sparad.');
    onSaved();
  };

  return (
    <SubmitForm className="stacked-form assessment-form" busy={submission.busy} onSubmit={save}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <RadioGroup<LevelChoice>
        name={`${id}-level`}
        legend={`Bedömning av ”${goal.text}”`}
        hint={
          goal.proposal
            ? `Förslag utifrån nyckeltalen: ${ASSESSMENT_NAMES_SV[goal.proposal]} (alla når målet: Helt uppfyllt; minst hälften: I hög grad; några: Delvis; inget: Ej uppfyllt).`
            : 'Inget förslag: inget nyckeltal har både mål och utfall.'
        }
        value={level}
        options={[
          ...ASSESSMENT_LEVELS.map((value) => ({ value, label: ASSESSMENT_NAMES_SV[value] })),
          { value: 'none' as const, label: 'Ingen bedömning ännu' },
        ]}
        onChange={(value) => {
          setDone(null);
          setLevel(value);
        }}
      />
      <TextAreaField
        id={`${id}-analysis`}
        label="Kommentar och analys"
        rows={6}
        maxLength={20_000}
        value={analysis}
        error={submission.fieldErrors.analysis}
        onChange={(value) => {
          setDone(null);
          setAnalysis(value);
        }}
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
