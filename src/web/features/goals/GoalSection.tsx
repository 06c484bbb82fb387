import type { BoardGoalDto } from '#contract/goals';
import { ASSESSMENT_NAMES_SV } from '#domain/goals/assessment';
import { reportDate } from '#domain/goals/goal-model';
import type { Month } from '#domain/kernel/period';
import type { BoardChoice } from '../../app/board-context';
import { AssessmentForm } from './AssessmentForm';
import { IndicatorTable } from './IndicatorTable';
import { OutcomeForm } from './OutcomeForm';

/** The assessment as a badge: the signal colour and, always, its text. */
export function AssessmentBadge({ goal }: { readonly goal: BoardGoalDto }) {
  const level = goal.assessment?.level ?? null;
  return (
    <p className="goal__assessment">
      Bedömning:{' '}
      {level ? (
        <span className={`assessment-badge assessment-badge--${level}`}>
          {ASSESSMENT_NAMES_SV[level]}
        </span>
      ) : (
        <span className="assessment-badge assessment-badge--none">Ej bedömt ännu</span>
      )}
    </p>
  );
}

/** Paragraphs parted by a blank line. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** A board goal: its assessment, how the board works toward it, Agenda 2030, its indicators. */
export function GoalSection({
  choice,
  goal,
  year,
  reportMonth,
  mayEdit,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly goal: BoardGoalDto;
  readonly year: number;
  readonly reportMonth: Month;
  readonly mayEdit: boolean;
  readonly onSaved: () => void;
}) {
  const headingId = `goal-${goal.id}`;
  const enterable = goal.indicators.filter((indicator) => indicator.mayEnterOutcomes);
  return (
    <section className="goal" aria-labelledby={headingId}>
      <h3 id={headingId} className="goal__title">
        {goal.text}
      </h3>
      <AssessmentBadge goal={goal} />
      {goal.councilIndicator ? (
        <p className="goal__council-indicator">Indikator: {goal.councilIndicator}</p>
      ) : null}
      {paragraphs(goal.contribution).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {goal.assessment && goal.assessment.analysis !== '' ? (
        <div className="goal__analysis">
          <h4 className="goal__subtitle">Kommentar och analys</h4>
          {paragraphs(goal.assessment.analysis).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      {goal.agenda2030.length > 0 ? (
        <div className="goal__agenda">
          <h4 className="goal__subtitle">Koppling till Agenda 2030</h4>
          <ul>
            {goal.agenda2030.map((link) => (
              <li key={link.number}>
                Mål {link.number}. {link.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <IndicatorTable goal={goal} year={year} />
      {enterable.length > 0 ? (
        <details className="goal__entry">
          <summary>Ange utfall</summary>
          {enterable.map((indicator) => (
            <OutcomeForm
              key={indicator.id}
              choice={choice}
              indicator={indicator}
              defaultDate={reportDate(year, reportMonth)}
              onSaved={onSaved}
            />
          ))}
        </details>
      ) : null}
      {mayEdit ? (
        <details className="goal__entry">
          <summary>Bedöm målet</summary>
          <AssessmentForm
            key={`${goal.id}-${String(reportMonth)}`}
            choice={choice}
            goal={goal}
            reportMonth={reportMonth}
            onSaved={onSaved}
          />
        </details>
      ) : null}
    </section>
  );
}
