import { Option } from 'commander';
import type { InvestmentLinksDto } from '#contract/investment-links';
import { investmentLineLabelSv } from '#domain/budget/investment-links';
import { INVESTMENT_CATEGORIES, type InvestmentCategory } from '#domain/budget/investments';
import {
  investmentLinksOf,
  saveInvestmentLinks,
} from '#server/features/budget/investment-links.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { chooseBoard } from '../command-helpers';

interface BoardOptions {
  readonly municipality?: string;
  readonly board?: string;
}

interface LinkOptions extends BoardOptions {
  readonly category: InvestmentCategory;
  readonly name: string;
  readonly project: readonly string[];
  readonly account: readonly string[];
}

function linksText(links: InvestmentLinksDto): string {
  if (links.lines.length === 0) return 'Inga investeringsrader är kopplade till bokföringen.\n';
  return `${links.lines
    .map(
      (line) =>
        `${investmentLineLabelSv(line)}: projekt ${line.projectCodes.join(', ') || '–'}; konton ${line.accounts.join(', ') || '–'}`,
    )
    .join('\n')}\n`;
}

const boardOptions = <T extends { option: (flags: string, description: string) => T }>(
  command: T,
) =>
  command
    .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)');

/** investment links: the board's investment lines and the projects and accounts they read. */
export const investmentLinksCommand = defineCommand<BoardOptions>({
  name: 'investment links',
  description:
    'visa vilka projektkoder och tillgångskonton nämndens investeringsrader läser utfall från',
  options: boardOptions,
  handler: async ({ database, io, options }) => {
    const { ref } = await chooseBoard(database, options);
    io.stdout.write(linksText(await investmentLinksOf(database.db, ref)));
    return 0;
  },
});

/** investment link: sets a line's project codes and asset accounts (replacing the line's). */
export const investmentLinkCommand = defineCommand<LinkOptions>({
  name: 'investment link',
  description:
    'koppla en investeringsrad till projektkoder och tillgångskonton (ersätter radens kopplingar)',
  options: (command) =>
    boardOptions(command)
      .addOption(
        new Option('--category <kategori>', 'investeringens kategori')
          .choices(INVESTMENT_CATEGORIES)
          .makeOptionMandatory(),
      )
      .requiredOption('--name <namn>', 'radens namn, t.ex. Inventarier')
      .option('--project <kod...>', 'projektkoder (SIE-dimension 6)', [])
      .option('--account <konto...>', 'tillgångskonton 1000–1299, t.ex. 1220', []),
  handler: async ({ database, io, options }) => {
    const { ref } = await chooseBoard(database, options);
    // The command saves on the links as it reads them: refused only when a save comes between.
    const { revision } = await investmentLinksOf(database.db, ref);
    const links = await saveInvestmentLinks(cliContext(database, ref), {
      baseRevision: revision,
      category: options.category,
      name: options.name,
      projectCodes: options.project,
      accounts: options.account,
    });
    io.stdout.write(linksText(links));
    return 0;
  },
});
