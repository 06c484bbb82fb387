import { statementAllocationNotesSv } from '#domain/follow-up/allocation-forecast';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { operatingStatementTkrTable } from '#domain/reports/operating-statement-report';
import { Option } from 'commander';
import { renderCsv } from '#server/documents/csv';
import { renderTextTable } from '#server/documents/text-table';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import { orgTree } from '#server/features/organisation/organisation.service';
import { recordAudit } from '#server/features/audit/audit.service';
import {
  parseFormatOption,
  parseMonthOption,
  parseYearOption,
  REPORT_FORMATS,
  type ReportFormat,
} from '../arguments';
import { cliChange } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { choose, chooseBoard } from '../command-helpers';

interface OperatingStatementOptions {
  readonly year: number;
  readonly month: Month;
  readonly format: ReportFormat;
  readonly municipality?: string;
  readonly board?: string;
  readonly unit?: string;
}

/** report operating-statement: the driftredovisning as a table, CSV or JSON, in tkr. */
export const reportOperatingStatementCommand = defineCommand<OperatingStatementOptions>({
  name: 'report operating-statement',
  description: 'driftredovisning för en nämnd, avdelning eller enhet, i tkr',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2023', parseYearOption)
      .requiredOption(
        '--month <månad>',
        'rapportmånad 1–12 (utfall januari t.o.m. månaden)',
        parseMonthOption,
      )
      .addOption(
        new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(parseFormatOption),
      )
      .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)')
      .option('--unit <ansvar>', 'en avdelnings eller enhets ansvarskod, t.ex. 8112'),
  handler: async ({ database, io, options }) => {
    const { municipality, board } = await chooseBoard(database, options);
    let orgUnitId: string | undefined;
    if (options.unit !== undefined) {
      const tree = await orgTree(database.db, municipality.id, board.id);
      orgUnitId = choose(tree.units, options.unit, { option: '--unit <ansvar>', noun: 'enhet' }).id;
    }

    const statement = await operatingStatement(database.db, {
      municipalityId: municipality.id,
      boardId: board.id,
      year: options.year,
      month: options.month,
      orgUnitId,
    });
    const scopeName = statement.path.at(-1)?.name ?? board.name;
    const caption = `Driftredovisning ${scopeName}, ${municipality.name}, januari–${MONTH_NAMES_SV[options.month]} ${options.year}. Belopp i tkr.`;
    const table = operatingStatementTkrTable(caption, statement.lines, options.year, options.month);
    // Every document made is in the audit log: what, for which scope and period, in which format.
    const { actor, clock } = cliChange();
    await recordAudit(database.db, clock, actor, {
      action: 'document-generate',
      municipalityId: municipality.id,
      objectType: 'operating-statement',
      objectId: orgUnitId ?? board.id,
      details: {
        document: 'driftredovisning',
        format: options.format,
        year: options.year,
        month: options.month,
        boardCode: board.code,
        unitCode: options.unit ?? null,
      },
    });

    if (options.format === 'csv') {
      io.stdout.write(renderCsv(table));
    } else if (options.format === 'json') {
      io.stdout.write(
        `${JSON.stringify(
          {
            municipality: statement.municipality,
            board: statement.board,
            orgUnit: statement.path.at(-1) ?? null,
            year: statement.year,
            month: statement.month,
            lastActualMonth: statement.lastActualMonth,
            // The board's kommunbidrag in öre: as budgeted, revised by the decisions to the
            // month, and the expected change its forecast counts (null: none).
            allocation: statement.path.length === 0 ? statement.allocation : null,
            unit: 'tkr',
            columns: table.columns,
            rows: table.rows.map((row, index) => ({
              key: row.key,
              label: row.label,
              tkr: row.values,
              ore: statement.lines[index]?.figures,
            })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      io.stdout.write(renderTextTable(table));
      // The board's kommunbidrag as budgeted beside the revised one, and its expected change.
      const notes =
        statement.path.length === 0
          ? statementAllocationNotesSv(statement.allocation, options.month)
          : [];
      if (notes.length > 0) io.stdout.write(`\n${notes.join('\n')}\n`);
      if (statement.lastActualMonth !== null && statement.lastActualMonth < options.month) {
        io.stdout.write(
          `\nObs: utfall finns till och med ${MONTH_NAMES_SV[statement.lastActualMonth]} ${options.year}.\n`,
        );
      }
    }
    return 0;
  },
});
