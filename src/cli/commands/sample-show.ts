import { orgTree } from '#server/features/organisation/organisation.service';
import { redoSample, showSample } from '#server/features/internal-control/samples.service';
import type { Database } from '#server/db/connect';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { municipalityId } from '../command-helpers';
import { refusalMessage, sampleHeadLines, sampleItemLines } from './sample-output';

interface SampleOptions {
  readonly municipality?: string;
}

const SAMPLE_ARGUMENT = {
  name: '<stickprov>',
  description: 'stickprovets id (som sample draw skrev)',
};

async function unitNames(database: Database, municipality: string, boardId: string) {
  const tree = await orgTree(database.db, municipality, boardId);
  return (id: string) => {
    const unit = tree.get(id);
    return unit === undefined ? id : `${unit.code} ${unit.name}`;
  };
}

/** sample show: a sample's record, its items with their verdicts and the review's progress. */
export const sampleShowCommand = defineCommand<SampleOptions>({
  name: 'sample show',
  description:
    'visa ett stickprov: hur det drogs, posterna med bedömningar och hur långt granskningen kommit',
  usage: '<stickprov> [flaggor]',
  argument: SAMPLE_ARGUMENT,
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)'),
  handler: async ({ database, io, options, argument }) => {
    const municipality = await municipalityId(database, options.municipality);
    const view = await showSample(cliContext(database, { municipalityId: municipality }), argument);
    const names = await unitNames(database, municipality, view.sample.boardId);
    io.stdout.write([...sampleHeadLines(view), ...sampleItemLines(view, names), ''].join('\n'));
    return 0;
  },
});

/** sample redo: the auditor's check, the sample drawn again from its record and compared. */
export const sampleRedoCommand = defineCommand<SampleOptions>({
  name: 'sample redo',
  description:
    'dra ett stickprov igen med samma population, period, storlek och startvärde och jämför',
  usage: '<stickprov> [flaggor]',
  argument: SAMPLE_ARGUMENT,
  options: (command) =>
    command.option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)'),
  handler: async ({ database, io, options, argument }) => {
    const municipality = await municipalityId(database, options.municipality);
    const redone = await redoSample(
      cliContext(database, { municipalityId: municipality }),
      argument,
    ).catch((error: unknown) => {
      throw refusalMessage(error);
    });
    const recorded = redone.view.sample.populationCount;
    const verdict = redone.same
      ? `Samma stickprov: populationen har fortfarande ${String(recorded)} och samma ${String(redone.items.length)} drogs i samma ordning.`
      : `Inte samma stickprov: populationen har nu ${String(redone.populationCount)} (${String(recorded)} när det drogs) och dragningen ger:`;
    io.stdout.write(
      [
        ...sampleHeadLines(redone.view),
        verdict,
        ...(redone.same
          ? []
          : redone.items.map((item, index) => `  ${String(index + 1).padStart(2)}. ${item.label}`)),
        '',
      ].join('\n'),
    );
    return redone.same ? 0 : 1;
  },
});
