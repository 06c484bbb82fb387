import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoExampleFiles, EXAMPLES_FOLDER } from '#server/features/demo/demo-example-files';

const folder = fileURLToPath(new URL(`../../${EXAMPLES_FOLDER}/`, import.meta.url));

describe('the example files of the README', () => {
  it('are what `npm run examples` makes from the demo now (run it after changing the demo)', () => {
    const made = demoExampleFiles();
    expect(readdirSync(folder).sort()).toEqual([...made.keys()].sort());
    for (const [name, bytes] of made) {
      expect(Buffer.compare(readFileSync(join(folder, name)), Buffer.from(bytes)), name).toBe(0);
    }
  });
});
