import { jobProgressSv, percentSv } from './import-text';
import type { ImportRun } from './use-import-run';

function progressOf(run: ImportRun): { label: string; percent: number | null } | null {
  if (run.step === 'uploading') {
    const percent = run.total > 0 ? Math.min(100, Math.floor((run.loaded / run.total) * 100)) : 0;
    return { label: 'Laddar upp filen', percent };
  }
  if (run.step === 'running') return jobProgressSv(run.progress, run.dryRun);
  return null;
}

/**
 * How far the upload and the job have come: a progress bar, and the same in words in a polite
 * live region so a screen reader hears it without losing its place. The live region is always
 * there (empty when nothing runs), so the first message is announced too.
 */
export function ImportProgress({ run }: { readonly run: ImportRun }) {
  const progress = progressOf(run);
  const text = progress
    ? `${progress.label} …${progress.percent === null ? '' : ` ${percentSv(progress.percent)}`}`
    : '';
  const title = run.step !== 'idle' && run.dryRun ? 'Granskning' : 'Inläsning';
  return (
    <div className={progress ? 'progress' : 'progress progress--idle'}>
      {progress ? (
        <>
          <label className="progress__label" htmlFor="import-progress">
            {title}
          </label>
          <progress
            id="import-progress"
            className="progress__bar"
            max={100}
            value={progress.percent ?? undefined}
          >
            {progress.percent === null ? null : percentSv(progress.percent)}
          </progress>
        </>
      ) : null}
      <p className="progress__text" aria-live="polite" aria-atomic="true">
        {text}
      </p>
    </div>
  );
}
