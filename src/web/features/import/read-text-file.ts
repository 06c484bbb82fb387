/** How much of the file's start is read to find its first line. */
const HEAD_BYTES = 64 * 1024;
const LINE_FEED = 0x0a;

/**
 * Text from a file's bytes: UTF-8, with Windows-1252 as the fallback when the bytes are not
 * UTF-8 (exports and Excel files from older systems).
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The first line of a text file chosen in the browser (its header row), or null when the
 * start of the file holds no whole line.
 */
export async function readHeaderRow(file: File): Promise<string | null> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const end = head.indexOf(LINE_FEED);
  if (end < 0 && head.length === HEAD_BYTES) return null;
  return decodeText(head.subarray(0, end < 0 ? head.length : end)).replace(/\r$/, '');
}

/** A small text file chosen in the browser, whole (an account map). */
export async function readTextFile(file: File): Promise<string> {
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}
