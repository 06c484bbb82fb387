import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Bulk loading with COPY, inside the caller's transaction. Rows are CSV text made with
 * csvLine(); a writer may be written many times and must be ended.
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

/** The bytes a COPY may have queued before a write waits for the connection to take them. */
const POSTGRES_QUEUED_BYTES = 4 * 1024 * 1024;
/** Encoding buffers are reused: a fresh megabyte-sized buffer per write costs more than its copy. */
const POSTGRES_BUFFER_BYTES = 2 * 1024 * 1024;

/**
 * PostgreSQL: one streaming COPY per writer on the transaction's own connection. Text is
 * encoded as UTF-8 into reused buffers, and a few megabytes may wait in the queue, so the
 * rows keep coming while the server works through the ones before.
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
      const encoder = new TextEncoder();
      const free: Buffer[] = [];
      const queue = (csv: string): boolean => {
        const buffer = free.pop() ?? Buffer.allocUnsafeSlow(POSTGRES_BUFFER_BYTES);
        const { read, written } = encoder.encodeInto(csv, buffer);
        if (read < csv.length) {
          // Longer than a buffer: the stream encodes it itself.
          free.push(buffer);
          return stream.write(csv);
        }
        // The buffer is free again once the connection has taken its bytes.
        return stream.write(buffer.subarray(0, written), () => free.push(buffer));
      };
      return {
        async write(csv) {
          if (!queue(csv)) await Promise.race([once(stream, 'drain'), done]);
        },
        async end() {
          stream.end();
          await done;
        },
        async abort() {
          // Destroying the stream sends CopyFail, which ends the COPY on the server.
          stream.destroy(new Error('COPY aborted'));
          await done.catch(() => undefined);
        },
      };
    },
  };
}

const PGLITE_CHUNK_CHARACTERS = 8 * 1024 * 1024;

/**
 * PGlite: COPY from a blob, in chunks of about 8 MB so memory stays flat however many rows
 * come. The caller holds PGlite's one connection in a transaction, so the COPY joins it.
 */
export function pgliteCopyTarget(pglite: PGlite): CopyTarget {
  return {
    open(table, columns) {
      const statement = copyStatement(table, columns, "'/dev/blob'");
      let parts: string[] = [];
      let size = 0;
      const flush = async (): Promise<void> => {
        if (parts.length === 0) return;
        const blob = new Blob(parts);
        parts = [];
        size = 0;
        await pglite.query(statement, [], { blob });
      };
      return {
        async write(csv) {
          parts.push(csv);
          size += csv.length;
          if (size >= PGLITE_CHUNK_CHARACTERS) await flush();
        },
        end: flush,
        abort: () => {
          parts = [];
          size = 0;
          return Promise.resolve();
        },
      };
    },
  };
}
