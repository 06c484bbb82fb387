import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseAccountMapFile } from '#domain/ledger/account-map-file';
import type { AccountRange } from '#domain/ledger/account-mapping';
import { isCsvColumnMapping, type CsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import type { ImportIssue } from '#domain/ledger/import-issue';
import { KOMMUN_BAS_ACCOUNT_RANGES } from '#domain/ledger/kommun-bas';
import { LedgerMapper } from '#domain/ledger/ledger-mapping';
import type { SieHeader } from '#domain/ledger/sie/sie-reader';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import { loadChart, type ChartOfAccounts } from '../chart/chart.service';
import { unitCodeDirectory, type UnitCodeDirectory } from '../organisation/organisation.service';
import type { ResolvedTarget } from './import-target';
import { findImportSetting } from './ledger-import.repo';
import type { LedgerFormat, SourceSetting } from './ledger-source';
import { importMappingRules, type ImportUnits } from './mapping-rules';

/** What the user chose for an import (LedgerImportRequest), as the setup reads it. */
export interface ImportChoices {
  readonly format: LedgerFormat;
  readonly unitDimension?: number | undefined;
  readonly createUnits?: boolean | undefined;
  readonly unitMappings?: ReadonlyMap<string, string> | undefined;
  readonly defaultUnitCode?: string | undefined;
  readonly importBudget?: boolean | undefined;
  readonly csvColumns?: CsvColumnMapping | undefined;
}

/**
 * How an import maps its file: the account groups, the municipality's units and accounts, the
 * settings remembered from earlier imports or given now, and how the file is to be read.
 */
export interface ImportSetup {
  readonly ranges: readonly AccountRange[];
  readonly chart: ChartOfAccounts;
  readonly directory: UnitCodeDirectory;
  readonly unitDimension: number;
  readonly defaultUnitCode: string | undefined;
  readonly csvMapping: CsvColumnMapping | undefined;
  readonly units: ImportUnits;
  readonly mapper: LedgerMapper;
  readonly source: SourceSetting;
  /** Called with the file's SIE header once read: the rules read account types and unit names in it. */
  readonly onHeader: (header: SieHeader) => void;
}

/** An account map file given with the import (a path, or its text): its ranges, or its problems. */
export async function readAccountMap(request: {
  readonly accountMapPath?: string | undefined;
  readonly accountMapText?: { readonly fileName: string; readonly text: string } | undefined;
}): Promise<{ ranges?: AccountRange[]; issues: ImportIssue[] }> {
  const { accountMapPath: path, accountMapText } = request;
  const given =
    path !== undefined
      ? { fileName: path.split(/[\\/]/).at(-1) ?? path, text: await readFile(path, 'utf8') }
      : accountMapText;
  if (given === undefined) return { issues: [] };
  const parsed = parseAccountMapFile(given.text);
  return {
    ranges: parsed.ranges,
    issues: parsed.issues.map((issue) => ({ ...issue, file: given.fileName })),
  };
}

/**
 * Sets an import up: the account ranges (a new account map, the municipality's, or Kommun-BAS
 * for a new municipality), its units and the unit mappings, the unit dimension, default unit
 * and CSV columns (given, or remembered from the last import), and the mapping rules. A
 * default unit or a unit mapping naming no unit, and a CSV import without its columns, are
 * refused.
 */
export async function setUpImport(
  db: Db,
  choices: ImportChoices,
  target: ResolvedTarget,
  accountMapRanges: readonly AccountRange[] | undefined,
  file: { readonly hasVerifications: boolean },
): Promise<ImportSetup> {
  const municipalityId = target.municipality.id;
  const chart: ChartOfAccounts = municipalityId
    ? await loadChart(db, municipalityId)
    : { ranges: [], accounts: new Map() };
  const ranges = accountMapRanges ?? (target.existing ? chart.ranges : KOMMUN_BAS_ACCOUNT_RANGES);
  const directory: UnitCodeDirectory = municipalityId
    ? await unitCodeDirectory(db, municipalityId)
    : { units: new Map(), mappings: new Map(), maxSortOrder: 0 };
  const setting = municipalityId ? await findImportSetting(db, municipalityId) : undefined;
  const unitDimension = choices.unitDimension ?? setting?.unit_dimension ?? 1;
  const defaultUnitCode = choices.defaultUnitCode ?? setting?.default_unit_code ?? undefined;
  const storedCsvMapping = isCsvColumnMapping(setting?.csv_mapping)
    ? setting.csv_mapping
    : undefined;
  const csvMapping = choices.csvColumns ?? storedCsvMapping;
  // A new municipality gets its default unit created; an existing one must have it.
  const defaultUnit =
    defaultUnitCode === undefined
      ? undefined
      : (directory.units.get(defaultUnitCode) ??
        (target.existing
          ? undefined
          : { id: randomUUID(), code: defaultUnitCode, name: defaultUnitCode }));
  if (defaultUnitCode !== undefined && !defaultUnit) {
    throw new AppError('invalid-request', 'Unknown default unit', {
      issues: [{ field: 'defaultUnit', problem: 'invalid_value', value: defaultUnitCode }],
    });
  }
  for (const [fileCode, unitCode] of choices.unitMappings ?? []) {
    if (!directory.units.has(unitCode)) {
      throw new AppError('invalid-request', 'Unit mapping to an unknown unit', {
        issues: [{ field: 'mapUnit', problem: 'invalid_value', value: `${fileCode}=${unitCode}` }],
      });
    }
  }

  let header: SieHeader | undefined;
  const format = choices.format;
  const units = importMappingRules({
    ranges,
    directory,
    accountTypeOf: (account) => header?.accounts.get(account)?.type,
    objectNameOf: (code) => header?.objects.get(unitDimension)?.get(code),
    unitMappings: choices.unitMappings ?? new Map(),
    // A CSV file declares no units: a new municipality gets one per code it uses.
    createUnits:
      choices.createUnits || (!target.existing && format === 'csv')
        ? 'all'
        : target.existing
          ? 'none'
          : 'declared',
    defaultUnit,
    newDefaultUnit: defaultUnit && 'name' in defaultUnit ? defaultUnit : undefined,
  });
  const source: SourceSetting =
    format === 'csv'
      ? { format, mapping: csvMapping ?? missingCsvMapping() }
      : {
          format,
          unitDimension,
          hasVerifications: file.hasVerifications,
          withBudget: choices.importBudget === true,
        };
  return {
    ranges,
    chart,
    directory,
    unitDimension,
    defaultUnitCode,
    csvMapping,
    units,
    mapper: new LedgerMapper(units.rules),
    source,
    onHeader: (complete) => {
      header = complete;
    },
  };
}

function missingCsvMapping(): never {
  throw new AppError('invalid-request', 'A CSV import needs its column mapping once', {
    issues: [{ field: 'columns', problem: 'required' }],
  });
}
