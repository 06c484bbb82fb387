import { useState } from 'react';
import { startRiskAnalysis, type InternalControlPage } from '#contract/internal-control';
import { RISK_BAND_NAMES_SV } from '#domain/internal-control/risk-scales';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert, InfoNote } from '../../ui/StatusMessages';
import { previousValueSv } from './internal-control-model';
import { OpenedForm, Panel } from './Panel';
import { RiskForm } from './RiskForm';
import { RiskMatrixChart } from './RiskMatrixChart';
import { RiskScales } from './RiskScales';

/** The controller starts next year's analysis from this year's risks, to be reassessed. */
function StartAnalysisForm({
  choice,
  year,
  onStarted,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly onStarted: (toYear: number) => void;
}) {
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmit('Analysen kunde inte startas.');
  const start = async () => {
    const answer = await submission.run(() =>
      apiPost(
        startRiskAnalysis,
        { municipalityId: choice.municipality.id, boardId: choice.board.id },
        {},
        { fromYear: year },
      ),
    );
    if (answer) {
      setDone(
        `Analysen för ${String(answer.toYear)} har ${String(answer.risks)} risker att bedöma på nytt.`,
      );
      onStarted(answer.toYear);
    }
  };
  return (
    <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={start}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={submission.busy}>
          Starta analysen för {year + 1} från {year}
        </button>
        <span role="status" className="form-actions__hint">
          {done}
        </span>
      </div>
    </SubmitForm>
  );
}

/**
 * Risk- och väsentlighetsanalys: the matrix, the scales, and the risks highest value first
 * with last year's value. The controller adds and changes risks, and starts next year's.
 */
export function RiskSection({
  choice,
  data,
  onSaved,
  onYear,
}: {
  readonly choice: BoardChoice;
  readonly data: InternalControlPage;
  readonly onSaved: () => void;
  readonly onYear: (year: number) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const editedRisk = data.risks.find((risk) => risk.id === editing) ?? null;
  return (
    <section className="section" aria-labelledby="ic-risks">
      <h2 id="ic-risks" className="section__title">
        Risk- och väsentlighetsanalys
      </h2>
      <p className="section__intro">
        Nämndens bedömning av riskerna i verksamheten {data.year}: hur sannolikt det är att fel
        uppstår och hur allvarligt det vore. Riskerna med högst värde hanteras i
        internkontrollplanen eller genom de kritiska verksamhetsfaktorerna.
      </p>
      <RiskMatrixChart risks={data.risks} year={data.year} />
      <RiskScales />
      {data.risks.length === 0 ? (
        <InfoNote>Det finns ingen riskanalys för {data.year}.</InfoNote>
      ) : (
        <div className="table-frame">
          <table className="data-table risk-table">
            <caption>Risker {data.year}, högst riskvärde först</caption>
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Beskrivning</th>
                <th scope="col">Process/område</th>
                <th scope="col" className="num">
                  Sannolikhet
                </th>
                <th scope="col" className="num">
                  Konsekvens
                </th>
                <th scope="col" className="num">
                  Riskvärde
                </th>
                <th scope="col" className="num">
                  Förra året
                </th>
                <th scope="col">Hantering</th>
                <th scope="col">Ägare</th>
                {data.mayEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">Ändra</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.risks.map((risk, index) => (
                <tr key={risk.id}>
                  <th scope="row">
                    <span className="risk-number">{index + 1}</span> {risk.name}
                  </th>
                  <td className="risk-table__description">{risk.description}</td>
                  <td>{risk.area}</td>
                  <td className="num">{risk.likelihood}</td>
                  <td className="num">{risk.impact}</td>
                  <td className="num">
                    <span className={`risk-value risk-band--${risk.band}`}>
                      {risk.value} {RISK_BAND_NAMES_SV[risk.band]}
                    </span>
                  </td>
                  <td className="num">{previousValueSv(risk)}</td>
                  <td>{risk.treatmentSv}</td>
                  <td>{risk.owner}</td>
                  {data.mayEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small ic-row-button"
                        aria-label={`Ändra ${risk.name}`}
                        aria-expanded={editing === risk.id}
                        onClick={() => {
                          setEditing(editing === risk.id ? null : risk.id);
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
      {editedRisk ? (
        <OpenedForm key={editedRisk.id}>
          <RiskForm choice={choice} year={data.year} risk={editedRisk} onSaved={onSaved} />
        </OpenedForm>
      ) : null}
      {data.mayEdit ? (
        <Panel summary="Lägg till en risk">
          {() => <RiskForm choice={choice} year={data.year} risk={null} onSaved={onSaved} />}
        </Panel>
      ) : null}
      {data.mayEdit && data.risks.length > 0 && !data.years.includes(data.year + 1) ? (
        <StartAnalysisForm choice={choice} year={data.year} onStarted={onYear} />
      ) : null}
    </section>
  );
}
