import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { ImportJob, ImportJobRequest } from '../../../contract/imports';
import { MAX_UPLOAD_BYTES } from '../../../contract/imports';
import type { ErrorBody } from '../../../contract/errors';
import { AppError, notFound } from '../../app-error';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import type { AuditActor } from '../audit/audit.service';
import { importLedgerFile } from './ledger-import.service';

interface Upload {
  /** The user who uploaded it: only they can import it. */
  readonly ownerId: string;
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  readonly receivedAt: number;
}

interface Job {
  readonly id: string;
  /** The user who started it: only they can follow it. */
  readonly ownerId: string;
  readonly uploadId: string;
  readonly dryRun: boolean;
  state: ImportJob['state'];
  progress: ImportJob['progress'];
  outcome: ImportJob['outcome'];
  error: ErrorBody['error'] | null;
  finishedAt: number | null;
}

/** Uploads and finished jobs are kept this long, so a check can be followed by its import. */
const KEEP_MILLISECONDS = 2 * 60 * 60 * 1000;

/**
 * Ledger files uploaded from the web page and the imports run on them. An upload is streamed
 * to a temporary file; a job checks it (dry run) or imports it in the background and reports
 * its progress; a committed import's upload is deleted. Kept in memory: one server process.
 */
export class ImportJobs {
  private readonly uploads = new Map<string, Upload>();
  private readonly jobs = new Map<string, Job>();
  private readonly sweeper: NodeJS.Timeout;

  private readonly now: () => number;

  constructor(
    private readonly database: Database,
    private readonly uploadDir: string,
    private readonly clock: Clock,
  ) {
    this.now = () => clock.now().getTime();
    this.sweeper = setInterval(() => void this.sweep(), 10 * 60 * 1000);
    this.sweeper.unref();
  }

  async receive(
    fileName: string,
    body: Readable,
    ownerId: string,
  ): Promise<{ uploadId: string; fileName: string; size: number }> {
    await mkdir(this.uploadDir, { recursive: true });
    const uploadId = randomUUID();
    const path = join(this.uploadDir, uploadId);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) {
          done(
            new AppError('invalid-request', 'File too large', {
              issues: [{ field: 'file', problem: 'too_big', value: String(size) }],
            }),
          );
        } else done(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    this.uploads.set(uploadId, { ownerId, path, fileName, size, receivedAt: this.now() });
    return { uploadId, fileName, size };
  }

  /** Starts a check or an import of the actor's upload (the caller has checked the actor may). */
  start(request: ImportJobRequest, actor: AuditActor & { readonly userId: string }): string {
    const upload = this.uploads.get(request.uploadId);
    if (!upload || upload.ownerId !== actor.userId) throw notFound('upload', request.uploadId);
    const job: Job = {
      id: randomUUID(),
      ownerId: actor.userId,
      uploadId: request.uploadId,
      dryRun: request.dryRun,
      state: 'running',
      progress: { phase: 'waiting', bytes: 0, totalBytes: upload.size },
      outcome: null,
      error: null,
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    void this.run(job, upload, request, actor);
    return job.id;
  }

  private async run(
    job: Job,
    upload: Upload,
    request: ImportJobRequest,
    actor: AuditActor,
  ): Promise<void> {
    try {
      const outcome = await importLedgerFile(this.database, {
        format: request.format,
        path: upload.path,
        fileName: upload.fileName,
        target: request.target,
        dryRun: request.dryRun,
        encoding: request.encoding === 'auto' ? undefined : request.encoding,
        unitDimension: request.unitDimension,
        createUnits: request.createUnits,
        unitMappings: new Map(
          request.unitMappings.map((mapping) => [mapping.fileCode, mapping.unitCode]),
        ),
        defaultUnitCode: request.defaultUnitCode,
        csvColumns: request.csvColumns,
        accountMapText: request.accountMap,
        importedBy: actor.username,
        audit: { actor, clock: this.clock },
        onProgress: (progress) => {
          job.progress = {
            phase: progress.phase,
            bytes: progress.bytes,
            totalBytes: progress.phase === 'scanning' ? upload.size : progress.totalBytes,
          };
        },
      });
      job.outcome = outcome;
      job.state = 'done';
      if (outcome.status === 'committed' || outcome.status === 'unchanged') {
        this.uploads.delete(job.uploadId);
        await rm(upload.path, { force: true });
      }
    } catch (error) {
      job.state = 'failed';
      job.error =
        error instanceof AppError
          ? {
              code: error.code,
              message: error.message,
              details: error.details,
              issues: [...error.issues],
            }
          : { code: 'internal-error', message: 'Unexpected error', details: {}, issues: [] };
      if (!(error instanceof AppError)) console.error('Import job failed', error);
    } finally {
      job.finishedAt = this.now();
    }
  }

  /** A job of the user's; another user's job is not found. */
  get(jobId: string, ownerId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job || job.ownerId !== ownerId) throw notFound('import-job', jobId);
    return {
      jobId: job.id,
      state: job.state,
      dryRun: job.dryRun,
      progress: job.progress,
      outcome: job.outcome,
      error: job.error,
    };
  }

  /** Waits until a job has finished (tests and the CLI-like callers). */
  async finished(jobId: string, ownerId: string): Promise<ImportJob> {
    for (;;) {
      const job = this.get(jobId, ownerId);
      if (job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async sweep(): Promise<void> {
    const cutoff = this.now() - KEEP_MILLISECONDS;
    for (const [id, upload] of this.uploads) {
      if (upload.receivedAt < cutoff) {
        this.uploads.delete(id);
        await rm(upload.path, { force: true });
      }
    }
    for (const [id, job] of this.jobs)
      if (job.finishedAt !== null && job.finishedAt < cutoff) this.jobs.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const upload of this.uploads.values()) await rm(upload.path, { force: true });
    this.uploads.clear();
  }
}
