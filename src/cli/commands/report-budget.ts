import { Option } from 'commander';
import { DOCUMENT_FORMATS, type DocumentFormat } from '#server/documents/render-document';
import { generateBudgetDocument } from '#server/features/budget/budget-document.service';
import { formatParser, parseYearOption } from '../arguments';
import { defineCommand } from '../cli-command';
import { writeBoardDocument, type BoardDocumentOptions } from '../command-helpers';

interface BudgetDocumentOptions extends BoardDocumentOptions {
  readonly year: number;
  readonly format: DocumentFormat;
}

/** report budget: the budget document of a budget year as HTML, DOCX, PDF or XLSX, to a file. */
export const reportBudgetCommand = defineCommand<BudgetDocumentOptions>({
  name: 'report budget',
  description:
    'budgetdokumentet för ett budgetår (Ekonomiska ramar, ramförändringen, investeringar)',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'budgetår, t.ex. 2026', parseYearOption)
      .addOption(
        new Option('--format <format>', `filformat: ${DOCUMENT_FORMATS.join(', ')}`)
          .makeOptionMandatory()
          .argParser(formatParser(DOCUMENT_FORMATS)),
      )
      .requiredOption('-o, --output <fil>', 'filen att skriva, t.ex. budget-2026.docx')
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    await writeBoardDocument(
      database,
      io,
      options,
      `budgetdokumentet ${String(options.year)}`,
      (ctx) => generateBudgetDocument(ctx, { budgetYear: options.year, format: options.format }),
    );
    return 0;
  },
});
