import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Option } from 'commander';
import { swedishDateTimeMinutes } from '#contract/swedish-time';
import type { Month } from '#domain/kernel/period';
import {
  importPlacements,
  undoLatestPlacementImport,
} from '#server/features/placements/placements-import.service';
import {
  placementReportCsv,
  placementReportJson,
  placementReportTable,
} from '#server/features/placements/placements-report-output';
import { placementReportOf } from '#server/features/placements/placements-report.service';
import {
  formatParser,
  parseMonthOption,
  parseYearOption,
  REPORT_FORMATS,
  type ReportFormat,
} from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { inputFile } from '../cli-files';
import { fileProblemsMessage, municipalityId } from '../command-helpers';

/** The placement register (köpt vård): import, undo the latest import, the report. */

interface MunicipalityOption {
  readonly municipality?: string;
}

const municipalityOption = '--municipality <kommunkod>';
const municipalityHelp = 'kommunkod, t.ex. 1489 (behövs om det finns flera)';

/** import placements FILE: the case system's placements, replacing the register of their units. */
export const importPlacementsCommand = defineCommand<MunicipalityOption>({
  name: 'import placements',
  description:
    'läs in placeringsregistret (köpt vård); filen ersätter registret för de enheter den tar upp (alla rader eller, vid fel, ingen)',
  usage: '<fil> [flaggor]',
  argument: {
    name: '<fil>',
    description:
      '.csv (semikolon) med kolumnerna placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;planerat_slutdatum;dygnskostnad',
  },
  options: (command) => command.option(municipalityOption, municipalityHelp),
  handler: async ({ database, io, options, argument: file }) => {
    const path = await inputFile(io, file);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const summary = await importPlacements(cliContext(database, scope), {
      name: basename(file),
      bytes: await readFile(path),
    }).catch((error: unknown) => {
      throw fileProblemsMessage(error);
    });
    io.stdout.write(
      `Läste in ${String(summary.placements)} placeringar för ${String(summary.unitCodes.length)} enheter (${summary.unitCodes.join(', ')}) från ${basename(file)}, ${summary.firstDate} – ${summary.lastDate}. Enheternas register är nu filens.\n`,
    );
    return 0;
  },
});

/** import placements-undo: the latest placement import undone. */
export const undoPlacementsCommand = defineCommand<MunicipalityOption>({
  name: 'import placements-undo',
  description:
    'ångra den senaste inläsningen av placeringsregistret: dess enheter får tillbaka registret från inläsningen före',
  options: (command) => command.option(municipalityOption, municipalityHelp),
  handler: async ({ database, io, options }) => {
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const undone = await undoLatestPlacementImport(cliContext(database, scope)).catch(
      (error: unknown) => {
        throw fileProblemsMessage(error);
      },
    );
    io.stdout.write(
      `Inläsningen av ${undone.fileName} (${swedishDateTimeMinutes(undone.importedAt)}) är ångrad: ${String(undone.restoredUnits)} enheter har registret från inläsningen före, ${String(undone.clearedUnits)} har inget register.\n`,
    );
    return 0;
  },
});

interface PlacementReportOptions extends MunicipalityOption {
  readonly year: number;
  readonly month: Month;
  readonly format: ReportFormat;
}

/** report placements: a row per unit, the total Summa; table, CSV or JSON. */
export const reportPlacementsCommand = defineCommand<PlacementReportOptions>({
  name: 'report placements',
  description:
    'placeringar (köpt vård) per enhet: antal, vårddygn och kostnad hittills, prognos för resten av året och helåret',
  options: (command) =>
    command
      .requiredOption('--year <år>', 'rapportens år, t.ex. 2023', parseYearOption)
      .requiredOption('--month <månad>', 'rapportmånaden, 1–12', parseMonthOption)
      .addOption(
        new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
          .default('table')
          .argParser(formatParser(REPORT_FORMATS)),
      )
      .option(municipalityOption, municipalityHelp),
  handler: async ({ database, io, options }) => {
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    const report = await placementReportOf(cliContext(database, scope), {
      year: options.year,
      month: options.month,
    });
    io.stdout.write(
      options.format === 'csv'
        ? placementReportCsv(report)
        : options.format === 'json'
          ? placementReportJson(report)
          : placementReportTable(report),
    );
    return 0;
  },
});
