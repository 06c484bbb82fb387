import { writeFile } from 'node:fs/promises';
import type { Database } from '../../server/db/connect';
import {
  generateBudgetDocument,
  type DocumentFormat,
} from '../../server/features/budget/budget-document.service';
import { listMunicipalities } from '../../server/features/organisation/organisation.service';
import { cliChange } from '../cli-actor';
import type { CliIo } from '../cli-io';
import { choose } from './report-operating-statement';

export interface BudgetDocumentOptions {
  readonly year: number;
  readonly format: DocumentFormat;
  readonly output: string;
  readonly municipality?: string;
  readonly board?: string;
}

/** report budget: the budget document of a budget year as HTML, DOCX, PDF or XLSX, to a file. */
export async function reportBudget(
  database: Database,
  io: CliIo,
  options: BudgetDocumentOptions,
): Promise<void> {
  const municipality = choose(await listMunicipalities(database.db), options.municipality, {
    option: '--municipality <kommunkod>',
    noun: 'kommun',
  });
  const board = choose(municipality.boards, options.board, {
    option: '--board <nämndkod>',
    noun: 'nämnd',
  });
  const { actor, clock } = cliChange();
  const document = await generateBudgetDocument(
    database.db,
    clock,
    actor,
    { municipalityId: municipality.id, boardId: board.id },
    options.year,
    options.format,
  );
  await writeFile(options.output, document.content);
  const size = Buffer.byteLength(document.content);
  io.stdout.write(
    `Skrev budgetdokumentet ${String(options.year)} för ${board.name}, ${municipality.name}, till ${options.output} (${String(Math.max(1, Math.round(size / 1024)))} kB).\n`,
  );
}
