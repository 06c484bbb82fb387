import type { InternalControlPage } from '#contract/internal-control';
import type { BoardChoice } from '../../app/board-context';
import { InfoNote } from '../../ui/StatusMessages';
import { CriticalFactorForm, FactorFollowUpForm } from './CriticalFactorForms';
import { reportMonthSv } from './internal-control-model';
import { Panel, paragraphs } from './Panel';

/**
 * Kritiska verksamhetsfaktorer: per perspective, the factors with the risks they take care of
 * and their follow-up at the report month. The controller changes a factor and its follow-up.
 */
export function CriticalFactorsSection({
  choice,
  data,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly data: InternalControlPage;
  readonly onSaved: () => void;
}) {
  const any = data.criticalFactors.some((perspective) => perspective.factors.length > 0);
  return (
    <section className="section" aria-labelledby="ic-factors">
      <h2 id="ic-factors" className="section__title">
        Kritiska verksamhetsfaktorer
      </h2>
      <p className="section__intro">
        Det verksamheten måste lyckas med, per perspektiv, och de risker i analysen som omhändertas
        genom dem, med uppföljningen {reportMonthSv(data.reportMonth)}.
      </p>
      {!any && !data.mayEdit ? (
        <InfoNote>Nämnden har inga kritiska verksamhetsfaktorer för {data.year}.</InfoNote>
      ) : null}
      {data.criticalFactors.map((perspective) =>
        perspective.factors.length === 0 && !data.mayEdit ? null : (
          <section
            key={perspective.perspective}
            className="ic-perspective"
            aria-labelledby={`ic-perspective-${perspective.perspective}`}
          >
            <h3 id={`ic-perspective-${perspective.perspective}`} className="ic-subtitle">
              {perspective.name}
            </h3>
            <ul className="factor-list">
              {perspective.factors.map((factor) => (
                <li key={factor.id} className="factor">
                  <p className="factor__text">{factor.text}</p>
                  <p className="factor__risks">
                    {factor.risks.length === 0
                      ? 'Omhändertar ingen risk i analysen.'
                      : `Omhändertar: ${factor.risks.map((risk) => `${risk.name} (${String(risk.value)})`).join('; ')}.`}
                  </p>
                  <div className="factor__follow-up">
                    <strong>Uppföljning {reportMonthSv(data.reportMonth)}:</strong>{' '}
                    {factor.followUp && factor.followUp.text !== ''
                      ? paragraphs(factor.followUp.text).map((part) => <p key={part}>{part}</p>)
                      : 'Inte uppföljd ännu.'}
                  </div>
                  {data.mayEdit ? (
                    <Panel summary="Ändra faktorn och dess uppföljning">
                      {() => (
                        <>
                          <CriticalFactorForm
                            choice={choice}
                            year={data.year}
                            perspective={perspective.perspective}
                            factor={factor}
                            risks={data.risks}
                            onSaved={onSaved}
                          />
                          <FactorFollowUpForm
                            key={`${factor.id}-${String(data.reportMonth)}`}
                            choice={choice}
                            factor={factor}
                            reportMonth={data.reportMonth}
                            onSaved={onSaved}
                          />
                        </>
                      )}
                    </Panel>
                  ) : null}
                </li>
              ))}
            </ul>
            {data.mayEdit ? (
              <Panel summary={`Lägg till en faktor under ${perspective.name}`}>
                {() => (
                  <CriticalFactorForm
                    choice={choice}
                    year={data.year}
                    perspective={perspective.perspective}
                    factor={null}
                    risks={data.risks}
                    onSaved={onSaved}
                  />
                )}
              </Panel>
            ) : null}
          </section>
        ),
      )}
    </section>
  );
}
