import { formatTarget } from '#domain/goals/indicator';
import { carryOverGoals } from '#server/features/goals/goals-carry-over.service';
import { parseYearOption } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

interface GoalsCarryOverOptions {
  readonly from: number;
  readonly municipality?: string;
  readonly board?: string;
}

const numbersSv = (numbers: readonly number[]): string => numbers.map(String).join(', ');

/**
 * goals carry-over --from YEAR: the board's goals and indicators copied to the next year as
 * the budget's proposal, every target listed for review.
 */
export const goalsCarryOverCommand = defineCommand<GoalsCarryOverOptions>({
  name: 'goals carry-over',
  description:
    'för över nämndens mål och nyckeltal till nästa år som förslag (målvärdena listas för att ses över)',
  usage: '--from <år> [flaggor]',
  options: (command) =>
    command
      .requiredOption('--from <år>', 'året vars mål förs över till året efter', parseYearOption)
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)'),
  handler: async ({ database, io, options }) => {
    const { municipality, board, ref } = await chooseBoard(database, options);
    const summary = await carryOverGoals(cliContext(database, ref), { fromYear: options.from });
    const from = String(summary.fromYear);
    const to = String(summary.toYear);
    const lines = [
      `Förde över ${String(summary.boardGoals)} nämndmål med ${String(summary.targets.length)} nyckeltal från ${from} till ${to} för ${board.name}, ${municipality.name}, som förslag.`,
      `Målvärdena är kopierade från ${from} och behöver ses över (ändra dem med goals import --year ${to}):`,
    ];
    let goal = '';
    for (const carried of summary.targets) {
      if (carried.boardGoal !== goal) lines.push(`  ${carried.boardGoal}`);
      goal = carried.boardGoal;
      const target = carried.target === null ? 'inget mål' : formatTarget(carried.target);
      lines.push(`    ${carried.indicator}: ${target}`);
    }
    const term = `mandatperioden ${to}–${String(summary.toYear + 3)}`;
    if (summary.councilGoalsCopied.length > 0)
      lines.push(`KF-mål ${numbersSv(summary.councilGoalsCopied)} kopierades till ${term}.`);
    if (summary.councilGoalsKept.length > 0)
      lines.push(
        `KF-mål ${numbersSv(summary.councilGoalsKept)} fanns redan för ${term} och behåller sin text: kontrollera att nämndmålen hör dit.`,
      );
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});
