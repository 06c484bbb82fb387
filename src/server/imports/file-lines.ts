import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  ByteStatisticsCollector,
  createDecoder,
  type ByteStatistics,
  type TextEncodingName,
} from './text-encoding';

const CHUNK_BYTES = 1 << 20;
const DOS_END_OF_FILE = String.fromCharCode(0x1a);

export interface FileScan {
  readonly sha256: string;
  readonly statistics: ByteStatistics;
  /** Whether an SIE item #VER starts any line. */
  readonly hasVerifications: boolean;
  /** The first line, decoded as ASCII: enough to see "#FORMAT PC8" and "#FLAGGA". */
  readonly head: string;
}

/** One pass over the file's bytes: its hash and what its bytes say about the encoding. */
export async function scanFile(path: string, onBytes?: (bytes: number) => void): Promise<FileScan> {
  const hash = createHash('sha256');
  const statistics = new ByteStatisticsCollector();
  let head = '';
  let hasVerifications = false;
  let tail = '\n';
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    statistics.add(bytes);
    if (head.length < 4096) head += bytes.subarray(0, 4096).toString('latin1');
    if (!hasVerifications) {
      // The end of the previous chunk is kept so an item split between chunks is found.
      const text = tail + bytes.toString('latin1');
      hasVerifications = /[\r\n][ \t]*#VER[ \t]/.test(text);
      tail = text.slice(-16);
    }
    onBytes?.(bytes.length);
  }
  return { sha256: hash.digest('hex'), statistics: statistics.result(), head, hasVerifications };
}

/**
 * Reads a file as decoded lines, a chunk at a time so memory stays flat: each complete line
 * goes to onLine (synchronously), then afterChunk is awaited, which is where buffered rows
 * are written. Line ends may be LF, CRLF or CR; a DOS end-of-file byte (^Z) is dropped.
 */
export async function readLines(
  path: string,
  encoding: TextEncodingName,
  onLine: (text: string, line: number) => void,
  afterChunk: (bytesRead: number) => Promise<void>,
): Promise<number> {
  const decoder = createDecoder(encoding);
  let carry = '';
  let line = 0;
  const emit = (text: string): void => {
    // The next LF and the next CR, found natively; a line ends at whichever comes first.
    let start = 0;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      line += 1;
      onLine(text.slice(start, end), line);
      start = end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    }
    carry = text.slice(start);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    const text = carry + decoder.decode(bytes);
    // A CR at the very end may be the first half of a CRLF split across chunks.
    if (text.endsWith('\r')) {
      emit(text.slice(0, -1));
      carry += '\r';
    } else emit(text);
    await afterChunk(bytes.length);
  }
  let rest = (carry + decoder.end()).replace(/\r$/, '');
  while (rest.endsWith(DOS_END_OF_FILE)) rest = rest.slice(0, -1);
  if (rest.trim() !== '') {
    line += 1;
    onLine(rest, line);
  }
  return line;
}
