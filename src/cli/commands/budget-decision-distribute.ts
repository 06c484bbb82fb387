import type { DistributionRowDto } from '#contract/budget-decisions';
import { amountFromTkrText } from '#domain/budget/budget-workbook-reader';
import { formatTkr } from '#domain/kernel/format';
import {
  ACCOUNT_GROUP_NAMES_SV,
  ACCOUNT_GROUPS,
  accountGroupFromSwedishName,
  isAccountGroup,
  type AccountGroup,
} from '#domain/ledger/account-group';
import { ZERO_ORE, type Ore } from '#domain/kernel/money';
import { budgetDecisionsOfYear } from '#server/features/budget/budget-decisions.service';
import { saveDecisionDistribution } from '#server/features/budget/budget-distribution.service';
import { orgTree } from '#server/features/organisation/organisation.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { UsageError } from '../cli-io';
import { chooseBoard } from '../command-helpers';
import { boardYearOptions, type BoardYearOptions } from './budget-decision';

/**
 * budget decision distribute: a kommunbidrag decision distributed to units as a budget
 * adjustment (the decided budget version stays as it is), as the Budget page does it. The rows
 * given replace the decision's distribution; --clear removes it.
 */

/** "100:personnel_costs:30" or "100:Personalkostnader:30": unit code, account group, tkr. */
interface RowText {
  readonly unitCode: string;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

function parseRow(value: string, previous: readonly RowText[] = []): RowText[] {
  const parts = value.split(':');
  const [unitCode = '', groupText = '', amountText = ''] = parts;
  const group = isAccountGroup(groupText.trim())
    ? groupText.trim()
    : accountGroupFromSwedishName(groupText);
  const reading = amountFromTkrText(amountText);
  if (
    parts.length !== 3 ||
    unitCode.trim() === '' ||
    group === undefined ||
    reading.kind !== 'amount'
  ) {
    const groups = ACCOUNT_GROUPS.map((key) => ACCOUNT_GROUP_NAMES_SV[key]).join(', ');
    throw new UsageError(
      `--row ska vara enhetskod:kontogrupp:tkr, t.ex. ”100:Personalkostnader:30” (kontogrupper: ${groups}; fick ”${value}”).`,
    );
  }
  return [
    ...previous,
    { unitCode: unitCode.trim(), accountGroup: group as AccountGroup, amount: reading.amount },
  ];
}

interface DistributeOptions extends BoardYearOptions {
  readonly reference: string;
  readonly row?: readonly RowText[];
  readonly clear?: boolean;
}

export const budgetDecisionDistributeCommand = defineCommand<DistributeOptions>({
  name: 'budget decision distribute',
  description:
    'fördela ett beslut om kommunbidrag på enheter (budgetjustering; den beslutade budgeten ändras inte)',
  options: (command) =>
    boardYearOptions(command)
      .requiredOption('--reference <text>', 'beslutets referens, t.ex. ”KS 2025-02-12 § 34”')
      .option(
        '--row <enhet:kontogrupp:tkr>',
        'en enhets andel i tkr med beslutets tecken, t.ex. ”100:Personalkostnader:30” (upprepa för fler)',
        parseRow,
      )
      .option('--clear', 'ta bort fördelningen (allt blir ej fördelat)'),
  handler: async ({ database, io, options }) => {
    const rowsGiven = options.row ?? [];
    if ((rowsGiven.length === 0) === (options.clear !== true)) {
      throw new UsageError('Ange antingen en eller flera --row eller --clear.');
    }
    const { municipality, board, ref } = await chooseBoard(database, options);
    const [list, tree] = await Promise.all([
      budgetDecisionsOfYear(database.db, ref, options.year),
      orgTree(database.db, ref.municipalityId, ref.boardId),
    ]);
    const wanted = options.reference.trim();
    const matching = list.decisions.filter((decision) => decision.reference === wanted);
    const decision = matching[0];
    if (matching.length !== 1 || !decision) {
      const known = list.decisions.map((entry) => `”${entry.reference}”`).join(', ');
      throw new UsageError(
        matching.length === 0
          ? `Inget beslut ${String(options.year)} har referensen ”${wanted}” (årets beslut: ${known || 'inga'}).`
          : `Flera beslut ${String(options.year)} har referensen ”${wanted}”: fördela dem på Budget-sidan.`,
      );
    }
    const rows: DistributionRowDto[] = rowsGiven.map((row) => {
      const unit = tree.units.find((candidate) => candidate.code === row.unitCode);
      if (!unit) throw new UsageError(`Enheten ${row.unitCode} finns inte i ${board.name}.`);
      return { orgUnitId: unit.id, accountGroup: row.accountGroup, amount: row.amount };
    });
    const revision =
      list.distributions.find((entry) => entry.decisionId === decision.id)?.revision ?? 0;
    const after = await saveDecisionDistribution(cliContext(database, ref), decision.id, {
      baseRevision: revision,
      rows,
    });
    const saved = after.distributions.find((entry) => entry.decisionId === decision.id);
    io.stdout.write(
      `${rows.length === 0 ? 'Tog bort fördelningen av' : 'Fördelade'} beslutet ${decision.reference} för ${board.name}, ${municipality.name}: ` +
        `${formatTkr(saved?.distributed ?? ZERO_ORE)} tkr fördelat, ${formatTkr(saved?.undistributed ?? decision.amount)} tkr ej fördelat.\n` +
        `Ej fördelat ${String(options.year)} totalt: ${formatTkr(after.undistributed)} tkr.\n`,
    );
    return 0;
  },
});
