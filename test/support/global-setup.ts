import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  dropRunDatabases,
  prepareTestDatabases,
  type TestDatabaseSetup,
} from './test-database-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabases: TestDatabaseSetup;
    /** This run's mark in the names of the databases its tests copy (dropped at its end). */
    testRunId: string;
    /** A folder for this run's LibreOffice profiles, one per worker, kept warm between files. */
    officeProfiles: string;
  }
}

/**
 * Runs once before the database tests: prepares the databases they copy and a folder for
 * LibreOffice's profiles, removed when the run ends, as are the copies the tests left.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const testDatabases = await prepareTestDatabases();
  project.provide('testDatabases', testDatabases);
  const runId = randomUUID().replaceAll('-', '').slice(0, 8);
  project.provide('testRunId', runId);
  const officeProfiles = await mkdtemp(join(tmpdir(), 'namndkoll-office-profiles-'));
  project.provide('officeProfiles', officeProfiles);
  return async () => {
    await rm(officeProfiles, { recursive: true, force: true });
    if (testDatabases.postgres) await dropRunDatabases(testDatabases.postgres.adminUrl, runId);
  };
}
