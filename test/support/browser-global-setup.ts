import type { TestProject } from 'vitest/node';
import { launchSharedChromium } from './chromium-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens (playwright's chromium.connect); null: none. */
    chromiumEndpoint: string | null;
  }
}

/** Runs once before the browser tests: starts the Chromium they share, stopped at the end. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchSharedChromium();
  project.provide('chromiumEndpoint', server?.wsEndpoint() ?? null);
  return async () => {
    await server?.close();
  };
}
