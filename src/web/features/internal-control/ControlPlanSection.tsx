import { useState } from 'react';
import type { InternalControlPage } from '#contract/internal-control';
import type { BoardChoice } from '../../app/board-context';
import { InfoNote } from '../../ui/StatusMessages';
import { ControlForm } from './ControlForm';
import { OpenedForm, Panel } from './Panel';

/**
 * Internkontrollplan: the year's controls, each with the risk it checks and its value, what is
 * checked, how, how often, when followed up and who is responsible. The controller adds and
 * changes controls.
 */
export function ControlPlanSection({
  choice,
  data,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly data: InternalControlPage;
  readonly onSaved: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const edited = data.controls.find((control) => control.id === editing) ?? null;
  return (
    <section className="section" aria-labelledby="ic-plan">
      <h2 id="ic-plan" className="section__title">
        Internkontrollplan
      </h2>
      {data.controls.length === 0 ? (
        <InfoNote>Det finns ingen internkontrollplan för {data.year}.</InfoNote>
      ) : (
        <div className="table-frame">
          <table className="data-table control-table">
            <caption>Internkontrollplan {data.year}</caption>
            <thead>
              <tr>
                <th scope="col">Identifierad risk</th>
                <th scope="col" className="num">
                  Riskvärde
                </th>
                <th scope="col">Vad kontrolleras?</th>
                <th scope="col">Metod</th>
                <th scope="col">Frekvens</th>
                <th scope="col">Uppföljning</th>
                <th scope="col">Ansvarig</th>
                {data.mayEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">Ändra</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.controls.map((control) => (
                <tr key={control.id}>
                  <th scope="row">{control.riskName}</th>
                  <td className="num">{control.riskValue}</td>
                  <td>{control.checkpoint}</td>
                  <td>{control.method}</td>
                  <td>{control.frequency}</td>
                  <td>{control.followUpWhen}</td>
                  <td>{control.responsible}</td>
                  {data.mayEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small ic-row-button"
                        aria-label={`Ändra kontrollen ${control.checkpoint}`}
                        aria-expanded={editing === control.id}
                        onClick={() => {
                          setEditing(editing === control.id ? null : control.id);
                        }}
                      >
                        Ändra
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {edited ? (
        <OpenedForm key={edited.id}>
          <ControlForm
            choice={choice}
            year={data.year}
            control={edited}
            risks={data.risks}
            onSaved={onSaved}
          />
        </OpenedForm>
      ) : null}
      {data.mayEdit ? (
        <Panel summary="Lägg till en kontroll">
          {() => (
            <ControlForm
              choice={choice}
              year={data.year}
              control={null}
              risks={data.risks}
              onSaved={onSaved}
            />
          )}
        </Panel>
      ) : null}
    </section>
  );
}
