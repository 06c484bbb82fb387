/**
 * The #KSUMMA checksum: CRC-32 (the reflected polynomial 0xEDB88320, start and final value
 * 0xFFFFFFFF), over the bytes of every item between the opening #KSUMMA and the closing one:
 * each item's label and field contents, without the blanks between them, the quotes around
 * strings or the braces around object lists, in the file's own character encoding.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index += 1) {
    let value = index;
    for (let bit = 0; bit < 8; bit += 1)
      value = value & 1 ? (value >>> 1) ^ 0xedb88320 : value >>> 1;
    table[index] = value >>> 0;
  }
  return table;
})();

export class SieChecksum {
  private state = 0xffffffff;

  add(bytes: Uint8Array): void {
    let state = this.state;
    for (const byte of bytes) state = (state >>> 8) ^ (TABLE[(state ^ byte) & 0xff] ?? 0);
    this.state = state;
  }

  /** The checksum as #KSUMMA writes it: an unsigned 32-bit number in decimal. */
  value(): number {
    return (this.state ^ 0xffffffff) >>> 0;
  }
}
