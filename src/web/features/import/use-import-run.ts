import { useCallback, useEffect, useRef, useState } from 'react';
import { getImportJob, startImportJob, type ImportJob } from '#contract/imports';
import type { ImportOutcome } from '#contract/ledger-import';
import { ApiError, apiGet, apiPost } from '../../api/client';
import { uploadFile } from '../../api/upload';
import type { JobOptions } from './import-form';
import { importErrorSv } from './import-text';

/** How often a running job is asked how far it has come. */
const POLL_MILLISECONDS = 300;

const UNEXPECTED_SV = 'Ett oväntat fel inträffade. Inget har sparats. Försök igen.';

/**
 * One check or import: the file is uploaded (once per chosen file), then a job checks or
 * imports it. `signature` names the file and options it ran with, so the form can tell
 * whether a check still applies.
 */
export type ImportRun =
  | { readonly step: 'idle' }
  | {
      readonly step: 'uploading';
      readonly dryRun: boolean;
      readonly loaded: number;
      readonly total: number;
    }
  | { readonly step: 'running'; readonly dryRun: boolean; readonly progress: ImportJob['progress'] }
  | {
      readonly step: 'done';
      readonly dryRun: boolean;
      readonly outcome: ImportOutcome;
      readonly signature: string;
    }
  | { readonly step: 'failed'; readonly dryRun: boolean; readonly message: string };

export interface ImportRunRequest {
  readonly file: File;
  readonly options: JobOptions;
  readonly dryRun: boolean;
  readonly signature: string;
}

function wait(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = (): void => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** The server forgets uploads after a while: then the file is sent again. */
const uploadIsGone = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'not-found' && error.details.entity === 'upload';

export function useImportRun(): {
  readonly run: ImportRun;
  readonly start: (request: ImportRunRequest) => Promise<ImportOutcome | null>;
} {
  const [run, setRun] = useState<ImportRun>({ step: 'idle' });
  const uploaded = useRef<{ readonly file: File; readonly uploadId: string } | null>(null);
  const current = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      current.current?.abort();
    },
    [],
  );

  const start = useCallback(async (request: ImportRunRequest): Promise<ImportOutcome | null> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const { signal } = controller;
    const { file, dryRun } = request;

    const upload = async (): Promise<string> => {
      if (uploaded.current?.file === file) return uploaded.current.uploadId;
      setRun({ step: 'uploading', dryRun, loaded: 0, total: file.size });
      const answer = await uploadFile(
        file,
        ({ loaded, total }) => {
          setRun({ step: 'uploading', dryRun, loaded, total });
        },
        signal,
      );
      uploaded.current = { file, uploadId: answer.uploadId };
      return answer.uploadId;
    };
    const startJob = async (uploadId: string): Promise<string> =>
      (await apiPost(startImportJob, {}, {}, { ...request.options, uploadId, dryRun }, signal))
        .jobId;

    try {
      let jobId: string;
      try {
        jobId = await startJob(await upload());
      } catch (error) {
        if (!uploadIsGone(error)) throw error;
        uploaded.current = null;
        jobId = await startJob(await upload());
      }
      for (;;) {
        const job = await apiGet(getImportJob, { jobId }, {}, signal);
        if (job.state === 'running') {
          setRun({ step: 'running', dryRun, progress: job.progress });
          await wait(POLL_MILLISECONDS, signal);
          continue;
        }
        // The server lets go of a file when its import ends, however it ended: a new import
        // sends the file again. A check's file is kept for the import that follows.
        if (!dryRun) uploaded.current = null;
        if (job.state === 'failed' || !job.outcome) {
          setRun({
            step: 'failed',
            dryRun,
            message: job.error ? importErrorSv(job.error) : UNEXPECTED_SV,
          });
          return null;
        }
        setRun({ step: 'done', dryRun, outcome: job.outcome, signature: request.signature });
        return job.outcome;
      }
    } catch (error) {
      if (signal.aborted) return null;
      setRun({
        step: 'failed',
        dryRun,
        message: error instanceof ApiError ? error.message : UNEXPECTED_SV,
      });
      return null;
    }
  }, []);

  return { run, start };
}
