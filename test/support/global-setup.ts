import type { TestProject } from 'vitest/node';
import { prepareTestDatabases, type TestDatabaseSetup } from './test-database-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabases: TestDatabaseSetup;
  }
}

/** Runs once before the database and browser tests: prepares the databases they copy. */
export async function setup(project: TestProject): Promise<void> {
  project.provide('testDatabases', await prepareTestDatabases());
}
