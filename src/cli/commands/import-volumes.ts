import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describePeriodsSv } from '#domain/reports/period-labels';
import type { VolumeImportKind } from '#server/db/tables/volumes';
import {
  importAssistance,
  importVolumes,
  undoLatestVolumeImport,
  type VolumeImportSummary,
} from '#server/features/volumes/volumes-import.service';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { fileProblemsMessage, municipalityId } from '../command-helpers';

interface MunicipalityOption {
  readonly municipality?: string;
}

const municipalityOption = (command: Command) =>
  command.option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)');

function replacedText(summary: VolumeImportSummary): string {
  return summary.replacedPeriods.length === 0
    ? ''
    : ` Ersatte tidigare inläsning för ${describePeriodsSv(summary.replacedPeriods)}.`;
}

/** import assistance FILE: households and payments of financial assistance per month. */
export const importAssistanceCommand = defineCommand<MunicipalityOption>({
  name: 'import assistance',
  description:
    'läs in ekonomiskt bistånd: hushåll och utbetalt belopp per månad (ersätter filens månader)',
  usage: '<fil> [flaggor]',
  argument: {
    name: '<fil>',
    description:
      '.csv (semikolon) med kolumnerna hushall_id;period;belopp;enhet, period ÅÅÅÅMM, belopp i kr',
  },
  options: municipalityOption,
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const summary = await importAssistance(cliContext(database, scope), {
      name: basename(file),
      bytes: await readFile(path),
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    io.stdout.write(
      `Läste in ${String(summary.rows)} rader för ${String(summary.households ?? 0)} hushåll från ${basename(file)} (${describePeriodsSv(summary.periods)}).${replacedText(summary)}\n`,
    );
    return 0;
  },
});

/** import volumes FILE: monthly series per measure and unit (orosanmälningar, …). */
export const importVolumesCommand = defineCommand<MunicipalityOption>({
  name: 'import volumes',
  description:
    'läs in volymer, t.ex. orosanmälningar: ett värde per mått, enhet och månad (ersätter måttens månader)',
  usage: '<fil> [flaggor]',
  argument: {
    name: '<fil>',
    description: '.csv (semikolon) med kolumnerna matt;enhet;period;varde, period ÅÅÅÅMM',
  },
  options: municipalityOption,
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const summary = await importVolumes(cliContext(database, scope), {
      name: basename(file),
      bytes: await readFile(path),
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    io.stdout.write(
      `Läste in ${String(summary.rows)} rader (${(summary.measures ?? []).join(', ')}) från ${basename(file)} (${describePeriodsSv(summary.periods)}).${replacedText(summary)}\n`,
    );
    return 0;
  },
});

function undoCommand(kind: VolumeImportKind, what: string) {
  return defineCommand<MunicipalityOption>({
    name: `import ${kind}-undo`,
    description: `ångra den senaste inläsningen av ${what}: dess månader får värdena från inläsningen före`,
    options: municipalityOption,
    handler: async ({ database, io, options }) => {
      const scope = { municipalityId: await municipalityId(database, options.municipality) };
      const undone = await undoLatestVolumeImport(cliContext(database, scope), kind);
      const restored =
        undone.restoredPeriods.length === 0
          ? ''
          : ` ${describePeriodsSv(undone.restoredPeriods)} har nu värdena från inläsningen före den.`;
      io.stdout.write(
        `Inläsningen av ${undone.fileName} (${describePeriodsSv(undone.periods)}) är ångrad.${restored}\n`,
      );
      return 0;
    },
  });
}

export const importAssistanceUndoCommand = undoCommand('assistance', 'ekonomiskt bistånd');
export const importVolumesUndoCommand = undoCommand('volumes', 'volymer');
