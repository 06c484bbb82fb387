import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  BINARY_COPY_HEADER,
  BINARY_COPY_TRAILER,
  CopyRowEncoder,
  type CopyRow,
} from './copy-row-encoder';

export type { CopyRow } from './copy-row-encoder';

/**
 * Bulk loading with COPY (binary format), inside the caller's transaction. A row is written a
 * field at a time on `row`, in the columns' order and types, then ended with endRow(); the
 * writer gathers rows in chunks, and must be ended.
 */
export interface CopyWriter {
  readonly row: CopyRow;
  /** Ends the row whose fields were just written; resolves when the next may be written. */
  endRow(): Promise<void>;
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
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT binary)`;
}

const ROW_SLACK_BYTES = 64 * 1024;

/**
 * Rows gathered in buffers that are reused (a fresh megabyte-sized buffer per chunk is slow to
 * allocate), handed on once a chunk holds chunkBytes.
 */
class RowChunks {
  private readonly free: Buffer[] = [];
  private buffer: Buffer;
  private used = 0;
  private readonly bufferBytes: number;

  constructor(readonly chunkBytes: number) {
    // Room for a chunk that is not yet full and one more row of usual size; a longer row goes
    // after the chunk is sent, or by itself.
    this.bufferBytes = chunkBytes + ROW_SLACK_BYTES;
    this.buffer = Buffer.allocUnsafeSlow(this.bufferBytes);
  }

  get size(): number {
    return this.used;
  }

  /** Whether the row fits after what is gathered (else take() first). */
  fits(row: Buffer): boolean {
    return this.used + row.length <= this.bufferBytes;
  }

  /** Whether the row is too long for any buffer: it goes on by itself. */
  tooLong(row: Buffer): boolean {
    return row.length > this.bufferBytes;
  }

  add(row: Buffer): void {
    this.used += row.copy(this.buffer, this.used);
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
 * A writer that gathers rows in chunks and sends each with send(). Every send starts before
 * its first await, so the bytes go in the order of the rows, awaited or not; a row too long
 * for a buffer is sent by itself after what was gathered before it.
 */
function chunkedWriter(
  columnCount: number,
  chunks: RowChunks,
  send: (data: Buffer, release?: () => void) => Promise<void>,
  finish: () => Promise<void>,
  abort: () => Promise<void>,
): CopyWriter {
  const encoder = new CopyRowEncoder(columnCount);
  const sendGathered = (): Promise<void> => {
    if (chunks.size === 0) return DONE;
    const { bytes, release } = chunks.take();
    return send(bytes, release);
  };
  return {
    row: encoder,
    // Not async: most rows only add to a buffer and need no promise of their own.
    endRow() {
      const row = encoder.takeRow();
      if (chunks.fits(row)) {
        chunks.add(row);
        return chunks.size >= chunks.chunkBytes ? sendGathered() : DONE;
      }
      const before = sendGathered();
      if (!chunks.tooLong(row)) {
        chunks.add(row);
        return before;
      }
      return Promise.all([before, send(Buffer.from(row))]).then(() => undefined);
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
      const send = async (data: Buffer, release?: () => void): Promise<void> => {
        // The buffer is free again once the connection has taken its bytes.
        if (!stream.write(data, release)) await Promise.race([once(stream, 'drain'), done]);
      };
      void send(BINARY_COPY_HEADER);
      return chunkedWriter(
        columns.length,
        new RowChunks(POSTGRES_CHUNK_BYTES),
        send,
        async () => {
          stream.end(BINARY_COPY_TRAILER);
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
 * come; each chunk is a COPY of its own, with the format's header and trailer. The caller holds
 * PGlite's one connection in a transaction, so the COPY joins it.
 */
export function pgliteCopyTarget(pglite: PGlite): CopyTarget {
  return {
    open(table, columns) {
      const statement = copyStatement(table, columns, "'/dev/blob'");
      return chunkedWriter(
        columns.length,
        new RowChunks(PGLITE_CHUNK_BYTES),
        async (data, release) => {
          // A blob holds a copy of the bytes: the buffer can be reused at once.
          const blob = new Blob([BINARY_COPY_HEADER, data, BINARY_COPY_TRAILER]);
          release?.();
          await pglite.query(statement, [], { blob });
        },
        () => Promise.resolve(),
        () => Promise.resolve(),
      );
    },
  };
}

/**
 * Writes every item as a row of `table` by COPY, each through `write` (its fields in the
 * columns' order), and ends the COPY; on a failure the COPY is given up and the error rethrown.
 */
export async function copyRows<T>(
  copy: CopyTarget,
  table: string,
  columns: readonly string[],
  items: Iterable<T>,
  write: (row: CopyRow, item: T) => void,
): Promise<void> {
  const writer = copy.open(table, columns);
  try {
    for (const item of items) {
      write(writer.row, item);
      await writer.endRow();
    }
    await writer.end();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
