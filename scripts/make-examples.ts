/**
 * Writes the README's example files into examples/ from the demo's ledger:
 * `npm run examples`. A test checks the committed files equal what this writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoExampleFiles, EXAMPLES_FOLDER } from '../src/server/features/demo/demo-example-files';

await mkdir(EXAMPLES_FOLDER, { recursive: true });
for (const [name, bytes] of demoExampleFiles()) {
  await writeFile(join(EXAMPLES_FOLDER, name), bytes);
  process.stdout.write(`Skrev ${join(EXAMPLES_FOLDER, name)} (${String(bytes.length)} byte).\n`);
}
