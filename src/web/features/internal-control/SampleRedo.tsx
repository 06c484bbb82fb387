import { useState } from 'react';
import type { z } from 'zod';
import { redoSample } from '#contract/internal-control-samples';
import { apiGet } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { ErrorAlert } from '../../ui/StatusMessages';

type RedoAnswer = z.output<typeof redoSample.response>;

/**
 * The auditor's check: the sample drawn again from its record, and whether it gave the same
 * items, with the population's size then and now.
 */
export function SampleRedo({
  choice,
  sampleId,
}: {
  readonly choice: BoardChoice;
  readonly sampleId: string;
}) {
  const [answer, setAnswer] = useState<RedoAnswer | null>(null);
  const submission = useSubmit('Dragningen kunde inte göras om.');
  const redo = async () => {
    setAnswer(null);
    const result = await submission.run(() =>
      apiGet(
        redoSample,
        { municipalityId: choice.municipality.id, boardId: choice.board.id, sampleId },
        {},
      ),
    );
    if (result) setAnswer(result);
  };
  return (
    <div className="sample-redo">
      <button
        type="button"
        className="button button--secondary"
        disabled={submission.busy}
        onClick={() => {
          void redo();
        }}
      >
        Gör om dragningen
      </button>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <div role="status">
        {answer ? (
          <dl className="sample-redo__result">
            <div>
              <dt>Samma urval:</dt>
              <dd className={answer.same ? 'sample-redo--same' : 'sample-redo--different'}>
                {answer.same ? 'ja' : 'nej'}
              </dd>
            </div>
            <div>
              <dt>Populationen vid dragningen:</dt>
              <dd>{answer.recordedPopulationCount}</dd>
            </div>
            <div>
              <dt>Populationen nu:</dt>
              <dd>{answer.populationCount}</dd>
            </div>
          </dl>
        ) : null}
      </div>
    </div>
  );
}
