import type { Database, DatabaseConfig } from '../server/db/connect';

/** Where the CLI reads and writes: the process in production, buffers and a test database in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: NodeJS.ProcessEnv;
  readonly openDatabase: (config: DatabaseConfig) => Promise<Database>;
  /** The folder relative file names are found from (the process's current folder if unset). */
  readonly cwd?: string;
}

/** A usage error: wrong options or values. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
