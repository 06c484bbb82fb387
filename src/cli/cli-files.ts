import { stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError, type CliIo } from './cli-io';

/**
 * The files a command reads and writes, named as the user wrote them and found from the
 * folder the command runs in. A missing file, a missing folder or a file that cannot be
 * written is the user's to fix: a Swedish message naming it (exit code 2), not an internal
 * error.
 */

const errnoOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** What is at an absolute path: a file, a folder, or nothing (or nothing we may look at). */
async function kindAt(path: string): Promise<'file' | 'folder' | 'missing' | 'denied'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'EACCES' || code === 'EPERM') return 'denied';
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

const absolute = (io: CliIo, path: string): string => resolve(io.cwd ?? process.cwd(), path);

/** A file the command reads (the ledger file, a forecast sheet, an account map): its absolute path. */
export async function inputFile(io: CliIo, path: string, what = 'Filen'): Promise<string> {
  const full = absolute(io, path);
  switch (await kindAt(full)) {
    case 'file':
      return full;
    case 'folder':
      throw new UsageError(`${what} ${path} är en mapp, inte en fil.`);
    case 'denied':
      throw new UsageError(`${what} ${path} kan inte läsas: behörighet saknas.`);
    case 'missing':
      throw new UsageError(`${what} ${path} finns inte.`);
  }
}

/**
 * A file the command writes: checked before the work starts (its folder must exist), so a
 * report is not made, and logged as made, for a file that cannot be written.
 */
export async function outputFile(io: CliIo, path: string): Promise<string> {
  const full = absolute(io, path);
  if ((await kindAt(full)) === 'folder')
    throw new UsageError(`${path} är en mapp: ange filen att skriva, t.ex. ${path}/rapport.pdf.`);
  const folder = dirname(full);
  const folderKind = await kindAt(folder);
  if (folderKind === 'missing')
    throw new UsageError(
      `Mappen ${dirname(path)} finns inte: skapa den först, eller skriv till en annan mapp.`,
    );
  if (folderKind === 'file') throw new UsageError(`${dirname(path)} är en fil, inte en mapp.`);
  return full;
}

/** Writes a file checked with outputFile; a refusal by the file system names the file. */
export async function writeOutput(
  full: string,
  path: string,
  content: string | Uint8Array,
): Promise<void> {
  try {
    await writeFile(full, content);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new UsageError(`Filen ${path} kan inte skrivas: behörighet saknas.`);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
      throw new UsageError(`Filen ${path} kan inte skrivas: mappen finns inte.`);
    throw error;
  }
}

/**
 * A file system refusal no command foresaw, as the user's message (naming the file), or
 * undefined when the error is not one.
 */
export function fileErrorMessage(error: unknown): string | undefined {
  const code = errnoOf(error);
  const path = error instanceof Error && 'path' in error ? String(error.path) : undefined;
  if (path === undefined) return undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `Filen eller mappen ${path} finns inte.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `${path} kan inte läsas eller skrivas: behörighet saknas.`;
  if (code === 'EISDIR') return `${path} är en mapp, inte en fil.`;
  return undefined;
}
