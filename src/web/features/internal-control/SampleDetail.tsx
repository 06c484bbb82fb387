import { useState } from 'react';
import { getSample } from '#contract/internal-control-samples';
import { useApiGet, shownData } from '../../api/use-api';
import type { BoardChoice } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { OpenedForm } from './Panel';
import { SampleRedo } from './SampleRedo';
import { SampleReviewForm, VERDICT_NAMES_SV } from './SampleReviewForm';
import { swedishDate } from '#contract/swedish-time';

/**
 * An opened sample: its items with their reviewer unit and review (a unit head sees their own
 * units' items), a review form for the items the user reviews, and the auditor's redo.
 */
export function SampleDetail({
  choice,
  sampleId,
  onReviewed,
}: {
  readonly choice: BoardChoice;
  readonly sampleId: string;
  readonly onReviewed: () => void;
}) {
  const can = useCan();
  const { state, retry } = useApiGet(
    getSample,
    { municipalityId: choice.municipality.id, boardId: choice.board.id, sampleId },
    {},
  );
  const [reviewing, setReviewing] = useState<number | null>(null);
  const data = shownData(state);
  const reviewed = data?.items.find((item) => item.position === reviewing) ?? null;
  const mayReviewAny = data?.items.some((item) => item.mayReview) ?? false;
  const headingId = `sample-${sampleId}`;
  return (
    <section
      className="sample-detail"
      aria-labelledby={headingId}
      aria-busy={state.status === 'loading'}
    >
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar urvalet …</LoadingMessage>
        ) : null
      ) : (
        <>
          <h3 id={headingId} className="ic-subtitle">
            Urvalet {data.sample.from}–{data.sample.to}: {data.sample.populationSv}
          </h3>
          <p>{data.sample.progressSv}</p>
          <div className="table-frame">
            <table className="data-table sample-items">
              <caption>Poster i urvalet</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Nr
                  </th>
                  <th scope="col">Post</th>
                  <th scope="col">Granskas av</th>
                  <th scope="col">Bedömning</th>
                  <th scope="col">Kommentar</th>
                  <th scope="col">Granskad av</th>
                  {mayReviewAny ? (
                    <th scope="col">
                      <span className="visually-hidden">Granska</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.position}>
                    <td className="num">{item.position}</td>
                    <th scope="row">{item.label}</th>
                    <td>{item.reviewerUnitName ?? '–'}</td>
                    <td>
                      {item.verdict ? (
                        <span className={`verdict verdict--${item.verdict}`}>
                          {VERDICT_NAMES_SV[item.verdict]}
                        </span>
                      ) : (
                        <span className="verdict verdict--none">Ej granskad</span>
                      )}
                    </td>
                    <td>{item.comment || '–'}</td>
                    <td>
                      {item.reviewedBy
                        ? `${item.reviewedBy} ${item.reviewedAt === null ? '' : swedishDate(item.reviewedAt)}`
                        : '–'}
                    </td>
                    {mayReviewAny ? (
                      <td>
                        {item.mayReview ? (
                          <button
                            type="button"
                            className="button button--secondary button--small ic-row-button"
                            aria-label={`${item.verdict ? 'Ändra granskningen av' : 'Granska'} post ${String(item.position)}`}
                            aria-expanded={reviewing === item.position}
                            onClick={() => {
                              setReviewing(reviewing === item.position ? null : item.position);
                            }}
                          >
                            {item.verdict ? 'Ändra' : 'Granska'}
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reviewed ? (
            <OpenedForm key={reviewed.position}>
              <SampleReviewForm
                choice={choice}
                sampleId={sampleId}
                item={reviewed}
                onSaved={() => {
                  retry();
                  onReviewed();
                }}
              />
            </OpenedForm>
          ) : null}
          {can('internal-control:review') ? null : (
            <SampleRedo choice={choice} sampleId={sampleId} />
          )}
        </>
      )}
    </section>
  );
}
