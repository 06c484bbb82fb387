import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, copyFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '#cli/run-cli';
import { openDatabase, type Database } from '#server/db/connect';
import { readmeCommands } from '../support/readme-commands';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COMMANDS = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Every command-line example of README.md, run in order as a reader of a fresh clone would
 * after `npm install && npm start`: one data folder with the demo, the example files beside.
 * Most run in this process through the CLI's entry (runCli, the README's exact arguments,
 * relative file names found from the folder); the one whose output the shell redirects to a
 * file runs as `npm run -s cli -- ... > file` in a shell, to show nothing of npm's precedes
 * the byte order mark.
 */
describe('the README examples of the command line', () => {
  // The folder looks like the clone: package.json (for npm), src and node_modules, examples/.
  const folder = mkdtempSync(join(tmpdir(), 'nk-readme-'));
  const dataDir = join(folder, 'data');
  let database: Database | undefined;
  const open = async (): Promise<Database> => {
    database ??= await openDatabase({ engine: 'pglite', dataDir });
    return database;
  };

  beforeAll(async () => {
    copyFileSync(join(ROOT, 'package.json'), join(folder, 'package.json'));
    for (const linked of ['src', 'node_modules'])
      symlinkSync(join(ROOT, linked), join(folder, linked));
    cpSync(join(ROOT, 'examples'), join(folder, 'examples'), { recursive: true });
    // The data folder as `npm start` leaves it: the demo loaded.
    const dump = new Blob([readFileSync(inject('testDatabases').pgliteDumps.demo)]);
    database = await openDatabase({ engine: 'pglite', dataDir, loadDump: dump });
  });
  afterAll(async () => {
    await database?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('finds the examples, among them a redirected CSV and an import undo', () => {
    expect(COMMANDS.length).toBeGreaterThan(15);
    expect(COMMANDS.filter((command) => command.redirect?.endsWith('.csv'))).toHaveLength(1);
    expect(COMMANDS.some((command) => command.argv.includes('IMPORT_ID'))).toBe(true);
  });

  it('runs every example with exit code 0, writing its files into the folder it runs in', async () => {
    let previousOutput = '';
    for (const command of COMMANDS) {
      if (command.redirect !== undefined) {
        // Another process opens the data folder: this one lets go of it first.
        await database?.close();
        database = undefined;
        const shell = await promisify(execFile)('sh', ['-c', command.line], {
          cwd: folder,
          env: { ...process.env, DATA_DIR: dataDir },
        });
        expect(shell.stderr, command.line).toBe('');
        expect([...readFileSync(join(folder, command.redirect)).subarray(0, 3)]).toEqual(BOM);
        previousOutput = '';
        continue;
      }
      // import undo IMPORT_ID: the id of the newest import in the list the line before shows.
      const argv = command.argv.map((word) =>
        word === 'IMPORT_ID' ? (UUID.exec(previousOutput)?.[0] ?? word) : word,
      );
      let stdout = '';
      let stderr = '';
      const shared = await open();
      const code = await runCli(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: { DATA_DIR: dataDir },
        cwd: folder,
        openDatabase: () => Promise.resolve({ ...shared, close: () => Promise.resolve() }),
      });
      expect({ line: command.line, code, stderr: code === 0 ? '' : stderr }).toEqual({
        line: command.line,
        code: 0,
        stderr: '',
      });
      const output = argv[argv.findIndex((word) => word === '-o' || word === '--output') + 1];
      if (argv.includes('-o') && output !== undefined)
        expect(statSync(join(folder, output)).size, command.line).toBeGreaterThan(0);
      previousOutput = stdout;
    }
  });
});
