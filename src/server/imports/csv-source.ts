import { CsvLedgerReader, type CsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import type { ImportIssue } from '#domain/ledger/import-issue';
import type { SourceTransaction } from '#domain/ledger/ledger-mapping';
import { readLines } from './file-lines';
import type { TextEncodingName } from './text-encoding';

export interface CsvSourceResult {
  readonly issues: readonly ImportIssue[];
  readonly truncatedIssues: boolean;
  readonly transactionCount: number;
  readonly lineCount: number;
  readonly replacementCharacters: number;
  readonly accountNames: ReadonlyMap<string, string>;
}

/** Reads a ledger CSV export into source transactions, a chunk at a time. */
export async function readCsvSource(options: {
  readonly path: string;
  readonly encoding: TextEncodingName;
  readonly mapping: CsvColumnMapping;
  readonly maxIssues: number;
  readonly onTransaction: (transaction: SourceTransaction) => void;
  readonly afterChunk: (bytesRead: number) => Promise<void>;
}): Promise<CsvSourceResult> {
  const reader = new CsvLedgerReader(options.mapping, options.onTransaction, options.maxIssues);
  let replacementCharacters = 0;
  const lineCount = await readLines(
    options.path,
    options.encoding,
    (text, line) => {
      if (text.includes('\uFFFD')) replacementCharacters += text.split('\uFFFD').length - 1;
      reader.readLine(text, line);
    },
    options.afterChunk,
  );
  await options.afterChunk(0);
  return { ...reader.finish(), lineCount, replacementCharacters };
}
