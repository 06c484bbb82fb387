import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { MAX_UPLOAD_BYTES } from '#contract/imports';
import { AppError } from '#server/app-error';
import { ConfigError } from '#server/config';

/** How much the files waiting for import may take: each user's, and everybody's together. */
export interface UploadQuotas {
  readonly perUserBytes: number;
  readonly totalBytes: number;
}

export interface Upload {
  readonly id: string;
  /** The user who uploaded it: only they can import it. */
  readonly ownerId: string;
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  readonly receivedAt: number;
}

/**
 * A folder only this server's user may enter (700): created if missing, a symbolic link or a
 * folder of another user is refused (a shared temporary folder is where someone could plant
 * one), and its leftovers from an earlier run are removed.
 */
async function preparePrivateFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const stats = await lstat(dir);
  if (!stats.isDirectory()) {
    throw new ConfigError(`Mappen för uppladdade filer ${dir} är ingen mapp (en länk?).`);
  }
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) {
    throw new ConfigError(
      `Mappen för uppladdade filer ${dir} tillhör en annan användare (uid ${String(stats.uid)}).`,
    );
  }
  if ((stats.mode & 0o777) !== 0o700) await chmod(dir, 0o700);
  for (const entry of await readdir(dir)) {
    await rm(join(dir, entry), { recursive: true, force: true });
  }
}

const quotaExceeded = (scope: 'user' | 'total', limitBytes: number): AppError =>
  new AppError('upload-quota-exceeded', `The ${scope} upload quota would be exceeded`, {
    details: { scope, limitBytes },
  });

/**
 * Uploaded ledger files, in a private folder (700, each file 600), until their import ends.
 * Bytes are counted against the quotas as they arrive, so parallel uploads cannot pass them
 * together; a file refused or failed midway is removed and its bytes given back.
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();
  /** Bytes held or being received, per user. */
  private readonly heldByUser = new Map<string, number>();
  private heldTotal = 0;

  private constructor(
    private readonly dir: string,
    /** A folder of its own, removed with everything in it when the store closes. */
    private readonly temporary: boolean,
    private readonly quotas: UploadQuotas,
    private readonly now: () => number,
  ) {}

  /**
   * The store in `dir`, emptied of what an earlier run left; without a folder, in a new one
   * of its own under the system's temporary folder (tests, and apps without a data folder).
   */
  static async open(
    dir: string | null,
    quotas: UploadQuotas,
    now: () => number,
  ): Promise<UploadStore> {
    if (dir !== null) await preparePrivateFolder(dir);
    const folder = dir ?? (await mkdtemp(join(tmpdir(), 'namndkoll-uploads-')));
    return new UploadStore(folder, dir === null, quotas, now);
  }

  /** Counts bytes against the user and everybody (negative: gives them back). */
  private hold(ownerId: string, bytes: number): void {
    const held = (this.heldByUser.get(ownerId) ?? 0) + bytes;
    if (held === 0) this.heldByUser.delete(ownerId);
    else this.heldByUser.set(ownerId, held);
    this.heldTotal += bytes;
  }

  /** Refuses when `bytes` more would take the user or everybody past the quota. */
  private checkRoom(ownerId: string, bytes: number): void {
    if ((this.heldByUser.get(ownerId) ?? 0) + bytes > this.quotas.perUserBytes) {
      throw quotaExceeded('user', this.quotas.perUserBytes);
    }
    if (this.heldTotal + bytes > this.quotas.totalBytes) {
      throw quotaExceeded('total', this.quotas.totalBytes);
    }
  }

  /**
   * Streams a file to disk. `declaredBytes` (the request's Content-Length) is checked against
   * the quotas before anything is read; the bytes themselves as they arrive.
   */
  async receive(
    ownerId: string,
    fileName: string,
    body: Readable,
    declaredBytes: number | undefined,
  ): Promise<Upload> {
    if (declaredBytes !== undefined) {
      if (declaredBytes > MAX_UPLOAD_BYTES) throw tooLarge(declaredBytes);
      this.checkRoom(ownerId, declaredBytes);
    }
    const id = randomUUID();
    const path = join(this.dir, id);
    let size = 0;
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        try {
          if (size + chunk.length > MAX_UPLOAD_BYTES) throw tooLarge(size + chunk.length);
          this.checkRoom(ownerId, chunk.length);
          this.hold(ownerId, chunk.length);
          size += chunk.length;
          done(null, chunk);
        } catch (error) {
          done(error as Error);
        }
      },
    });
    try {
      await pipeline(body, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      this.hold(ownerId, -size);
      await rm(path, { force: true });
      throw error;
    }
    const upload: Upload = { id, ownerId, path, fileName, size, receivedAt: this.now() };
    this.uploads.set(id, upload);
    return upload;
  }

  get(id: string): Upload | undefined {
    return this.uploads.get(id);
  }

  /** The user's uploads. */
  ownedBy(ownerId: string): Upload[] {
    return [...this.uploads.values()].filter((upload) => upload.ownerId === ownerId);
  }

  /** Every upload received before the time. */
  receivedBefore(time: number): Upload[] {
    return [...this.uploads.values()].filter((upload) => upload.receivedAt < time);
  }

  /** Deletes an upload's file and gives its bytes back. */
  async remove(id: string): Promise<void> {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    this.hold(upload.ownerId, -upload.size);
    await rm(upload.path, { force: true });
  }

  async close(): Promise<void> {
    for (const id of [...this.uploads.keys()]) await this.remove(id);
    if (this.temporary) await rm(this.dir, { recursive: true, force: true });
  }
}

function tooLarge(size: number): AppError {
  return new AppError('invalid-request', 'File too large', {
    issues: [{ field: 'file', problem: 'too_big', value: String(size) }],
  });
}
