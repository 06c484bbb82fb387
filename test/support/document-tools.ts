import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);

/** A command-line tool the document tests use, from Debian's packages. */
export interface DocumentTool {
  /** The command, found on PATH. */
  readonly command: string;
  /** The Debian package that brings it (what .ci/run installs). */
  readonly debianPackage: string;
  /** Set to 1 (as in CI) to make a missing tool a failure rather than a skip. */
  readonly requireVariable: string;
}

export const PDFTOTEXT: DocumentTool = {
  command: 'pdftotext',
  debianPackage: 'poppler-utils',
  requireVariable: 'NAMNDKOLL_REQUIRE_POPPLER',
};

export const SOFFICE: DocumentTool = {
  command: 'soffice',
  debianPackage: 'libreoffice-writer-nogui',
  requireVariable: 'NAMNDKOLL_REQUIRE_LIBREOFFICE',
};

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  const directories = (process.env.PATH ?? '').split(':').filter(Boolean);
  return directories.some((directory) => executable(join(directory, command)));
}

/**
 * Whether the tool is here. Without it the tests that need it are skipped with a warning,
 * unless its NAMNDKOLL_REQUIRE_ variable is 1 (as in CI), where a missing tool is a failure.
 */
export function toolAvailable(tool: DocumentTool): boolean {
  if (onPath(tool.command)) return true;
  if (process.env[tool.requireVariable] === '1') {
    throw new Error(
      `${tool.command} is required (${tool.requireVariable}=1) but not found: install ${tool.debianPackage}`,
    );
  }
  console.warn(
    `${tool.command} not found (Debian package ${tool.debianPackage}): the tests that need it are skipped.`,
  );
  return false;
}

/**
 * The text of a PDF as pdftotext reads it (reading order, no-break spaces as spaces; a word
 * hyphenated at a line's end is joined), or with `layout` as laid out on the page, line by line.
 */
export async function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'namndkoll-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    await writeFile(file, pdf);
    const layout = options.layout ? ['-layout'] : [];
    const { stdout } = await run('pdftotext', [...layout, '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout.replaceAll('\u00a0', ' ');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * This worker's LibreOffice profile: one per worker (whose files run one at a time), so an
 * soffice neither waits for nor disturbs another, and made once per run, so only the first
 * conversion in a worker pays for creating it.
 */
function officeProfile(): string {
  return join(
    inject('officeProfiles'),
    `worker-${process.env.VITEST_POOL_ID ?? String(process.pid)}`,
  );
}

/**
 * A document converted to PDF by LibreOffice headless, as a board member's office suite
 * would open it.
 */
export async function convertWithLibreOffice(document: Buffer, extension: string): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'namndkoll-soffice-'));
  try {
    const input = join(folder, `document.${extension}`);
    await writeFile(input, document);
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(officeProfile()).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        input,
      ],
      { timeout: 120_000 },
    );
    return await readFile(join(folder, 'document.pdf'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
