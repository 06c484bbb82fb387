import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Bulk loading with COPY, inside the caller's transaction. Rows are CSV text made with
 * csvLine() or csvValue(); a writer may be written many times, a row at a time is fine (it
 * gathers rows in chunks), and must be ended.
 */
export interface CopyWriter {
  write(csv: string): Promise<void>;
  end(): Promise<void>;
  /** Gives up the COPY (the transaction is rolled back after). */
  abort(): Promise<void>;
}

export interface CopyTarget {
  open(table: string, columns: readonly string[]): CopyWriter;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function copyStatement(table: string, columns: readonly string[], source: string): string {
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain identifier: ${name}`);
  }
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

/** A value as CSV for COPY: null is NULL, every other value is quoted so '' stays ''. */
export function csvValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** One CSV line for COPY: null is NULL, every other value is quoted so '' stays ''. */
export function csvLine(values: readonly (string | number | null)[]): string {
  let line = values.length > 0 ? csvValue(values[0]) : '';
  for (let index = 1; index < values.length; index += 1) line += `,${csvValue(values[index])}`;
  return `${line}\n`;
}

/** UTF-8 needs at most three bytes for a UTF-16 unit. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * CSV text gathered as UTF-8 in buffers that are reused: rows are encoded as they come (a
 * megabyte-sized string of many small rows is slow to flatten, a fresh megabyte-sized buffer
 * per write slow to allocate), and a chunk is handed on once it holds chunkBytes.
 */
class Utf8Chunks {
  private readonly free: Buffer[] = [];
  private buffer: Buffer;
  private used = 0;
  private readonly bufferBytes: number;

  constructor(readonly chunkBytes: number) {
    // Room for a full chunk and one more text that fits a buffer.
    this.bufferBytes = 2 * chunkBytes;
    this.buffer = Buffer.allocUnsafeSlow(this.bufferBytes);
  }

  get size(): number {
    return this.used;
  }

  /** Whether the text surely fits after what is gathered (else take() first). */
  fits(text: string): boolean {
    return this.used + text.length * MAX_BYTES_PER_UNIT <= this.bufferBytes;
  }

  /** Whether the text is too long for any buffer: it goes on by itself, as text. */
  tooLong(text: string): boolean {
    return text.length * MAX_BYTES_PER_UNIT > this.bufferBytes;
  }

  add(text: string): void {
    this.used += this.buffer.write(text, this.used);
  }

  /** The gathered bytes, and a function that gives their buffer back once they are sent. */
  take(): { bytes: Buffer; release: () => void } {
    const full = this.buffer;
    const bytes = full.subarray(0, this.used);
    this.buffer = this.free.pop() ?? Buffer.allocUnsafeSlow(this.bufferBytes);
    this.used = 0;
    return { bytes, release: () => this.free.push(full) };
  }

  clear(): void {
    this.used = 0;
  }
}

const DONE = Promise.resolve();

/**
 * A writer that gathers text in chunks and sends each with send(). Every send starts before
 * its first await, so the bytes go in the order of the writes, awaited or not; text too long
 * for a buffer is sent by itself after what was gathered before it.
 */
function chunkedWriter(
  chunks: Utf8Chunks,
  send: (data: Buffer | string, release?: () => void) => Promise<void>,
  finish: () => Promise<void>,
  abort: () => Promise<void>,
): CopyWriter {
  const sendGathered = (): Promise<void> => {
    if (chunks.size === 0) return DONE;
    const { bytes, release } = chunks.take();
    return send(bytes, release);
  };
  return {
    // Not async: most writes only add to a buffer and need no promise of their own.
    write(csv) {
      if (chunks.fits(csv)) {
        chunks.add(csv);
        return chunks.size >= chunks.chunkBytes ? sendGathered() : DONE;
      }
      const before = sendGathered();
      if (!chunks.tooLong(csv)) {
        chunks.add(csv);
        return before;
      }
      return Promise.all([before, send(csv)]).then(() => undefined);
    },
    async end() {
      await sendGathered();
      await finish();
    },
    abort() {
      chunks.clear();
      return abort();
    },
  };
}

/** PostgreSQL: chunks of a megabyte; a few of them may wait for the connection. */
const POSTGRES_CHUNK_BYTES = 1024 * 1024;
const POSTGRES_QUEUED_BYTES = 4 * POSTGRES_CHUNK_BYTES;

/**
 * PostgreSQL: one streaming COPY per writer on the transaction's own connection. A few chunks
 * may be queued before a write waits, so rows keep coming while the server works through the
 * ones before.
 */
export function postgresCopyTarget(client: PoolClient): CopyTarget {
  return {
    open(table, columns) {
      const stream = client.query(
        copyFrom(copyStatement(table, columns, 'STDIN'), {
          highWaterMark: POSTGRES_QUEUED_BYTES,
        }),
      );
      const done = finished(stream);
      // A failed COPY (a constraint, a bad value) surfaces on the next write or on end.
      done.catch(() => undefined);
      return chunkedWriter(
        new Utf8Chunks(POSTGRES_CHUNK_BYTES),
        async (data, release) => {
          // The buffer is free again once the connection has taken its bytes.
          if (!stream.write(data, release)) await Promise.race([once(stream, 'drain'), done]);
        },
        async () => {
          stream.end();
          await done;
        },
        async () => {
          // Destroying the stream sends CopyFail, which ends the COPY on the server.
          stream.destroy(new Error('COPY aborted'));
          await done.catch(() => undefined);
        },
      );
    },
  };
}

const PGLITE_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * PGlite: COPY from a blob, in chunks of about 8 MB so memory stays flat however many rows
 * come. The caller holds PGlite's one connection in a transaction, so the COPY joins it.
 */
export function pgliteCopyTarget(pglite: PGlite): CopyTarget {
  return {
    open(table, columns) {
      const statement = copyStatement(table, columns, "'/dev/blob'");
      return chunkedWriter(
        new Utf8Chunks(PGLITE_CHUNK_BYTES),
        async (data, release) => {
          // A blob holds a copy of the bytes: the buffer can be reused at once.
          const blob = new Blob([data]);
          release?.();
          await pglite.query(statement, [], { blob });
        },
        () => Promise.resolve(),
        () => Promise.resolve(),
      );
    },
  };
}
