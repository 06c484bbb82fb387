import type { Database } from '../../server/db/connect';
import {
  generateBudgetDocument,
  type DocumentFormat,
} from '../../server/features/budget/budget-document.service';
import type { AuditActor } from '../../server/features/audit/audit.service';
import type { Clock } from '../../server/clock';
import { cliChange } from '../cli-actor';
import { chooseBoard } from '../choose-by-code';
import type { CliIo } from '../cli-io';
import { outputFile, writeOutput } from '../cli-files';

/** Where a board's document goes: the municipality and board (when there are several), the file. */
export interface BoardDocumentOptions {
  readonly output: string;
  readonly municipality?: string;
  readonly board?: string;
}

export interface BudgetDocumentOptions extends BoardDocumentOptions {
  readonly year: number;
  readonly format: DocumentFormat;
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
  generate: (
    clock: Clock,
    actor: AuditActor,
    board: { municipalityId: string; boardId: string },
  ) => Promise<{ content: string | Buffer }>,
): Promise<void> {
  const output = await outputFile(io, options.output);
  const { municipality, board } = await chooseBoard(database, options);
  const { actor, clock } = cliChange();
  const document = await generate(clock, actor, {
    municipalityId: municipality.id,
    boardId: board.id,
  });
  await writeOutput(output, options.output, document.content);
  const size = Buffer.byteLength(document.content);
  io.stdout.write(
    `Skrev ${what} för ${board.name}, ${municipality.name}, till ${options.output} (${String(Math.max(1, Math.round(size / 1024)))} kB).\n`,
  );
}

/** report budget: the budget document of a budget year as HTML, DOCX, PDF or XLSX, to a file. */
export async function reportBudget(
  database: Database,
  io: CliIo,
  options: BudgetDocumentOptions,
): Promise<void> {
  await writeBoardDocument(
    database,
    io,
    options,
    `budgetdokumentet ${String(options.year)}`,
    (clock, actor, board) =>
      generateBudgetDocument(database.db, clock, actor, board, options.year, options.format),
  );
}
