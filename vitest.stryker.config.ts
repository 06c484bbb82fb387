import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The mutation run (stryker.config.json) runs the domain project alone, as
// `vitest run --project domain` does: the server and browser projects start PostgreSQL,
// PGlite and Chromium, and the mutated code is the pure domain.
const projects = (base.test?.projects ?? []).filter(
  (project) => typeof project === 'object' && 'test' in project && project.test?.name === 'domain',
);
if (projects.length !== 1) throw new Error('vitest.config.ts has no project named domain');

export default defineConfig({ test: { ...base.test, projects } });
