/** How much of the file's start is read to find its first line. */
const HEAD_BYTES = 64 * 1024;
const LINE_FEED = 0x0a;

/**
 * The first line of a text file chosen in the browser (its header row), or null when the
 * start of the file holds no whole line. UTF-8, with Windows-1252 as the fallback when the
 * bytes are not UTF-8 (ledger exports from older systems).
 */
export async function readHeaderRow(file: File): Promise<string | null> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const end = head.indexOf(LINE_FEED);
  if (end < 0 && head.length === HEAD_BYTES) return null;
  const line = head.subarray(0, end < 0 ? head.length : end);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    text = new TextDecoder('windows-1252').decode(line);
  }
  return text.replace(/\r$/, '');
}
