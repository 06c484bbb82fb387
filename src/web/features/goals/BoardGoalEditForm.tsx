import { useId, useState } from 'react';
import { saveBoardGoal, type BoardGoalDto } from '#contract/goals';
import { AGENDA_2030_GOALS } from '#domain/goals/agenda2030';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { CheckboxField, SubmitForm, TextAreaField, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

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
  const [text, setText] = useState(goal.text);
  const [contribution, setContribution] = useState(goal.contribution);
  const [councilIndicator, setCouncilIndicator] = useState(goal.councilIndicator ?? '');
  const [agenda, setAgenda] = useState<ReadonlySet<number>>(
    () => new Set(goal.agenda2030.map((link) => link.number)),
  );
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmit('Målet kunde inte sparas.');
  const textError = checked && text.trim() === '' ? 'Skriv målets text.' : undefined;

  const save = async () => {
    setChecked(true);
    setDone(null);
    if (text.trim() === '') return;
    const answer = await submission.run(() =>
      apiPost(
        saveBoardGoal,
        { municipalityId: choice.municipality.id, boardId: choice.board.id, boardGoalId: goal.id },
        {},
        {
          text,
          contribution,
          councilIndicator: councilIndicator.trim() === '' ? null : councilIndicator,
          agenda2030: [...agenda].sort((a, b) => a - b),
          baseRevision: goal.revision,
        },
      ),
    );
    if (answer) {
      setChecked(false);
      setDone('Målet är sparat.');
    }
    onSaved();
  };

  return (
    <SubmitForm className="stacked-form board-goal-edit" busy={submission.busy} onSubmit={save}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <TextField
        id={`${id}-text`}
        label="Nämndmålets text"
        value={text}
        error={textError ?? submission.fieldErrors.text}
        onChange={(value) => {
          setDone(null);
          setText(value);
        }}
      />
      <TextField
        id={`${id}-council`}
        label="Indikator (kommunfullmäktiges), eller varför målet saknar en"
        value={councilIndicator}
        onChange={(value) => {
          setDone(null);
          setCouncilIndicator(value);
        }}
      />
      <TextAreaField
        id={`${id}-contribution`}
        label="Hur nämnden bidrar till kommunens mål"
        rows={4}
        value={contribution}
        onChange={(value) => {
          setDone(null);
          setContribution(value);
        }}
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
              setDone(null);
              setAgenda((current) => {
                const next = new Set(current);
                if (on) next.add(sdg.number);
                else next.delete(sdg.number);
                return next;
              });
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
