import { StringDecoder } from 'node:string_decoder';

/**
 * The character encodings ledger files come in: the SIE specification's IBM PC 8-bit (CP437,
 * "#FORMAT PC8"), and what real exports also carry: Windows-1252 and UTF-8 (with or without a
 * byte order mark).
 */
export const TEXT_ENCODINGS = ['utf-8', 'cp437', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export function isTextEncodingName(value: string): value is TextEncodingName {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

/** Bytes 0x80-0xFF in CP437 (from Python's cp437 codec). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** Bytes 0x80-0x9F in Windows-1252 (undefined positions map to themselves, as browsers do). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The bytes of å ä ö Å Ä Ö é É ü Ü in each single-byte encoding: what Swedish text is full of. */
const CP437_LETTERS = byteTable([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x90, 0x81, 0x9a]);
const CP1252_LETTERS = byteTable([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xc9, 0xfc, 0xdc]);
/** Control bytes that text never has: all below 0x20 but tab, line ends, form feed and ^Z. */
const CONTROL_BYTES = byteTable(
  Array.from({ length: 0x20 }, (_, byte) => byte).filter(
    (byte) => byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 0x1a,
  ),
);

/** 1 for the given bytes, 0 for the others: a lookup per byte instead of a set. */
function byteTable(bytes: readonly number[]): Uint8Array {
  const table = new Uint8Array(256);
  for (const byte of bytes) table[byte] = 1;
  return table;
}

/** What a pass over the bytes finds, to detect the encoding and refuse binary files. */
export interface ByteStatistics {
  readonly size: number;
  readonly byteOrderMark: boolean;
  /** NUL and other control bytes that text never has (tab, line ends, form feed and DOS's ^Z are fine). */
  readonly controlBytes: number;
  readonly highBytes: number;
  /** Whether every byte sequence is valid UTF-8, and how many multi-byte characters there are. */
  readonly validUtf8: boolean;
  readonly utf8Characters: number;
  readonly cp437Letters: number;
  readonly cp1252Letters: number;
}

export class ByteStatisticsCollector {
  private size = 0;
  private controlBytes = 0;
  private highBytes = 0;
  private cp437Letters = 0;
  private cp1252Letters = 0;
  private validUtf8 = true;
  private utf8Characters = 0;
  /** Continuation bytes still expected by the current UTF-8 sequence. */
  private pending = 0;
  private firstBytes: number[] = [];

  add(chunk: Uint8Array): void {
    const length = chunk.length;
    for (let index = 0; index < length && this.firstBytes.length < 3; index += 1)
      this.firstBytes.push(chunk[index] ?? 0);
    // Counted in locals: this runs for every byte of every file.
    let {
      controlBytes,
      highBytes,
      cp437Letters,
      cp1252Letters,
      validUtf8,
      utf8Characters,
      pending,
    } = this;
    for (let index = 0; index < length; index += 1) {
      const byte = chunk[index] ?? 0;
      if (byte < 0x20) {
        controlBytes += CONTROL_BYTES[byte] ?? 0;
      } else if (byte >= 0x80) {
        highBytes += 1;
        cp437Letters += CP437_LETTERS[byte] ?? 0;
        cp1252Letters += CP1252_LETTERS[byte] ?? 0;
      }
      if (!validUtf8) continue;
      if (pending > 0) {
        if ((byte & 0xc0) === 0x80) {
          pending -= 1;
          if (pending === 0) utf8Characters += 1;
        } else validUtf8 = false;
      } else if (byte >= 0x80) {
        if ((byte & 0xe0) === 0xc0 && byte >= 0xc2) pending = 1;
        else if ((byte & 0xf0) === 0xe0) pending = 2;
        else if ((byte & 0xf8) === 0xf0 && byte <= 0xf4) pending = 3;
        else validUtf8 = false;
      }
    }
    this.controlBytes = controlBytes;
    this.highBytes = highBytes;
    this.cp437Letters = cp437Letters;
    this.cp1252Letters = cp1252Letters;
    this.validUtf8 = validUtf8;
    this.utf8Characters = utf8Characters;
    this.pending = pending;
    this.size += length;
  }

  result(): ByteStatistics {
    const [a, b, c] = this.firstBytes;
    return {
      size: this.size,
      byteOrderMark: a === 0xef && b === 0xbb && c === 0xbf,
      controlBytes: this.controlBytes,
      highBytes: this.highBytes,
      validUtf8: this.validUtf8 && this.pending === 0,
      utf8Characters: this.utf8Characters,
      cp437Letters: this.cp437Letters,
      cp1252Letters: this.cp1252Letters,
    };
  }
}

/** A file with NUL or many other control bytes is not text (a spreadsheet, an image, a zip). */
export function looksBinary(statistics: ByteStatistics): boolean {
  return statistics.controlBytes > Math.max(4, statistics.size / 1000);
}

/**
 * Which encoding a file is in. UTF-8 when it has a BOM or valid multi-byte sequences; between
 * the single-byte ones, the one whose bytes for å, ä, ö and é occur most; with no such
 * evidence, the declared #FORMAT (PC8 is CP437).
 */
export function detectEncoding(
  statistics: ByteStatistics,
  declaredFormat: string | null,
): TextEncodingName {
  if (statistics.byteOrderMark) return 'utf-8';
  if (statistics.validUtf8 && statistics.utf8Characters > 0) return 'utf-8';
  if (statistics.cp437Letters > statistics.cp1252Letters) return 'cp437';
  if (statistics.cp1252Letters > statistics.cp437Letters) return 'windows-1252';
  return declaredFormat?.toUpperCase() === 'PC8' ? 'cp437' : 'windows-1252';
}

export interface ChunkDecoder {
  decode(chunk: Buffer): string;
  end(): string;
}

/** Characters per String.fromCharCode call when a chunk has characters beyond Latin-1. */
const WIDE_SLICE = 8192;

function singleByteDecoder(high: (code: number) => string): ChunkDecoder {
  // Each byte is one UTF-16 unit. Where every byte of a chunk is a Latin-1 character (ASCII
  // and, for Swedish text, å ä ö é ü in either encoding), the bytes are translated to Latin-1
  // and read in one native call; a chunk with others (box drawing, €, curly quotes) is built
  // from the units.
  const units = new Uint16Array(256);
  const latin1 = new Uint8Array(256);
  const narrow = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    const unit = byte < 0x80 ? byte : high(byte).charCodeAt(0);
    units[byte] = unit;
    if (unit <= 0xff) {
      latin1[byte] = unit;
      narrow[byte] = 1;
    }
  }
  const wide = (chunk: Buffer): string => {
    let text = '';
    for (let start = 0; start < chunk.length; start += WIDE_SLICE) {
      const slice = chunk.subarray(start, Math.min(chunk.length, start + WIDE_SLICE));
      const codes = new Uint16Array(slice.length);
      for (let index = 0; index < slice.length; index += 1)
        codes[index] = units[slice[index] ?? 0] ?? 0;
      text += String.fromCharCode(...codes);
    }
    return text;
  };
  return {
    decode: (chunk) => {
      let translated: Buffer | undefined;
      for (let index = 0; index < chunk.length; index += 1) {
        const byte = chunk[index] ?? 0;
        if (byte < 0x80) continue;
        if (narrow[byte] === 0) return wide(chunk);
        translated ??= Buffer.from(chunk);
        translated[index] = latin1[byte] ?? 0;
      }
      return (translated ?? chunk).toString('latin1');
    },
    end: () => '',
  };
}

export function createDecoder(encoding: TextEncodingName): ChunkDecoder {
  switch (encoding) {
    case 'utf-8': {
      const decoder = new StringDecoder('utf8');
      let first = true;
      return {
        decode: (chunk) => {
          let text = decoder.write(chunk);
          if (first) {
            first = false;
            if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          }
          return text;
        },
        end: () => decoder.end(),
      };
    }
    case 'cp437':
      return singleByteDecoder((code) => CP437_HIGH[code - 0x80] ?? '?');
    case 'windows-1252':
      return singleByteDecoder((code) =>
        code < 0xa0 ? (CP1252_80_9F[code - 0x80] ?? '?') : String.fromCharCode(code),
      );
  }
}

/** Text back to the file's bytes (for the #KSUMMA checksum, which is over the file's bytes). */
export function createEncoder(encoding: TextEncodingName): (text: string) => Uint8Array {
  if (encoding === 'utf-8') return (text) => Buffer.from(text, 'utf8');
  const table = new Map<string, number>();
  const high = encoding === 'cp437' ? CP437_HIGH : CP1252_80_9F;
  // Every character of the tables is a single UTF-16 unit, so index i is byte 0x80 + i.
  for (let index = 0; index < high.length; index += 1) table.set(high.charAt(index), 0x80 + index);
  return (text) => {
    const bytes = new Uint8Array(text.length);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      bytes[index] =
        code < 0x80 ? code : (table.get(text[index] ?? '') ?? (code <= 0xff ? code : 0x3f));
    }
    return bytes;
  };
}
