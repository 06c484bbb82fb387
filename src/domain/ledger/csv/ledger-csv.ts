import { ore, type Ore } from '#domain/kernel/money';
import {
  daysInMonth,
  isIsoDate,
  isMonth,
  isoDate,
  periodNumber,
  toMonth,
  type IsoDate,
  type PeriodNumber,
} from '#domain/kernel/period';
import type { ImportIssue } from '../import-issue';
import type { SourceTransaction } from '../ledger-mapping';

/**
 * How a municipality's ledger CSV export is read: which header names hold what. Given once and
 * remembered. Either a date or a period column is needed.
 */
export interface CsvColumnMapping {
  readonly date?: string | undefined;
  readonly period?: string | undefined;
  readonly account: string;
  readonly unit: string;
  readonly amount: string;
  readonly text?: string | undefined;
  readonly activity?: string | undefined;
  readonly project?: string | undefined;
  readonly verification?: string | undefined;
  readonly accountName?: string | undefined;
  /** Field separator; found from the header line when not given. */
  readonly delimiter?: ';' | ',' | '\t' | undefined;
  /** Decimal separator; a comma when the fields are separated by semicolons, else a point. */
  readonly decimal?: ',' | '.' | undefined;
  /** debit-positive: as a ledger writes amounts (the default); result-sign: revenue +, cost -. */
  readonly sign?: 'debit-positive' | 'result-sign' | undefined;
}

/** The fields a CSV column can be mapped to, in the order forms and help texts show them. */
export const CSV_MAPPING_FIELDS = [
  'date',
  'period',
  'account',
  'unit',
  'amount',
  'text',
  'verification',
  'activity',
  'project',
  'accountName',
] as const;
export type CsvMappingField = (typeof CSV_MAPPING_FIELDS)[number];

