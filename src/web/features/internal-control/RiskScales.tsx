import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  SCALE_STEPS,
  type ScaleLevel,
  type ScaleStep,
} from '#domain/internal-control/risk-scales';

function Scale({
  caption,
  levels,
}: {
  readonly caption: string;
  readonly levels: Readonly<Record<ScaleStep, ScaleLevel>>;
}) {
  return (
    <table className="data-table risk-scale">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nivå</th>
          <th scope="col">Innebär att</th>
        </tr>
      </thead>
      <tbody>
        {SCALE_STEPS.map((step) => (
          <tr key={step}>
            <th scope="row">
              {step} {levels[step].name}
            </th>
            <td>{levels[step].explanation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Skalor: what each step of likelihood and impact means (002 Bilaga 2), behind a summary. */
export function RiskScales() {
  return (
    <details className="ic-panel risk-scales">
      <summary>Skalor</summary>
      <p>
        Riskvärdet är sannolikhet gånger konsekvens, 1–16. Sannolikheten är hur troligt det är att
        fel uppstår; konsekvensen hur allvarligt ett fel vore för intressenterna och kommunen.
      </p>
      <div className="risk-scales__tables">
        <Scale caption="Sannolikhet" levels={LIKELIHOOD_LEVELS_SV} />
        <Scale caption="Konsekvens (väsentlighet)" levels={IMPACT_LEVELS_SV} />
      </div>
    </details>
  );
}
