const WIDTH = 30;

/** A one-line progress bar for a terminal (stderr), redrawn in place; nothing when not a terminal. */
export function progressBar(stream: { write(text: string): unknown; isTTY?: boolean }): {
  update(label: string, done: number, total: number): void;
  finish(): void;
} {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  let last = '';
  return {
    update(label, done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * WIDTH);
      const line = `\r${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)} %  ${(done / 1048576).toFixed(1)} MB`;
      if (line !== last) stream.write(line);
      last = line;
    },
    finish() {
      if (last) stream.write('\r\u001b[K');
    },
  };
}
