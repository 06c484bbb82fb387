/**
 * Writes the import benchmark's SIE 4I file (CP437, CRLF, as a ledger system exports it) and,
 * optionally, the rows an import of it stores as a CSV file for PostgreSQL's \copy. Streamed
 * with backpressure: neither file is ever held in memory. The verifications are made twice
 * from the same seed: once to sum the year balances (#IB, #UB, #RES come before the
 * verifications in a file), once to write.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createEncoder } from '../src/server/imports/text-encoding';
import { BALANCE_ACCOUNTS, benchAccounts, benchUnits, type AccountKind } from './sie-chart';
import { benchVerifications } from './sie-verifications';

export interface CsvTarget {
  readonly path: string;
  readonly municipalityId: string;
  readonly batchId: string;
  /** Unit code -> org_unit id. */
  readonly unitIds: ReadonlyMap<string, string>;
}

export interface GeneratedFiles {
  readonly transactions: number;
  readonly verifications: number;
  /** #TRANS on result accounts: the rows an import stores. */
  readonly resultRows: number;
  readonly sieBytes: number;
}

const FLUSH_CHARACTERS = 1 << 16;

/** A text file written in pieces, waiting for the stream to drain when its buffer is full. */
class Output {
  private pending = '';
  bytes = 0;
  private readonly stream: WriteStream;

  constructor(
    path: string,
    private readonly encode: (text: string) => Uint8Array,
  ) {
    this.stream = createWriteStream(path);
  }

  /** Adds text; true when the caller should await flush(). */
  add(text: string): boolean {
    this.pending += text;
    return this.pending.length >= FLUSH_CHARACTERS;
  }

  async flush(): Promise<void> {
    if (this.pending === '') return;
    const bytes = this.encode(this.pending);
    this.pending = '';
    this.bytes += bytes.length;
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}

/** A value as CSV for \copy: null is NULL, every other value is quoted so '' stays ''. */
function csvValue(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** One CSV line for \copy. */
function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvValue).join(',')}\n`;
}

/** Öre as SIE writes an amount: a point and two decimals. */
export function sieAmount(ore: number): string {
  const magnitude = Math.abs(ore);
  const cents = magnitude % 100;
  return `${ore < 0 ? '-' : ''}${String((magnitude - cents) / 100)}.${cents < 10 ? '0' : ''}${String(cents)}`;
}

const quoted = (text: string): string => `"${text.replaceAll('"', '\\"')}"`;

const KTYP: Record<AccountKind, string> = {
  revenue: 'I',
  other: 'K',
  purchases: 'K',
  personnel: 'K',
  rent: 'K',
  financial: 'K',
  balance: 'T',
};

function headerLines(totals: ReadonlyMap<string, number>): string[] {
  const lines = [
    '#FLAGGA 0',
    '#FORMAT PC8',
    '#SIETYP 4',
    '#PROGRAM "Nämndkoll bänkgenerator" 1.0',
    '#GEN 20260115 "bench"',
    '#FNAMN "Benchkommun"',
    '#ORGNR 212000-9999',
    '#RAR 0 20250101 20251231',
    '#DIM 1 "Ansvar"',
  ];
  for (const unit of benchUnits())
    lines.push(`#OBJEKT 1 ${quoted(unit.code)} ${quoted(unit.name)}`);
  const accounts = benchAccounts();
  for (const account of accounts) lines.push(`#KONTO ${account.number} ${quoted(account.name)}`);
  for (const account of accounts) {
    const type = account.number.startsWith('2') ? 'S' : KTYP[account.kind];
    lines.push(`#KTYP ${account.number} ${type}`);
  }
  // Opening balances: the bank and receivables debit, the debts credit; the year's movements
  // on top give the closing balances.
  const opening: Record<string, number> = {
    [BALANCE_ACCOUNTS.customers]: 1_250_000_00,
    [BALANCE_ACCOUNTS.prepaid]: 310_000_00,
    [BALANCE_ACCOUNTS.bank]: 48_000_000_00,
    [BALANCE_ACCOUNTS.suppliers]: -9_400_000_00,
    [BALANCE_ACCOUNTS.taxWithheld]: -2_100_000_00,
    [BALANCE_ACCOUNTS.socialFees]: -2_600_000_00,
  };
  for (const account of accounts.filter((candidate) => candidate.kind === 'balance')) {
    const start = opening[account.number] ?? 0;
    lines.push(`#IB 0 ${account.number} ${sieAmount(start)}`);
    lines.push(`#UB 0 ${account.number} ${sieAmount(start + (totals.get(account.number) ?? 0))}`);
  }
  for (const account of accounts) {
    const total = totals.get(account.number);
    if (account.kind !== 'balance' && total !== undefined)
      lines.push(`#RES 0 ${account.number} ${sieAmount(total)}`);
  }
  return lines;
}

/** Writes the SIE file with exactly `transactions` #TRANS lines (and the CSV file, if asked). */
export async function generateBenchFiles(
  siePath: string,
  transactions: number,
  csv?: CsvTarget,
): Promise<GeneratedFiles> {
  const totals = new Map<string, number>();
  for (const verification of benchVerifications(transactions)) {
    for (const line of verification.lines)
      totals.set(line.account, (totals.get(line.account) ?? 0) + line.amount);
  }
  const resultAccounts = new Set(
    benchAccounts()
      .filter((account) => account.kind !== 'balance')
      .map((account) => account.number),
  );

  const sie = new Output(siePath, createEncoder('cp437'));
  const rows = csv ? new Output(csv.path, (text) => Buffer.from(text, 'utf8')) : undefined;
  let lineNumber = 0;
  let verifications = 0;
  let written = 0;
  let resultRows = 0;
  const put = async (text: string): Promise<void> => {
    lineNumber += 1;
    if (sie.add(`${text}\r\n`)) await sie.flush();
  };
  for (const line of headerLines(totals)) await put(line);
  for (const verification of benchVerifications(transactions)) {
    verifications += 1;
    const { series, number, date, text } = verification;
    await put(`#VER ${series} ${String(number)} ${date} ${quoted(text)}`);
    await put('{');
    const isoDate = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    const period = Number(date.slice(0, 6));
    for (const line of verification.lines) {
      const objects = line.unit === null ? '{}' : `{1 ${quoted(line.unit)}}`;
      const rest = line.text === null ? '' : ` ${date} ${quoted(line.text)}`;
      await put(`#TRANS ${line.account} ${objects} ${sieAmount(line.amount)}${rest}`);
      written += 1;
      if (!resultAccounts.has(line.account)) continue;
      resultRows += 1;
      if (!csv || !rows || line.unit === null) continue;
      const row = csvLine([
        csv.municipalityId,
        csv.batchId,
        period,
        isoDate,
        line.account,
        csv.unitIds.get(line.unit) ?? '',
        line.unit,
        null,
        null,
        -line.amount,
        `${series} ${String(number)}`,
        line.text ?? text,
        lineNumber,
      ]);
      if (rows.add(row)) await rows.flush();
    }
    await put('}');
  }
  await sie.close();
  await rows?.close();
  return { transactions: written, verifications, resultRows, sieBytes: sie.bytes };
}
