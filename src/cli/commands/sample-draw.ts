import { drawPeriodSample, planControlOf } from '#server/features/internal-control/samples.service';
import type { IsoDate } from '#domain/kernel/period';
import { InvalidArgumentError } from 'commander';
import { drawLedgerSample } from '#server/features/internal-control/sample-draw.service';
import {
  checkLedgerParameters,
  type LedgerParameters,
} from '#domain/internal-control/ledger-population';
import { parseKronorToOre } from '#domain/kernel/parse';
import { formatKronor } from '#domain/kernel/format';
import { ore } from '#domain/kernel/money';
import { parseDateOption, parsePositiveInteger } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { UsageError } from '../cli-io';
import { chooseBoard } from '../command-helpers';
import { refusalMessage } from './sample-output';
import { orgTree } from '#server/features/organisation/organisation.service';

const POPULATIONS = {
  'access-log': 'access_log',
  'audit-log': 'audit_log',
  ledger: 'ledger',
} as const;

/** The options a ledger population's fields are given with. */
const LEDGER_OPTIONS = {
  from: '--from',
  to: '--to',
  accounts: '--accounts',
  minAmountOre: '--min-amount',
} as const;

interface SampleDrawOptions {
  readonly municipality?: string;
  readonly board?: string;
  readonly population: keyof typeof POPULATIONS;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly size: number;
  readonly seed: string;
  readonly reviewerUnit?: string;
  readonly control?: number;
  readonly accounts?: readonly string[];
  readonly minAmount?: number;
}

function parsePopulation(value: string): keyof typeof POPULATIONS {
  if (value === 'access-log' || value === 'audit-log' || value === 'ledger') return value;
  throw new InvalidArgumentError(
    `Population ska vara access-log, audit-log eller ledger (fick ”${value}”).`,
  );
}

/** --accounts 4710-4719,4730: the accounts and ranges, checked with the draw. */
function parseAccounts(value: string): string[] {
  return value.split(',').map((text) => text.trim());
}

/** --min-amount in kronor, with at most two decimals (comma or point), as whole öre. */
function parseMinAmount(value: string): number {
  const parsed = parseKronorToOre(value);
  if (parsed.kind !== 'number' || parsed.value < 0)
    throw new InvalidArgumentError(
      `--min-amount: lägsta belopp skrivs i kronor, 0 eller mer med högst två decimaler, t.ex. 5000 eller 2 500,50 (fick ”${value}”).`,
    );
  return parsed.value;
}

/**
 * The ledger population's parameters of the options, each problem naming its option; for the
 * other populations, --accounts and --min-amount are refused.
 */
function ledgerParametersOf(options: SampleDrawOptions): LedgerParameters {
  if (options.population !== 'ledger') {
    if (options.accounts !== undefined || options.minAmount !== undefined)
      throw new UsageError('--accounts och --min-amount gäller bara --population ledger.');
    return { from: options.from, to: options.to, accounts: [], minAmountOre: ore(0) };
  }
  const checked = checkLedgerParameters({
    from: options.from,
    to: options.to,
    accounts: options.accounts ?? [],
    minAmountOre: options.minAmount ?? 0,
  });
  if (!checked.ok)
    throw new UsageError(
      checked.issues.map((issue) => `${LEDGER_OPTIONS[issue.field]}: ${issue.detail}.`).join('\n'),
    );
  return checked.parameters;
}

/** sample draw: a reproducible sample of a log's users in a period, recorded. */
export const sampleDrawCommand = defineCommand<SampleDrawOptions>({
  name: 'sample draw',
  description:
    'dra ett stickprov av användare i en logg eller av bokförda transaktioner under en period (kan göras om av vem som helst)',
  options: (command) =>
    command
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)')
      .requiredOption(
        '--population <population>',
        'access-log (verksamhetssystemets åtkomstlogg), audit-log (Nämndkolls granskningslogg) eller ledger (bokförda transaktioner)',
        parsePopulation,
      )
      .option(
        '--accounts <konton>',
        'för ledger: konton och kontointervall, t.ex. 4710-4719,4730',
        parseAccounts,
      )
      .option(
        '--min-amount <kronor>',
        'för ledger: lägsta belopp i kronor (plus eller minus), t.ex. 5000',
        parseMinAmount,
      )
      .requiredOption('--from <datum>', 'periodens första dag, ÅÅÅÅ-MM-DD', parseDateOption)
      .requiredOption('--to <datum>', 'periodens sista dag, ÅÅÅÅ-MM-DD', parseDateOption)
      .requiredOption('--size <antal>', 'hur många som dras, t.ex. 15', parsePositiveInteger)
      .requiredOption(
        '--seed <text>',
        'startvärde som gör dragningen upprepbar, t.ex. "september 2023"',
      )
      .option('--reviewer-unit <enhetskod>', 'enheten vars chef granskar posterna')
      .option(
        '--control <nummer>',
        'kontrollpunktens nummer i nämndens internkontrollplan för --from:s år',
        parsePositiveInteger,
      ),
  handler: async ({ database, io, options }) => {
    if (options.from > options.to)
      throw new UsageError(`--to (${options.to}) är före --from (${options.from}).`);
    const ledger = ledgerParametersOf(options);
    const { ref, board } = await chooseBoard(database, options);
    let reviewerOrgUnitId: string | undefined;
    if (options.reviewerUnit !== undefined) {
      const tree = await orgTree(database.db, ref.municipalityId, ref.boardId);
      const unit = tree.units.find((candidate) => candidate.code === options.reviewerUnit);
      if (!unit)
        throw new UsageError(
          `Det finns ingen enhet med koden ”${options.reviewerUnit}” i ${board.name}.`,
        );
      reviewerOrgUnitId = unit.id;
    }
    let controlId: string | undefined;
    if (options.control !== undefined) {
      const year = Number(options.from.slice(0, 4));
      const control = await planControlOf(database.db, ref, year, { position: options.control });
      if (!control)
        throw new UsageError(
          `Internkontrollplanen ${String(year)} för ${board.name} har ingen kontrollpunkt ${String(options.control)}.`,
        );
      controlId = control.id;
    }
    const common = { size: options.size, seed: options.seed, reviewerOrgUnitId, controlId };
    const population = POPULATIONS[options.population];
    const drawn = await (
      population === 'ledger'
        ? drawLedgerSample(cliContext(database, ref), { ...common, parameters: ledger })
        : drawPeriodSample(cliContext(database, ref), {
            ...common,
            population,
            period: { from: options.from, to: options.to },
          })
    ).catch((error: unknown) => {
      throw refusalMessage(error);
    });
    const what =
      population === 'ledger'
        ? `, konton ${ledger.accounts.join(', ')}${ledger.minAmountOre > 0 ? `, belopp från ${formatKronor(ledger.minAmountOre)} kr` : ''}`
        : '';
    io.stdout.write(
      [
        `Drog ${String(drawn.items.length)} av ${String(drawn.populationCount)} för ${board.name} (${options.from} – ${options.to}${what}, startvärde ”${options.seed}”).`,
        `Stickprov ${drawn.sampleId}`,
        ...drawn.items.map((item, index) => `  ${String(index + 1).padStart(2)}. ${item.label}`),
        '',
      ].join('\n'),
    );
    return 0;
  },
});
