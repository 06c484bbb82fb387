import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { ImportJob, ImportJobRequest } from '#contract/imports';
import type { ErrorBody } from '#contract/errors';
import { AppError, notFound } from '#server/app-error';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import type { AuditActor } from '../audit/audit.service';
import { importLedgerFile } from './ledger-import.service';
import { UploadStore, type Upload, type UploadQuotas } from './upload-store';
import { systemContext } from '#server/request-context';

/** Where uploads wait and how much they may take (config.ts reads it from the environment). */
export interface UploadSettings {
  /** A private folder, emptied at start; null: a temporary folder of this server's own. */
  readonly dir: string | null;
  readonly quotas: UploadQuotas;
}

interface Job {
  readonly id: string;
  /** The user who started it: only they can follow it. */
  readonly ownerId: string;
  readonly uploadId: string;
  readonly dryRun: boolean;
  /** The id of the request that started it: a failure is logged and shown under it. */
  readonly requestId: string;
  state: ImportJob['state'];
  progress: ImportJob['progress'];
  outcome: ImportJob['outcome'];
  error: ErrorBody['error'] | null;
  finishedAt: number | null;
}

/** An upload no import has used, and a finished job, are kept this long. */
const KEEP_MILLISECONDS = 2 * 60 * 60 * 1000;

/**
 * Ledger files uploaded from the web page and the imports run on them. An upload is streamed
 * to a private folder (UploadStore: quotas per user and in all); a job checks it (dry run) or
 * imports it in the background and reports its progress. An import's upload is removed when
 * the import ends, however it ends; a check's is kept for the import that follows. A user's
 * new upload replaces their earlier ones that no job is reading (the page holds one file at a
 * time and uploads it again when told it is gone). Kept in memory: one server process.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  /** Uploads an import has ended with: removed once no job reads them. */
  private readonly spent = new Set<string>();
  private readonly sweeper: NodeJS.Timeout;

  private readonly now: () => number;

  private constructor(
    private readonly database: Database,
    private readonly uploads: UploadStore,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {
    this.now = () => clock.now().getTime();
    this.sweeper = setInterval(() => void this.sweep(), 10 * 60 * 1000);
    this.sweeper.unref();
  }

  static async open(
    database: Database,
    settings: UploadSettings,
    clock: Clock,
    log: FastifyBaseLogger,
  ): Promise<ImportJobs> {
    const uploads = await UploadStore.open(settings.dir, settings.quotas, () =>
      clock.now().getTime(),
    );
    return new ImportJobs(database, uploads, clock, log);
  }

  /** Whether a job (other than `except`) is reading the upload. */
  private running(uploadId: string, except?: Job): boolean {
    for (const job of this.jobs.values()) {
      if (job !== except && job.uploadId === uploadId && job.state === 'running') return true;
    }
    return false;
  }

  async receive(
    fileName: string,
    body: Readable,
    ownerId: string,
    declaredBytes: number | undefined,
  ): Promise<{ uploadId: string; fileName: string; size: number }> {
    for (const earlier of this.uploads.ownedBy(ownerId)) {
      if (!this.running(earlier.id)) await this.uploads.remove(earlier.id);
    }
    const upload = await this.uploads.receive(ownerId, fileName, body, declaredBytes);
    return { uploadId: upload.id, fileName: upload.fileName, size: upload.size };
  }

  /** Starts a check or an import of the actor's upload (the caller has checked the actor may). */
  start(
    request: ImportJobRequest,
    actor: AuditActor & { readonly userId: string },
    requestId: string,
  ): string {
    const upload = this.uploads.get(request.uploadId);
    if (!upload || upload.ownerId !== actor.userId || this.spent.has(upload.id)) {
      throw notFound('upload', request.uploadId);
    }
    const job: Job = {
      id: randomUUID(),
      ownerId: actor.userId,
      uploadId: request.uploadId,
      dryRun: request.dryRun,
      requestId,
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
    let outcome: ImportJob['outcome'] = null;
    let error: ErrorBody['error'] | null = null;
    try {
      outcome = await importLedgerFile(systemContext(this.database, this.clock, actor, null), {
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
    } catch (failure) {
      error = this.jobError(job, failure);
    }
    // The file goes before the job says it has ended: an ended import holds no file.
    if (!job.dryRun) this.spent.add(job.uploadId);
    await this.removeIfSpent(job.uploadId, job);
    job.outcome = outcome;
    job.error = error;
    job.state = error === null ? 'done' : 'failed';
    job.finishedAt = this.now();
  }

  /** A failure as the job reports it; an unexpected one is logged under the starting request. */
  private jobError(job: Job, error: unknown): ErrorBody['error'] {
    if (error instanceof AppError) {
      return {
        code: error.code,
        message: error.message,
        details: error.details,
        issues: [...error.issues],
      };
    }
    this.log.error({ requestId: job.requestId, jobId: job.id, err: error }, 'import job failed');
    return {
      code: 'internal-error',
      message: 'Unexpected error',
      details: {},
      issues: [],
      requestId: job.requestId,
    };
  }

  private async removeIfSpent(uploadId: string, ending: Job): Promise<void> {
    if (!this.spent.has(uploadId) || this.running(uploadId, ending)) return;
    this.spent.delete(uploadId);
    await this.uploads.remove(uploadId);
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
    for (const upload of this.uploads.receivedBefore(cutoff)) {
      if (!this.running(upload.id)) await this.uploads.remove(upload.id);
    }
    for (const [id, job] of this.jobs)
      if (job.finishedAt !== null && job.finishedAt < cutoff) this.jobs.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.uploads.close();
  }
}
