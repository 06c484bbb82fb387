import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareTestDatabases, type TestDatabaseSetup } from './test-database-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabases: TestDatabaseSetup;
    /** A folder for this run's LibreOffice profiles, one per worker, kept warm between files. */
    officeProfiles: string;
  }
}

/**
 * Runs once before the database tests: prepares the databases they copy and a folder for
 * LibreOffice's profiles, removed when the run ends.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('testDatabases', await prepareTestDatabases());
  const officeProfiles = await mkdtemp(join(tmpdir(), 'namndkoll-office-profiles-'));
  project.provide('officeProfiles', officeProfiles);
  return async () => {
    await rm(officeProfiles, { recursive: true, force: true });
  };
}
