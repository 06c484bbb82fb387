import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's top folder (where package.json and migrations/ are), found from this file's
 * place, so it is the same whether the code runs from src/ (tsx) or from a bundle in dist/.
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'migrations'))) return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('Cannot find the project folder (package.json and migrations/)');
    dir = parent;
  }
}
