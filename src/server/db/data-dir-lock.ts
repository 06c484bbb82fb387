import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../app-error';

const LOCK_FILE = 'namndkoll.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database must only be opened by one process at a time (two would corrupt it).
 * Takes the data folder's lock file or fails with 'database-in-use' naming the holder; a lock
 * left by a process that no longer runs is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new AppError(
          'database-in-use',
          `The data folder ${dataDir} is in use by pid ${pid}`,
          {
            details: { dataDir, pid },
          },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('database-in-use', `Could not lock the data folder ${dataDir}`, {
    details: { dataDir, pid: null },
  });
}
