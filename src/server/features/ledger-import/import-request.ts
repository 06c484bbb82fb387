import type { Clock } from '#server/clock';
import type { AuditActor } from '../audit/audit.service';
import type { CsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import type { TextEncodingName } from '#server/imports/text-encoding';
import type { LedgerFormat } from './ledger-source';
import type { ImportTarget } from './import-target';

export interface ImportProgress {
  readonly phase: 'scanning' | 'reading';
  readonly bytes: number;
  readonly totalBytes: number;
}

export interface LedgerImportRequest {
  readonly format: LedgerFormat;
  readonly path: string;
  /** The name the user knows the file by (shown in the import list and in problems). */
  readonly fileName: string;
  readonly target: ImportTarget;
  readonly dryRun: boolean;
  /** Overrides the detected character encoding. */
  readonly encoding?: TextEncodingName | undefined;
  /** The SIE dimension that holds units (ansvar); remembered per municipality, 1 by default. */
  readonly unitDimension?: number | undefined;
  /** An account map file replacing the municipality's mapping of accounts to groups. */
  readonly accountMapPath?: string | undefined;
  /** The same, as text sent with the request (the web page reads the file in the browser). */
  readonly accountMapText?: { readonly fileName: string; readonly text: string } | undefined;
  /** Create a unit (under the board) for every unit code in the file that is no unit yet. */
  readonly createUnits?: boolean | undefined;
  /** File unit code -> existing unit code; remembered for later imports. */
  readonly unitMappings?: ReadonlyMap<string, string> | undefined;
  /** The unit for result transactions that have no unit in the file. */
  readonly defaultUnitCode?: string | undefined;
  /** SIE only: also bring the file's #PBUDGET in, as a draft budget version of the board. */
  readonly importBudget?: boolean | undefined;
  /** CSV only: which columns hold what; remembered per municipality once given. */
  readonly csvColumns?: CsvColumnMapping | undefined;
  readonly importedBy: string | null;
  /** Who imports, for the audit log; the committed import is recorded in its transaction. */
  readonly audit?: { readonly actor: AuditActor | null; readonly clock: Clock } | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  readonly maxIssues?: number | undefined;
}
