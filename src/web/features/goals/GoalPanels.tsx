import { useState, type ReactNode } from 'react';
import type { BoardGoalDto } from '#contract/goals';
import type { Month } from '#domain/kernel/period';
import { reportDate } from '#domain/goals/goal-model';
import type { BoardChoice } from '../../app/board-context';
import { AssessmentForm } from './AssessmentForm';
import { BoardGoalEditForm } from './BoardGoalEditForm';
import { ComparisonPanel } from './ComparisonPanel';
import { IndicatorEditForm } from './IndicatorEditForm';
import { OutcomeForm } from './OutcomeForm';

/** A panel that opens on demand; its content is made (and loads) only once opened. */
function Panel({
  summary,
  children,
}: {
  readonly summary: string;
  readonly children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="goal__entry"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}

/** What can be done with a board goal, each behind its panel: compare, enter, assess, change. */
export function GoalPanels({
  choice,
  goal,
  year,
  reportMonth,
  mayEdit,
  units,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly goal: BoardGoalDto;
  readonly year: number;
  readonly reportMonth: Month;
  readonly mayEdit: boolean;
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly onSaved: () => void;
}) {
  const enterable = goal.indicators.filter((indicator) => indicator.mayEnterOutcomes);
  const fromKolada = goal.indicators.filter((indicator) => indicator.koladaKpi !== null);
  return (
    <>
      {fromKolada.length > 0 ? (
        <Panel summary="Jämför med andra kommuner (Kolada)">
          {() =>
            fromKolada.map((indicator) => (
              <ComparisonPanel key={indicator.id} choice={choice} indicator={indicator} />
            ))
          }
        </Panel>
      ) : null}
      {enterable.length > 0 ? (
        <Panel summary="Ange utfall">
          {() =>
            enterable.map((indicator) => (
              <OutcomeForm
                key={indicator.id}
                choice={choice}
                indicator={indicator}
                defaultDate={reportDate(year, reportMonth)}
                onSaved={onSaved}
              />
            ))
          }
        </Panel>
      ) : null}
      {mayEdit ? (
        <>
          <Panel summary="Bedöm målet">
            {() => (
              <AssessmentForm
                key={`${goal.id}-${String(reportMonth)}`}
                choice={choice}
                goal={goal}
                reportMonth={reportMonth}
                onSaved={onSaved}
              />
            )}
          </Panel>
          <Panel summary="Ändra målet och nyckeltalen">
            {() => (
              <>
                <BoardGoalEditForm choice={choice} goal={goal} onSaved={onSaved} />
                {goal.indicators.map((indicator) => (
                  <IndicatorEditForm
                    key={indicator.id}
                    choice={choice}
                    indicator={indicator}
                    units={units}
                    onSaved={onSaved}
                  />
                ))}
              </>
            )}
          </Panel>
        </>
      ) : null}
    </>
  );
}
