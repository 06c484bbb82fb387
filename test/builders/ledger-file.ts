import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A ledger transaction as a row of a CSV ledger file; the amount in öre. */
export interface LedgerFileRow {
  readonly date: string;
  readonly account: string;
  readonly unit: string;
  readonly amountOre: number;
  readonly verification?: string;
  readonly text?: string;
}

/** The columns of the file aLedgerCsvFile writes, as an import's CSV column mapping. */
export const LEDGER_CSV_COLUMNS = {
  date: 'Bokföringsdatum',
  verification: 'Verifikation',
  account: 'Konto',
  unit: 'Ansvar',
  amount: 'Belopp',
  text: 'Text',
} as const;

/** An amount in öre as the file writes kronor: "-4999,99". */
function kronorText(amountOre: number): string {
  const magnitude = Math.abs(amountOre);
  const kronor = String(Math.floor(magnitude / 100));
  const ore = String(magnitude % 100).padStart(2, '0');
  return `${amountOre < 0 ? '-' : ''}${kronor},${ore}`;
}

/**
 * The CSV ledger file of the rows (the columns of test/fixtures/ledger/ok/demo-september-2023.csv),
 * written to a new temporary folder; its path. Row n of the list is line n + 2 of the file.
 */
export function aLedgerCsvFile(name: string, rows: readonly LedgerFileRow[]): string {
  const lines = [
    'Bokföringsdatum;Verifikation;Konto;Ansvar;Belopp;Text',
    ...rows.map((row, index) =>
      [
        row.date,
        row.verification ?? `V-${String(index + 1)}`,
        row.account,
        row.unit,
        kronorText(row.amountOre),
        row.text ?? `Transaktion ${String(index + 1)}`,
      ].join(';'),
    ),
  ];
  const path = join(mkdtempSync(join(tmpdir(), 'nk-ledger-')), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
