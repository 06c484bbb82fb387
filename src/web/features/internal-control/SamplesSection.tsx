import { useState } from 'react';
import type { InternalControlPage } from '#contract/internal-control';
import type { SampleSummaryDto } from '#contract/internal-control-samples';
import { formatKronor } from '#domain/kernel/format';
import { ore } from '#domain/kernel/money';
import type { BoardChoice } from '../../app/board-context';
import { InfoNote } from '../../ui/StatusMessages';
import { capitalised } from './internal-control-model';
import { Panel } from './Panel';
import { SampleDetail } from './SampleDetail';
import { SampleDrawForm } from './SampleDrawForm';
import { swedishDate } from '#contract/swedish-time';

/** "Konton 4710, 4720-4729 från 5 000,00 kr"; '' for a log population. */
function ledgerParametersSv(sample: SampleSummaryDto): string {
  if (sample.accounts.length === 0) return '';
  const amount =
    sample.minAmountOre === null ? '' : ` från ${formatKronor(ore(sample.minAmountOre))} kr`;
  return `Konton ${sample.accounts.join(', ')}${amount}`;
}

/**
 * Stickprov: the samples drawn for the year's controls, how far their review is, and (for those
 * who may) their items. The controller draws new samples.
 */
export function SamplesSection({
  choice,
  data,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly data: InternalControlPage;
  readonly onSaved: () => void;
}) {
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="ic-samples">
      <h2 id="ic-samples" className="section__title">
        Stickprov
      </h2>
      <p className="section__intro">
        Urval dragna för kontrollerna, med frö så att revisorn kan göra om dragningen och få samma
        poster. Enheternas chefer granskar sina poster.
      </p>
      {data.samples.length === 0 ? (
        <InfoNote>Inga stickprov är dragna för {data.year}.</InfoNote>
      ) : (
        <div className="table-frame">
          <table className="data-table sample-table">
            <caption>Stickprov {data.year}</caption>
            <thead>
              <tr>
                <th scope="col">Population</th>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Storlek
                </th>
                <th scope="col" className="num">
                  Populationens storlek
                </th>
                <th scope="col">Frö</th>
                <th scope="col">Dragen</th>
                <th scope="col">Kontroll</th>
                <th scope="col">Granskning</th>
                {data.mayReadSamples ? (
                  <th scope="col">
                    <span className="visually-hidden">Öppna</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.samples.map((sample) => (
                <tr key={sample.id}>
                  <th scope="row">
                    {capitalised(sample.populationSv)}
                    {sample.accounts.length > 0 ? (
                      <span className="sample-table__detail">{ledgerParametersSv(sample)}</span>
                    ) : null}
                  </th>
                  <td className="nowrap">
                    {sample.from}–{sample.to}
                  </td>
                  <td className="num">{sample.size}</td>
                  <td className="num">{sample.populationCount}</td>
                  <td>{sample.seed}</td>
                  <td>
                    {sample.drawnBy}
                    <span className="sample-table__detail">{swedishDate(sample.drawnAt)}</span>
                  </td>
                  <td>
                    {sample.control
                      ? `${sample.control.checkpoint} (${String(sample.control.year)})`
                      : '–'}
                  </td>
                  <td>{sample.progressSv}</td>
                  {data.mayReadSamples ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small ic-row-button"
                        aria-expanded={opened === sample.id}
                        onClick={() => {
                          setOpened(opened === sample.id ? null : sample.id);
                        }}
                      >
                        {opened === sample.id ? 'Stäng' : 'Öppna'}
                        <span className="visually-hidden">
                          {' '}
                          urvalet {sample.from}–{sample.to}
                        </span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opened && data.mayReadSamples ? (
        <SampleDetail key={opened} choice={choice} sampleId={opened} onReviewed={onSaved} />
      ) : null}
      {data.mayEdit ? (
        <Panel summary="Dra ett stickprov">
          {() => (
            <SampleDrawForm
              choice={choice}
              data={data}
              onDrawn={(sampleId) => {
                setOpened(sampleId);
                onSaved();
              }}
            />
          )}
        </Panel>
      ) : null}
    </section>
  );
}
