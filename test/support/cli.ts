import { runCli } from '#cli/run-cli';
import type { Database } from '#server/db/connect';

/**
 * Runs the command line as a user would, against a test database (kept open for the next
 * run), and captures what it prints and its exit code. `env`: the environment it sees (none by
 * default).
 */
export function cliOn(database: () => Database, env: () => NodeJS.ProcessEnv = () => ({})) {
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: env(),
      openDatabase: () => Promise.resolve({ ...database(), close: () => Promise.resolve() }),
    });
    return { code, stdout, stderr };
  };
}
