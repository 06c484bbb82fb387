import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_FIELDS_SV } from '#contract/audit-fields-sv';
import { ACCOUNT_GROUPS } from '#domain/ledger/account-group';
import { projectRoot } from '#server/project-root';

/** Every .ts file below a folder of the project, tests left out. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot(), folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(projectRoot(), folder, file));
}

/** The text from an opening bracket at `start` to its closing one. */
function balanced(text: string, start: number): string {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if ('([{'.includes(char)) depth += 1;
    if (')]}'.includes(char)) depth -= 1;
    if (depth === 0) return text.slice(start, index + 1);
  }
  return text.slice(start);
}

/** The value of `name:` in an object literal's text, up to the comma or brace that ends it. */
function valueOf(text: string, at: number): string {
  let depth = 0;
  for (let index = at; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if ('([{'.includes(char)) depth += 1;
    if (')]}'.includes(char)) {
      if (depth === 0) return text.slice(at, index);
      depth -= 1;
    }
    if (char === ',' && depth === 0) return text.slice(at, index);
  }
  return text.slice(at);
}

/** The keys an object-literal text writes: `key:` and shorthand `{ key, ...}`. */
function keysIn(text: string): string[] {
  // Strings, and destructured parameters (`({ cell, before }) =>`), write no keys.
  const withoutStrings = text
    .replaceAll(/'[^']*'|`[^`]*`/g, "''")
    .replaceAll(/\(\{[^}]*\}\)\s*=>/g, '() =>');
  return [
    ...[...withoutStrings.matchAll(/([A-Za-z_]\w*)\??:(?!:)/g)].map((match) => match[1] ?? ''),
    ...[...withoutStrings.matchAll(/[{,]\s*([A-Za-z_]\w*)\s*(?=[,}])/g)].map(
      (match) => match[1] ?? '',
    ),
  ];
}

/**
 * The field keys the code writes in audit rows: in every recordAudit call of the server and the
 * CLI, the keys of the object literals of its before, after and details, of the functions of
 * the same file they call (a snapshot of a unit), and the fields a file sets on a before or
 * after object (`before.forecasts = …`; `before[text.field]`, the keys of its TEXT_KINDS).
 */
function writtenFields(): Map<string, string> {
  const fields = new Map<string, string>();
  for (const file of [...sourceFiles('src/server'), ...sourceFiles('src/cli')]) {
    const source = readFileSync(file, 'utf8');
    const note = (key: string) => {
      if (!fields.has(key)) fields.set(key, file.slice(projectRoot().length + 1));
    };
    for (const call of source.matchAll(/recordAudit\(/g)) {
      const args = balanced(source, call.index + 'recordAudit'.length);
      for (const property of args.matchAll(/\b(before|after|details):/g)) {
        const value = valueOf(args, property.index + property[0].length);
        for (const key of keysIn(value)) note(key);
        for (const called of value.matchAll(/\b([a-z]\w*)\(/g)) {
          const name = called[1] ?? '';
          const definition = new RegExp(
            `(?:const ${name} = \\([^)]*\\)(?:: [^=]+)? => \\(|function ${name}\\([^)]*\\)[^{]*)\\{`,
          ).exec(source);
          if (definition)
            for (const key of keysIn(balanced(source, definition.index + definition[0].length - 1)))
              note(key);
        }
      }
    }
    for (const set of source.matchAll(/\b(?:before|after)\.(\w+) =/g)) note(set[1] ?? '');
    // `before[text.field]`: the text fields are the keys of the file's TEXT_KINDS.
    if (/\b(?:before|after)\[text\.field\]/.test(source)) {
      const kinds = /const TEXT_KINDS = \{/.exec(source);
      if (kinds)
        for (const key of keysIn(balanced(source, kinds.index + kinds[0].length - 1))) note(key);
    }
  }
  return fields;
}

describe('the audit log labels what the code writes', () => {
  it('has a Swedish label for every field key the server and the CLI write', () => {
    const written = writtenFields();
    // The scan finds the fields (a broken pattern would find none and pass).
    for (const key of ['status', 'displayName', 'forecasts', 'comment', 'baseAllocation', 'kind'])
      expect(written.has(key), key).toBe(true);
    expect(written.size).toBeGreaterThan(50);
    const missing = [...written].filter(([key]) => !Object.hasOwn(AUDIT_FIELDS_SV, key));
    expect(missing).toEqual([]);
  });

  it('labels a unit’s forecasts per account group by the group’s name', () => {
    for (const group of ACCOUNT_GROUPS) expect(AUDIT_FIELDS_SV[group]?.label).toBeTruthy();
  });
});
