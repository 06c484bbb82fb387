import { expect } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { getImportJob, startImportJob, type ImportJob } from '#contract/imports';
import type { SignedInInject } from './http-session';

/** Starts a check (dry run) or import of an uploaded SIE file and waits until the job ends. */
export async function runImportJob(
  inject: SignedInInject,
  request: { readonly uploadId: string; readonly municipalityId: string; readonly dryRun: boolean },
): Promise<ImportJob> {
  const started = await inject({
    method: 'POST',
    url: startImportJob.path,
    payload: {
      uploadId: request.uploadId,
      format: 'sie',
      target: { kind: 'existing', municipalityId: request.municipalityId },
      dryRun: request.dryRun,
    },
  });
  expect(started.statusCode).toBe(200);
  const { jobId } = startImportJob.response.parse(started.json());
  for (;;) {
    const job = getImportJob.response.parse(
      (await inject({ method: 'GET', url: fillPath(getImportJob.path, { jobId }) })).json(),
    );
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
