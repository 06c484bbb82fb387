import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two test files at a time on a 2-core machine (the default is one fewer than the cores):
    // the database and browser tests spend much of their time waiting for PostgreSQL, PGlite's
    // worker, Chromium and LibreOffice.
    maxWorkers: 2,
    // The database, HTTP and browser files share a worker's loaded modules instead of loading
    // the server anew for each file (about a second each): every file builds its own app and
    // database, and no test mocks a module or changes the environment (docs/testing.md).
    projects: [
      {
        test: {
          name: 'domain',
          // Pure code: the domain, the contract, and the web app's DOM-free helpers.
          include: ['src/domain/**/*.test.ts', 'src/contract/**/*.test.ts', 'src/web/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          isolate: false,
          include: ['test/server/**/*.test.ts', 'test/cli/**/*.test.ts', 'src/server/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          isolate: false,
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts', 'test/support/browser-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What a page shows after a save or a load is polled for: the run's one Chromium and
          // two test files at a time can take longer than vitest's default second to draw it.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
