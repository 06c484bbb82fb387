/**
 * Rows in PostgreSQL's binary COPY format, a field at a time: the server reads each value as
 * it is stored (a uuid as its 16 bytes, a date as its day number) instead of parsing text,
 * which made a COPY of ledger rows take about half the server's time it took as CSV (issue 15).
 * Both engines read it (PostgreSQL from the connection, PGlite from a blob).
 */

/** The file header: signature, flags, header extension length. */
export const BINARY_COPY_HEADER = Buffer.from([
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
]);

/** The file trailer: a field count of -1. */
export const BINARY_COPY_TRAILER = Buffer.from([0xff, 0xff]);

/** The fields of a row, in the columns' order and types. */
export interface CopyRow {
  uuid(value: string): void;
  int4(value: number | null): void;
  int8(value: number): void;
  /** A date as ISO text, YYYY-MM-DD. */
  date(value: string): void;
  text(value: string | null): void;
}

const HEX = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit += 1) {
  HEX[digit.toString(16).charCodeAt(0)] = digit;
  HEX[digit.toString(16).toUpperCase().charCodeAt(0)] = digit;
}

/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's day zero. */
const POSTGRES_EPOCH_DAYS = 10957;
const DAY_MS = 86_400_000;
const TWO_TO_32 = 4_294_967_296;
/** Texts up to this length are written by a loop when they are ASCII, a native call else. */
const SHORT_TEXT = 32;
/** Distinct uuids remembered as bytes (a batch's few ids come on every row). */
const UUID_CACHE_SIZE = 4096;

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) throw new Error(`Not a date: ${text}`);
    value = value * 10 + digit;
  }
  return value;
}

/** PostgreSQL's day number of an ISO date. */
export function postgresDay(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') throw new Error(`Not a date: ${iso}`);
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`Not a date: ${iso}`);
  }
  return time / DAY_MS - POSTGRES_EPOCH_DAYS;
}

/** A uuid's 16 bytes from its text (with or without hyphens). */
export function uuidBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(16);
  let count = 0;
  let high = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 45) continue;
    const nibble = code < 128 ? (HEX[code] ?? -1) : -1;
    if (nibble < 0 || count >= 16) throw new Error(`Not a uuid: ${text}`);
    if (high < 0) high = nibble;
    else {
      bytes[count] = (high << 4) | nibble;
      count += 1;
      high = -1;
    }
  }
  if (count !== 16 || high >= 0) throw new Error(`Not a uuid: ${text}`);
  return bytes;
}

/**
 * Encodes one row at a time into a buffer of its own (grown for a long text), to be copied
 * into the chunk being gathered once the row is complete.
 */
export class CopyRowEncoder implements CopyRow {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);
  private used = 0;
  private fields = 0;
  private readonly uuids = new Map<string, Buffer>();

  constructor(private readonly columnCount: number) {
    this.start();
  }

  private start(): void {
    this.buffer.writeInt16BE(this.columnCount, 0);
    this.used = 2;
    this.fields = 0;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.buffer.length, this.used + bytes));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }

  private null(): void {
    this.room(4);
    this.buffer.writeInt32BE(-1, this.used);
    this.used += 4;
    this.fields += 1;
  }

  uuid(value: string): void {
    let bytes = this.uuids.get(value);
    if (!bytes) {
      if (this.uuids.size >= UUID_CACHE_SIZE) this.uuids.clear();
      bytes = uuidBytes(value);
      this.uuids.set(value, bytes);
    }
    this.room(20);
    this.buffer.writeInt32BE(16, this.used);
    bytes.copy(this.buffer, this.used + 4);
    this.used += 20;
    this.fields += 1;
  }

  int4(value: number | null): void {
    if (value === null) {
      this.null();
      return;
    }
    this.room(8);
    this.buffer.writeInt32BE(4, this.used);
    this.buffer.writeInt32BE(value, this.used + 4);
    this.used += 8;
    this.fields += 1;
  }

  int8(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`Not a safe integer: ${String(value)}`);
    this.room(12);
    const high = Math.floor(value / TWO_TO_32);
    this.buffer.writeInt32BE(8, this.used);
    this.buffer.writeInt32BE(high, this.used + 4);
    this.buffer.writeUInt32BE(value - high * TWO_TO_32, this.used + 8);
    this.used += 12;
    this.fields += 1;
  }

  date(value: string): void {
    this.int4(postgresDay(value));
  }

  text(value: string | null): void {
    if (value === null) {
      this.null();
      return;
    }
    const length = value.length;
    this.room(4 + 3 * length);
    const buffer = this.buffer;
    const at = this.used + 4;
    let written = -1;
    if (length <= SHORT_TEXT) {
      written = length;
      for (let index = 0; index < length; index += 1) {
        const code = value.charCodeAt(index);
        if (code >= 0x80) {
          written = -1;
          break;
        }
        buffer[at + index] = code;
      }
    }
    if (written < 0) written = buffer.write(value, at, 'utf8');
    buffer.writeInt32BE(written, this.used);
    this.used = at + written;
    this.fields += 1;
  }

  /** The complete row's bytes (valid until the next row is begun); then begins the next. */
  takeRow(): Buffer {
    if (this.fields !== this.columnCount) {
      throw new Error(
        `A COPY row of ${String(this.fields)} fields for ${String(this.columnCount)} columns`,
      );
    }
    const row = this.buffer.subarray(0, this.used);
    this.start();
    return row;
  }
}
