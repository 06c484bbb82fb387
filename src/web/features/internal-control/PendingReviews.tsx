import type { InternalControlPage } from '#contract/internal-control';
import { samplePeriodSv } from '#domain/internal-control/control-samples';

/**
 * A unit head's work to do: the sampled items they review and have not yet, in samples of any
 * year, each with the way to the year that shows it.
 */
export function PendingReviews({
  data,
  onYear,
}: {
  readonly data: InternalControlPage;
  readonly onYear: (year: number) => void;
}) {
  if (data.pendingReviews.length === 0) return null;
  return (
    <section className="ic-pending" aria-labelledby="ic-pending-heading">
      <h2 id="ic-pending-heading">Att granska</h2>
      <ul>
        {data.pendingReviews.map((pending) => (
          <li key={pending.sampleId}>
            {pending.items} {pending.items === 1 ? 'post' : 'poster'} i stickprovet{' '}
            {samplePeriodSv(pending.from, pending.to)} ({pending.populationSv}).{' '}
            {pending.year === data.year ? (
              'Öppna urvalet under Stickprov nedan.'
            ) : (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  onYear(pending.year);
                }}
              >
                Visa {pending.year}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
