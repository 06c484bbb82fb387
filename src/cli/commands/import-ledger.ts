import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { Database } from '../../server/db/connect';
import {
  importLedgerFile,
  type ImportTarget,
} from '../../server/features/ledger-import/ledger-import.service';
import type { TextEncodingName } from '../../server/imports/text-encoding';
import { UsageError, type CliIo } from '../cli-io';
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

/** import sie FILE: reads a ledger file into a municipality. Exit code 0 only when it went in
 * (or, with --dry-run, when the check found nothing wrong). */
export async function importLedgerCommand(
  database: Database,
  io: CliIo,
  path: string,
  options: ImportLedgerOptions,
): Promise<number> {
  const bar = progressBar(io.stderr);
  const outcome = await importLedgerFile(database, {
    path,
    fileName: basename(path),
    target: target(options),
    dryRun: options.dryRun,
    encoding: options.encoding === 'auto' ? undefined : options.encoding,
    unitDimension: options.unitDimension,
    accountMapPath: options.accountMap,
    createUnits: options.createUnits,
    unitMappings: unitMappings(options.mapUnit),
    defaultUnitCode: options.defaultUnit,
    importedBy: `cli:${userInfo().username}`,
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
