import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { collect, parseEncodingOption } from '../arguments';
import { cliActor, cliChange, cliContext } from '../cli-actor';
import type { CommandRun } from '../cli-command';
import {
  importLedgerFile,
  type ImportTarget,
} from '#server/features/ledger-import/ledger-import.service';
import type { LedgerFormat } from '#server/features/ledger-import/ledger-source';
import type { TextEncodingName } from '#server/imports/text-encoding';
import { CSV_MAPPING_FIELDS, type CsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import { UsageError } from '../cli-io';
import { inputFile } from '../cli-files';
import { progressBar } from '../progress-bar';
import { renderImportOutcome } from '../render-import-outcome';

export interface ImportLedgerOptions {
  readonly municipality?: string;
  readonly newMunicipality?: string;
  readonly name?: string;
  readonly boardName: string;
  readonly boardCode: string;
  readonly dryRun: boolean;
  readonly accountMap?: string;
  readonly unitDimension?: number;
  readonly encoding?: TextEncodingName | 'auto';
  readonly createUnits: boolean;
  readonly mapUnit: readonly string[];
  readonly defaultUnit?: string;
  readonly json: boolean;
  /** SIE: also the file's #PBUDGET, as a draft budget version. */
  readonly budget?: boolean;
  /** CSV: field=Column pairs, e.g. "date=Bokföringsdatum,account=Konto,unit=Ansvar,amount=Belopp". */
  readonly columns?: string;
  readonly delimiter?: string;
  readonly decimal?: string;
  readonly sign?: string;
}

const CSV_FIELDS: readonly string[] = CSV_MAPPING_FIELDS;

/** The CSV column mapping from the options, or undefined to use the remembered one. */
function csvColumns(options: ImportLedgerOptions): CsvColumnMapping | undefined {
  if (options.columns === undefined) {
    if (options.delimiter || options.decimal || options.sign) {
      throw new UsageError('--delimiter, --decimal och --sign anges tillsammans med --columns.');
    }
    return undefined;
  }
  const mapping: Record<string, string> = {};
  for (const pair of options.columns.split(',')) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim());
    if (!CSV_FIELDS.includes(field) || column === '') {
      throw new UsageError(
        `--columns ska vara fält=Kolumnrubrik med fälten ${CSV_FIELDS.join(', ')} (fick ”${pair}”).`,
      );
    }
    mapping[field] = column;
  }
  const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
  if (delimiter !== undefined && delimiter !== ';' && delimiter !== ',' && delimiter !== '\t') {
    throw new UsageError(`--delimiter ska vara ; , eller tab (fick ”${options.delimiter ?? ''}”).`);
  }
  if (options.decimal !== undefined && options.decimal !== ',' && options.decimal !== '.') {
    throw new UsageError(`--decimal ska vara , eller . (fick ”${options.decimal}”).`);
  }
  if (
    options.sign !== undefined &&
    options.sign !== 'debit-positive' &&
    options.sign !== 'result-sign'
  ) {
    throw new UsageError(
      `--sign ska vara debit-positive eller result-sign (fick ”${options.sign}”).`,
    );
  }
  const { account, unit, amount } = mapping;
  if (!account || !unit || !amount || (!mapping.date && !mapping.period)) {
    throw new UsageError('--columns behöver account, unit, amount och date eller period.');
  }
  return {
    ...mapping,
    account,
    unit,
    amount,
    ...(delimiter ? { delimiter } : {}),
    ...(options.decimal ? { decimal: options.decimal } : {}),
    ...(options.sign ? { sign: options.sign } : {}),
  };
}

function target(options: ImportLedgerOptions): ImportTarget {
  if (options.newMunicipality !== undefined) {
    if (options.municipality !== undefined) {
      throw new UsageError('Ange antingen --municipality eller --new-municipality, inte båda.');
    }
    if (!options.name)
      throw new UsageError('En ny kommun behöver ett namn: --name "Alingsås kommun".');
    return {
      kind: 'new',
      code: options.newMunicipality,
      name: options.name,
      boardCode: options.boardCode,
      boardName: options.boardName,
    };
  }
  return { kind: 'existing', municipalityCode: options.municipality };
}

function unitMappings(pairs: readonly string[]): Map<string, string> {
  const mappings = new Map<string, string>();
  for (const pair of pairs) {
    const [fileCode, unitCode] = pair.split('=');
    if (!fileCode || !unitCode)
      throw new UsageError(`--map-unit ska vara FILKOD=ENHETSKOD (fick ”${pair}”).`);
    mappings.set(fileCode, unitCode);
  }
  return mappings;
}

/** The options import sie and import csv share (after each one's own). */
export const importOptions = (command: Command): Command =>
  command
    .option('--municipality <kommunkod>', 'kommunen att läsa in till (behövs om det finns flera)')
    .option('--dry-run', 'granska bara: visa månader, summor och problem utan att spara', false)
    .option('--account-map <fil>', 'kontogrupper från fil: account_from;account_to;account_group')
    .addOption(
      new Option('--encoding <teckenkodning>', 'auto, utf-8, cp437 eller windows-1252')
        .default('auto')
        .argParser(parseEncodingOption),
    )
    .option('--create-units', 'skapa enheter för ansvarskoder i filen som inte finns', false)
    .option(
      '--map-unit <filkod=enhetskod>',
      'koppla en ansvarskod i filen till en enhet (kan upprepas, sparas)',
      collect,
      [],
    )
    .option('--default-unit <enhetskod>', 'enhet för resultattransaktioner utan ansvar (sparas)')
    .option('--json', 'skriv resultatet som JSON', false);

/**
 * import sie FILE, import csv FILE: reads a ledger file into a municipality. Exit code 0 only
 * when it went in (or, with --dry-run, when the check found nothing wrong).
 */
export async function importLedger(
  { database, io, options, argument: path }: CommandRun<ImportLedgerOptions>,
  format: LedgerFormat,
): Promise<number> {
  const csvMapping = format === 'csv' ? csvColumns(options) : undefined;
  const importTarget = target(options);
  const file = await inputFile(io, path);
  const accountMap =
    options.accountMap === undefined
      ? undefined
      : await inputFile(io, options.accountMap, 'Kontogruppsfilen');
  const bar = progressBar(io.stderr);
  const outcome = await importLedgerFile(cliContext(database, null), {
    format,
    csvColumns: csvMapping,
    path: file,
    fileName: basename(path),
    target: importTarget,
    dryRun: options.dryRun,
    encoding: options.encoding === 'auto' ? undefined : options.encoding,
    unitDimension: options.unitDimension,
    accountMapPath: accountMap,
    createUnits: options.createUnits,
    unitMappings: unitMappings(options.mapUnit),
    defaultUnitCode: options.defaultUnit,
    importBudget: options.budget === true,
    importedBy: cliActor().username,
    audit: cliChange(),
    onProgress: (progress) => {
      bar.update(
        progress.phase === 'scanning' ? 'Granskar' : 'Läser in',
        progress.bytes,
        progress.totalBytes,
      );
    },
  });
  bar.finish();
  io.stdout.write(
    options.json ? `${JSON.stringify(outcome, null, 2)}\n` : renderImportOutcome(outcome),
  );
  return outcome.status === 'refused' ? 1 : 0;
}
