import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importGoalsFile, type ImportCounts } from '#server/features/goals/goals-import.service';
import { parseYearOption } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { chooseBoard, fileProblemsMessage } from '../command-helpers';

interface GoalsImportOptions {
  readonly year: number;
  readonly municipality?: string;
  readonly board?: string;
}

/** "2 nya, 1 ändrat, 5 oförändrade" (mål and nyckeltal are both neuter). */
const countsSv = (counts: ImportCounts): string =>
  [
    `${String(counts.created)} ${counts.created === 1 ? 'nytt' : 'nya'}`,
    `${String(counts.updated)} ${counts.updated === 1 ? 'ändrat' : 'ändrade'}`,
    `${String(counts.unchanged)} ${counts.unchanged === 1 ? 'oförändrat' : 'oförändrade'}`,
  ].join(', ');

/** goals import FILE: a board's goals and indicators of a year from a CSV or XLSX file. */
export const goalsImportCommand = defineCommand<GoalsImportOptions>({
  name: 'goals import',
  description:
    'läs in nämndens mål och nyckeltal för ett år från en fil (alla rader eller, vid fel, ingen)',
  usage: '<fil> --year <år> [flaggor]',
  argument: {
    name: '<fil>',
    description:
      '.csv (semikolon) eller .xlsx med kolumnerna kf_mal;namndmal;indikator;enhet;riktning;mal;jamforelse;kalla;kolada_kpi;agenda2030',
  },
  options: (command) =>
    command
      .requiredOption('--year <år>', 'året målen gäller, t.ex. 2024', parseYearOption)
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)'),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const { municipality, board, ref } = await chooseBoard(database, options);
    const summary = await importGoalsFile(cliContext(database, ref), {
      year: options.year,
      file: { name: basename(file), bytes: await readFile(path) },
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    const term = `${String(summary.termStartYear)}–${String(summary.termStartYear + 3)}`;
    const lines = [
      `Läste in ${basename(file)}: mål och nyckeltal ${String(summary.year)} för ${board.name}, ${municipality.name}.`,
      `  KF-mål (mandatperioden ${term}): ${countsSv(summary.councilGoals)}`,
      `  Nämndmål: ${countsSv(summary.boardGoals)}`,
      `  Nyckeltal: ${countsSv(summary.indicators)}`,
    ];
    if (summary.continuedSeries > 0)
      lines.push(
        `  ${String(summary.continuedSeries)} nya nyckeltal fortsätter förra årets serie med samma namn (förra årets utfall visas som föregående år).`,
      );
    if (summary.keptBoardGoals.length + summary.keptIndicators.length > 0) {
      lines.push('Finns sedan tidigare men inte i filen (behålls, sist i ordningen):');
      for (const text of summary.keptBoardGoals) lines.push(`  Nämndmål: ${text}`);
      for (const name of summary.keptIndicators) lines.push(`  Nyckeltal: ${name}`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});