/** Splits one CSV record: fields may be quoted, with "" for a quote inside. */
export function splitCsvRecord(record: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < record.length; index += 1) {
    const char = record.charAt(index);
    if (quoted) {
      if (char === '"') {
        if (record[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  fields.push(quoted ? field : field.trim());
  return fields;
}

/** Whether a record has an open quote (a field that goes on to the next line). */
export function openQuote(record: string): boolean {
  return record.split('"').length % 2 === 0;
}

/** The separator that splits the header row into the most fields (semicolon on a tie). */
export function guessDelimiter(header: string): ';' | ',' | '\t' {
  const count = (char: string): number => splitCsvRecord(header, char).length;
  const others: (',' | '\t')[] = ['\t', ','];
  return others.reduce<';' | ',' | '\t'>(
    (best, candidate) => (count(candidate) > count(best) ? candidate : best),
    ';',
  );
}

/**
 * An amount as exported: a sign, digits with spaces or the other separator as thousands
 * separators, at most two decimals. Exact öre, never floating point.
 */
export function parseCsvAmount(text: string, decimal: ',' | '.'): Ore | undefined {
  let value = text.replace(/[\s\u00a0]/g, '');
  let negative = false;
  if (value.startsWith('-') || value.startsWith('\u2212')) {
    negative = true;
    value = value.slice(1);
  } else if (value.endsWith('-')) {
    negative = true;
    value = value.slice(0, -1);
  }
  const parts = value.split(decimal);
  if (parts.length > 2) return undefined;
  const [whole = '', fraction] = parts;
  // Thousands separators (the other one of point and comma) only between groups of three.
  const grouped = decimal === ',' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
  if (!/^\d+$/.test(whole) && !grouped.test(whole)) return undefined;
  if (fraction !== undefined && !/^\d{1,2}$/.test(fraction)) return undefined;
  const magnitude =
    Number(whole.replace(/[.,]/g, '')) * 100 + Number((fraction ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return ore(negative ? -magnitude : magnitude);
}

/** A date as YYYY-MM-DD or YYYYMMDD. */
export function parseCsvDate(text: string): IsoDate | undefined {
  const value = text.trim();
  const iso = /^\d{8}$/.test(value)
    ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`
    : value.slice(0, 10);
  return isIsoDate(iso) &&
    (value.length === 8 || value.length === 10 || /^\d{4}-\d{2}-\d{2}[T ]/.test(value))
    ? iso
    : undefined;
}

/** A period as YYYYMM or YYYY-MM. */
export function parseCsvPeriod(text: string): PeriodNumber | undefined {
  const match = /^(\d{4})-?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const month = Number(match[2]);
  return isMonth(month) ? periodNumber(Number(match[1]), month) : undefined;
}

interface ColumnIndexes {
  readonly [field: string]: number | undefined;
}

/** How the records of a file are read, found from its header row. */
interface CsvLayout {
  readonly columns: ColumnIndexes;
  readonly delimiter: ';' | ',' | '\t';
  readonly decimal: ',' | '.';
}

/**
 * Reads a ledger CSV export line by line: a header row, then one transaction per record.
 * Every unreadable value is a problem naming the line, the column and the value.
 */
export class CsvLedgerReader {
  private layout: CsvLayout | undefined;
  private pending = '';
  private pendingLine = 0;
  private readonly issues: ImportIssue[] = [];
  private truncated = false;
  private stopped = false;
  private transactionCount = 0;
  private readonly accountNames = new Map<string, string>();

  constructor(
    private readonly mapping: CsvColumnMapping,
    private readonly onTransaction: (transaction: SourceTransaction) => void,
    private readonly maxIssues: number,
  ) {}

  private problem(issue: ImportIssue): void {
    if (this.issues.length >= this.maxIssues) this.truncated = true;
    else this.issues.push(issue);
  }

  readLine(text: string, line: number): void {
    if (this.stopped) return;
    const record = this.pending ? `${this.pending}\n${text}` : text;
    const recordLine = this.pending ? this.pendingLine : line;
    if (openQuote(record)) {
      this.pending = record;
      this.pendingLine = recordLine;
      return;
    }
    this.pending = '';
    if (record.trim() === '') return;
    if (!this.layout) this.readHeader(record, recordLine);
    else this.readRecord(record, recordLine, this.layout);
  }

  private readHeader(record: string, line: number): void {
    const delimiter = this.mapping.delimiter ?? guessDelimiter(record);
    const decimal = this.mapping.decimal ?? (delimiter === ',' ? '.' : ',');
    // Trimming the names drops a byte-order mark too.
    const names = splitCsvRecord(record, delimiter).map((name) => name.toLocaleLowerCase('sv-SE'));
    const indexes: Record<string, number | undefined> = {};
    const required: CsvMappingField[] = ['account', 'unit', 'amount'];
    for (const field of [
      'date',
      'period',
      'account',
      'unit',
      'amount',
      'text',
      'activity',
      'project',
      'verification',
      'accountName',
    ] as const) {
      const wanted = this.mapping[field];
      if (wanted === undefined) continue;
      const index = names.indexOf(wanted.trim().toLocaleLowerCase('sv-SE'));
      if (index < 0) this.problem({ code: 'missing-column', line, field, value: wanted });
      else indexes[field] = index;
    }
    for (const field of required) {
      if (this.mapping[field] === undefined)
        this.problem({ code: 'missing-column', line, field, value: field });
    }
    if (this.mapping.date === undefined && this.mapping.period === undefined) {
      this.problem({ code: 'missing-column', line, field: 'date', value: 'datum eller period' });
    }
    if (this.issues.length > 0) {
      this.stopped = true;
      return;
    }
    this.layout = { columns: indexes, delimiter, decimal };
  }

  private readRecord(record: string, line: number, layout: CsvLayout): void {
    const fields = splitCsvRecord(record, layout.delimiter);
    /** The field's value; empty when the column is not mapped or the record is short. */
    const value = (field: CsvMappingField): string => {
      const index = layout.columns[field];
      return index === undefined ? '' : (fields[index] ?? '');
    };
    const column = (field: CsvMappingField): string => this.mapping[field] ?? field;

    const account = value('account');
    if (!/^\d+$/.test(account)) {
      this.problem({
        code: 'invalid-value',
        line,
        field: column('account'),
        value: account,
        expected: 'kontonummer',
      });
      return;
    }
    const amountText = value('amount');
    const amount = parseCsvAmount(amountText, layout.decimal);
    if (amount === undefined) {
      this.problem({
        code: 'invalid-value',
        line,
        field: column('amount'),
        value: amountText,
        expected: `belopp med decimal${layout.decimal === ',' ? 'komma' : 'punkt'}`,
      });
      return;
    }
    let date: IsoDate | undefined;
    let period: PeriodNumber | undefined;
    const dateText = value('date');
    if (dateText !== '') {
      date = parseCsvDate(dateText);
      if (!date) {
        this.problem({
          code: 'invalid-value',
          line,
          field: column('date'),
          value: dateText,
          expected: 'ÅÅÅÅ-MM-DD',
        });
        return;
      }
    }
    const periodText = value('period');
    if (periodText !== '') {
      period = parseCsvPeriod(periodText);
      if (period === undefined) {
        this.problem({
          code: 'invalid-value',
          line,
          field: column('period'),
          value: periodText,
          expected: 'ÅÅÅÅMM',
        });
        return;
      }
    }
    if (!date) {
      if (period === undefined) {
        this.problem({
          code: 'invalid-value',
          line,
          field: column(this.mapping.date ? 'date' : 'period'),
          value: '',
          expected: 'ett datum',
        });
        return;
      }
      const year = Math.floor(period / 100);
      const month = toMonth(period % 100);
      date = isoDate(year, month, daysInMonth(year, month));
    }
    const name = value('accountName');
    if (name && !this.accountNames.has(account)) this.accountNames.set(account, name);
    const unit = value('unit');
    this.transactionCount += 1;
    this.onTransaction({
      line,
      date,
      ...(period === undefined ? {} : { period }),
      account,
      unitCode: unit === '' ? undefined : unit,
      activityCode: value('activity') || null,
      projectCode: value('project') || null,
      // The mapper turns ledger sign into result sign; an export already in result sign is
      // turned the other way first.
      amount: this.mapping.sign === 'result-sign' ? ore(0 - amount) : amount,
      verification: value('verification') || null,
      text: value('text') || null,
    });
  }

  finish(): {
    issues: readonly ImportIssue[];
    truncatedIssues: boolean;
    transactionCount: number;
    accountNames: ReadonlyMap<string, string>;
  } {
    if (this.pending) this.problem({ code: 'unterminated-quote', line: this.pendingLine });
    if (!this.layout && this.issues.length === 0) this.problem({ code: 'empty-file', line: null });
    return {
      issues: this.issues,
      truncatedIssues: this.truncated,
      transactionCount: this.transactionCount,
      accountNames: this.accountNames,
    };
  }
}

/** Whether a stored value is a column mapping (it comes back from the database as JSON). */
export function isCsvColumnMapping(value: unknown): value is CsvColumnMapping {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.account === 'string' &&
    typeof record.unit === 'string' &&
    typeof record.amount === 'string' &&
    (typeof record.date === 'string' || typeof record.period === 'string')
  );
}
