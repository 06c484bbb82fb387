import { drawPeriodSample, planControlOf } from '#server/features/internal-control/samples.service';
import type { IsoDate } from '#domain/kernel/period';
import { InvalidArgumentError } from 'commander';
import { parseDateOption, parsePositiveInteger } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { UsageError } from '../cli-io';
import { chooseBoard } from '../command-helpers';
import { refusalMessage } from './sample-output';
import { orgTree } from '#server/features/organisation/organisation.service';

const POPULATIONS = { 'access-log': 'access_log', 'audit-log': 'audit_log' } as const;

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
}

function parsePopulation(value: string): keyof typeof POPULATIONS {
  if (value === 'access-log' || value === 'audit-log') return value;
  throw new InvalidArgumentError(
    `Population ska vara access-log eller audit-log (fick ”${value}”).`,
  );
}

/** sample draw: a reproducible sample of a log's users in a period, recorded. */
export const sampleDrawCommand = defineCommand<SampleDrawOptions>({
  name: 'sample draw',
  description:
    'dra ett stickprov av användare i en logg under en period (kan göras om av vem som helst)',
  options: (command) =>
    command
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)')
      .requiredOption(
        '--population <population>',
        'access-log (verksamhetssystemets åtkomstlogg) eller audit-log (Nämndkolls granskningslogg)',
        parsePopulation,
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
    const drawn = await drawPeriodSample(cliContext(database, ref), {
      population: POPULATIONS[options.population],
      period: { from: options.from, to: options.to },
      size: options.size,
      seed: options.seed,
      reviewerOrgUnitId,
      controlId,
    }).catch((error: unknown) => {
      throw refusalMessage(error);
    });
    io.stdout.write(
      [
        `Drog ${String(drawn.items.length)} av ${String(drawn.populationCount)} för ${board.name} (${options.from} – ${options.to}, startvärde ”${options.seed}”).`,
        `Stickprov ${drawn.sampleId}`,
        ...drawn.items.map((item, index) => `  ${String(index + 1).padStart(2)}. ${item.label}`),
        '',
      ].join('\n'),
    );
    return 0;
  },
});
