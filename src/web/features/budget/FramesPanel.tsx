import { useState } from 'react';
import type { BudgetGrid } from '#contract/budget';
import { getUnitFrames, type UnitFrames } from '#contract/unit-frames';
import type { Ore } from '#domain/kernel/money';
import { useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import type { GridRow } from './budget-grid';
import { FramesForm } from './FramesForm';

/**
 * Ramfördelning och balans: the year's budget against the allocation and the result the
 * board plans, and the frame handed to each unit (proposed in proportion to last year's
 * budget or this version's net costs) against the unit's budget. Follows unsaved cells.
 */
export function FramesPanel({
  grid,
  year,
  rows,
  amounts,
  editable,
  onSaved,
  onStale,
}: {
  readonly grid: BudgetGrid;
  readonly year: number;
  readonly rows: readonly GridRow[];
  readonly amounts: ReadonlyMap<string, Ore>;
  readonly editable: boolean;
  /** The frames were saved: the version's figures are at this revision now. */
  readonly onSaved: (revision: number) => void;
  /** Another's save of the version came first: read it again. */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const { state, retry } = useApiGet(
    getUnitFrames,
    { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id },
    {},
  );
  const [savedFrames, setSavedFrames] = useState<UnitFrames | null>(null);
  const stored = savedFrames ?? (state.status === 'success' ? state.data : null);
  return (
    <section className="section" aria-labelledby="frames-title">
      <h3 id="frames-title" className="section__title">
        Ramfördelning och balans {year}
      </h3>
      {state.status === 'loading' && !stored ? (
        <LoadingMessage>Hämtar ramarna …</LoadingMessage>
      ) : null}
      {state.status === 'error' && !stored ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {stored ? (
        <FramesForm
          key={year}
          grid={grid}
          year={year}
          rows={rows}
          amounts={amounts}
          stored={stored}
          editable={editable}
          onSaved={(frames) => {
            setSavedFrames(frames);
            onSaved(frames.revision);
          }}
          onStale={async () => {
            setSavedFrames(null);
            retry();
            await onStale();
          }}
        />
      ) : null}
    </section>
  );
}
