import type { BoardRef } from '../server/board-ref';
import type { Database } from '../server/db/connect';
import { listMunicipalities } from '../server/features/organisation/organisation.service';
import { AppError } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { cliContext } from './cli-actor';
import { outputFile, writeOutput } from './cli-files';
import { UsageError, type CliIo } from './cli-io';

/** What several commands need: the municipality, board or unit an option names, a document to a file. */

/**
 * What an option names by its code (--municipality, --board, --unit): the item with the code,
 * or the only one when the option is not given. Anything else stops with a Swedish message
 * naming what there is.
 */
export function choose<T extends { code: string; name: string }>(
  items: readonly T[],
  code: string | undefined,
  what: { option: string; noun: string },
): T {
  if (code !== undefined) {
    const item = items.find((candidate) => candidate.code === code);
    if (!item) {
      throw new UsageError(
        `Det finns ingen ${what.noun} med koden ”${code}”. Finns: ${items.map((i) => `${i.code} ${i.name}`).join(', ') || 'inga'}.`,
      );
    }
    return item;
  }
  const [only, ...others] = items;
  if (!only)
    throw new UsageError(`Det finns ingen ${what.noun} i databasen. Läs in demodata med: demo`);
  if (others.length > 0) {
    throw new UsageError(
      `Ange ${what.option}: det finns flera (${items.map((i) => `${i.code} ${i.name}`).join(', ')}).`,
    );
  }
  return only;
}

/**
 * The municipality and board --municipality and --board name (each may be left out when only
 * one), and the board as the services take it.
 */
export async function chooseBoard(
  database: Database,
  options: { readonly municipality?: string | undefined; readonly board?: string | undefined },
) {
  const municipality = choose(await listMunicipalities(database.db), options.municipality, {
    option: '--municipality <kommunkod>',
    noun: 'kommun',
  });
  const board = choose(municipality.boards, options.board, {
    option: '--board <nämndkod>',
    noun: 'nämnd',
  });
  const ref: BoardRef = { municipalityId: municipality.id, boardId: board.id };
  return { municipality, board, ref };
}

/** The municipality --municipality names by its code, or the only one when none is named. */
export async function municipalityId(
  database: Database,
  code: string | undefined,
): Promise<string> {
  const municipalities = await listMunicipalities(database.db);
  const found =
    code === undefined
      ? municipalities.length === 1
        ? municipalities[0]
        : undefined
      : municipalities.find((m) => m.code === code);
  if (!found) {
    throw new UsageError(
      code === undefined
        ? `Ange --municipality (kommunkod): ${municipalities.map((m) => `${m.code} ${m.name}`).join(', ') || 'det finns inga kommuner'}.`
        : `Det finns ingen kommun med koden ”${code}”.`,
    );
  }
  return found.id;
}

/** Where a board's document goes: the municipality and board (when there are several), the file. */
export interface BoardDocumentOptions {
  readonly output: string;
  readonly municipality?: string;
  readonly board?: string;
}

/**
 * Makes a board's document and writes it to the file, saying what was written ("Skrev
 * budgetdokumentet 2026 för Socialnämnden, Alingsås (demo), till budget.docx (34 kB).").
 */
export async function writeBoardDocument(
  database: Database,
  io: CliIo,
  options: BoardDocumentOptions,
  what: string,
  generate: (ctx: RequestContext) => Promise<{ content: string | Buffer }>,
): Promise<void> {
  const output = await outputFile(io, options.output);
  const { municipality, board, ref } = await chooseBoard(database, options);
  const document = await generate(cliContext(database, ref));
  await writeOutput(output, options.output, document.content);
  const size = Buffer.byteLength(document.content);
  io.stdout.write(
    `Skrev ${what} för ${board.name}, ${municipality.name}, till ${options.output} (${String(Math.max(1, Math.round(size / 1024)))} kB).\n`,
  );
}

/**
 * A board's report (report goals, report internal-control): text (a table, CSV, JSON) goes to
 * standard output, or to the file -o names; a document (HTML, DOCX, PDF) needs -o and is
 * written there, saying what was written. `make` gives the content; it gets the board's code
 * for the audit row.
 */
export async function writeBoardReport(
  database: Database,
  io: CliIo,
  options: {
    readonly output?: string | undefined;
    readonly municipality?: string | undefined;
    readonly board?: string | undefined;
  },
  report: {
    /** As the message names it: "måluppföljningen 2023". */
    readonly what: string;
    /** The format, when it is a document (written to a file only); null for text. */
    readonly documentFormat: string | null;
    readonly make: (ctx: RequestContext, boardCode: string) => Promise<string | Buffer>;
  },
): Promise<void> {
  if (report.documentFormat !== null && options.output === undefined) {
    throw new UsageError(
      `Ange filen att skriva med -o (formatet ${report.documentFormat} skrivs till en fil).`,
    );
  }
  const path = options.output;
  const output = path === undefined ? undefined : await outputFile(io, path);
  const { municipality, board, ref } = await chooseBoard(database, options);
  const content = await report.make(cliContext(database, ref), board.code);
  if (output === undefined || path === undefined) {
    if (typeof content === 'string') io.stdout.write(content);
    return;
  }
  await writeOutput(output, path, content);
  const size = Math.max(1, Math.round(Buffer.byteLength(content) / 1024));
  io.stdout.write(
    `Skrev ${report.what} för ${board.name}, ${municipality.name}, till ${path} (${String(size)} kB).\n`,
  );
}

/**
 * A file refused with its problems (an import's invalid-request whose issues carry the Swedish
 * sentence as their value) as the user's message: nothing was read, each problem on a line.
 * Any other error is given back as it is.
 */
export function fileProblemsMessage(error: unknown): unknown {
  if (error instanceof AppError && error.code === 'invalid-request' && error.issues.length > 0) {
    const lines = error.issues.map((issue) => `  ${issue.value ?? issue.field}`);
    return new UsageError(
      ['Inget lästes in. Rätta filen och läs in den igen:', ...lines].join('\n'),
    );
  }
  return error;
}
