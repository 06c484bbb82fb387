import { useId } from 'react';
import { saveBoardGoal, type BoardGoalDto } from '#contract/goals';
import { AGENDA_2030_GOALS } from '#domain/goals/agenda2030';
import { apiPost } from '../../api/client';
import { useDraftForm } from '../../api/use-draft-form';
import type { BoardChoice } from '../../app/board-context';
import { CheckboxField, SubmitForm, TextAreaField, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

interface BoardGoalDraft {
  readonly text: string;
  readonly contribution: string;
  readonly councilIndicator: string;
  /** The Agenda 2030 goals' numbers. */
  readonly agenda: ReadonlySet<number>;
}

/** The controller's changes to a board goal: its text, how the board works toward it, links. */
export function BoardGoalEditForm({
  choice,
  goal,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly goal: BoardGoalDto;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const { draft, set, setter, done, checked, submission, save } = useDraftForm<BoardGoalDraft>(
    () => ({
      text: goal.text,
      contribution: goal.contribution,
      councilIndicator: goal.councilIndicator ?? '',
      agenda: new Set(goal.agenda2030.map((link) => link.number)),
    }),
    'Målet kunde inte sparas.',
  );
  const { text, contribution, councilIndicator, agenda } = draft;
  const textError = checked && text.trim() === '' ? 'Skriv målets text.' : undefined;

  const submit = async () => {
    await save({
      work:
        text.trim() === ''
          ? null
          : () =>
              apiPost(
                saveBoardGoal,
                {
                  municipalityId: choice.municipality.id,
                  boardId: choice.board.id,
                  boardGoalId: goal.id,
                },
                {},
                {
                  text,
                  contribution,
                  councilIndicator: councilIndicator.trim() === '' ? null : councilIndicator,
                  agenda2030: [...agenda].sort((a, b) => a - b),
                  baseRevision: goal.revision,
                },
              ),
      done: () => 'Målet är sparat.',
      settled: onSaved,
    });
  };

  return (
    <SubmitForm className="stacked-form board-goal-edit" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <TextField
        id={`${id}-text`}
        label="Nämndmålets text"
        value={text}
        error={textError ?? submission.fieldErrors.text}
        onChange={setter('text')}
      />
      <TextField
        id={`${id}-council`}
        label="Indikator (kommunfullmäktiges), eller varför målet saknar en"
        value={councilIndicator}
        onChange={setter('councilIndicator')}
      />
      <TextAreaField
        id={`${id}-contribution`}
        label="Hur nämnden bidrar till kommunens mål"
        rows={4}
        value={contribution}
        onChange={setter('contribution')}
      />
      <fieldset className="choice-group agenda-choices">
        <legend className="field__label">Koppling till Agenda 2030</legend>
        {AGENDA_2030_GOALS.map((sdg) => (
          <CheckboxField
            key={sdg.number}
            id={`${id}-sdg-${String(sdg.number)}`}
            label={`Mål ${String(sdg.number)}. ${sdg.title}`}
            checked={agenda.has(sdg.number)}
            onChange={(on) => {
              const next = new Set(agenda);
              if (on) next.add(sdg.number);
              else next.delete(sdg.number);
              set('agenda', next);
            }}
          />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.busy}>
          Spara målet
        </button>
        <span role="status" className="form-actions__hint">
          {done}
        </span>
      </div>
    </SubmitForm>
  );
}
