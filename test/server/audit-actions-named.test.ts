import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAuditAction } from '#domain/access/audit-actions';
import { projectRoot } from '#server/project-root';

/** Every .ts file below a folder of the project, tests left out. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot(), folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(projectRoot(), folder, file));
}

/**
 * The actions the code writes: every quoted code with a hyphen (as every action has) on an
 * `action:` line, a ternary's two, leaving out what the line compares with.
 */
function writtenActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of [...sourceFiles('src/server'), ...sourceFiles('src/cli')]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const value = /\baction: (.+)$/.exec(line)?.[1]?.replaceAll(/[!=]== '[^']*'/g, '');
      if (value === undefined) continue;
      for (const quoted of value.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) actions.add(quoted[1] ?? '');
    }
  }
  return actions;
}

describe('the audit log names what the code writes', () => {
  it('has a Swedish name for every action the server and the CLI record', () => {
    const written = writtenActions();
    // The scan finds the actions (a broken pattern would find none and pass).
    expect(written).toContain('sign-in');
    expect(written).toContain('follow-up-submit');
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((action) => !isAuditAction(action))).toEqual([]);
  });
});
