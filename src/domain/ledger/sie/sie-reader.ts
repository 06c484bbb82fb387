import { addOre, ZERO_ORE, type Ore } from '../../kernel/money';
import {
  isMonth,
  periodNumber,
  toMonth,
  type IsoDate,
  type PeriodNumber,
} from '../../kernel/period';
import { SieChecksum } from './sie-checksum';
import { parseSieLine, type SieField } from './sie-line';
import { parseSieAmount, parseSieDate } from './sie-values';
import type { ImportIssue } from '../import-issue';

/** What an SIE file says about itself and its chart, read from the items before the data. */
export interface SieHeader {
  program: string | null;
  format: string | null;
  sieType: string | null;
  orgNumber: string | null;
  companyName: string | null;
  /** #GEN: the date the file was written (and by whom, when the program says). */
  generated: { readonly date: IsoDate; readonly by: string | null } | null;
  /** #KPTYP: the chart of accounts the company uses (BAS95, BAS2014, EUBAS97, ...). */
  chartType: string | null;
  /** #RAR: financial years by index (0 this year, -1 last year). */
  readonly years: Map<number, { readonly from: IsoDate; readonly to: IsoDate }>;
  /** #DIM and #UNDERDIM: dimension number -> name. */
  readonly dimensions: Map<number, string>;
  /** #OBJEKT: dimension -> object code -> name. */
  readonly objects: Map<number, Map<string, string>>;
  /** #KONTO and #KTYP. */
  readonly accounts: Map<string, { name: string; type: string | undefined }>;
}

/** A verification (#VER) as its transactions carry it. */
export interface SieVerification {
  readonly series: string;
  readonly number: string;
  readonly date: IsoDate;
  readonly text: string;
  readonly line: number;
}

/** A #TRANS of a balanced verification; the amount in ledger sign (debit positive). */
export interface SieTransaction {
  readonly line: number;
  readonly account: string;
  /** The object list as pairs: [dimension, code, dimension, code, ...]. */
  readonly objects: readonly string[];
  readonly amount: Ore;
  readonly date: IsoDate;
  readonly text: string;
  readonly verification: SieVerification;
}

/** A #PSALDO (period balance) or #PBUDGET (period budget) item. */
export interface SiePeriodAmount {
  readonly line: number;
  readonly kind: 'balance' | 'budget';
  readonly yearIndex: number;
  readonly period: PeriodNumber;
  readonly account: string;
  readonly objects: readonly string[];
  readonly amount: Ore;
}

export interface SieReaderEvents {
  onTransaction(transaction: SieTransaction): void;
  onPeriodAmount(amount: SiePeriodAmount): void;
}

export interface SieReaderOptions {
  /** The bytes of a text in the file's encoding, for the #KSUMMA checksum. */
  readonly bytesOf: (text: string) => Uint8Array;
  /** Stop collecting problems after this many. */
  readonly maxIssues: number;
}

/** A year balance of an account, ledger sign, with the line it is on. */
export interface SieBalance {
  readonly amount: Ore;
  readonly line: number;
}

/** The year balances (#IB, #UB, #RES) by year index and account. */
export interface SieYearBalances {
  readonly opening: Map<number, Map<string, SieBalance>>;
  readonly closing: Map<number, Map<string, SieBalance>>;
  readonly result: Map<number, Map<string, SieBalance>>;
}

export interface SieReadResult {
  readonly header: SieHeader;
  readonly balances: SieYearBalances;
  readonly issues: readonly ImportIssue[];
  /** Problems stopped being collected at the limit. */
  readonly truncatedIssues: boolean;
  readonly verificationCount: number;
  readonly transactionCount: number;
  readonly checksum: 'absent' | 'valid' | 'invalid';
}

interface OpenVerification {
  /** null when its date could not be read: the problem is recorded and its transactions dropped. */
  readonly verification: SieVerification | null;
  readonly line: number;
  readonly transactions: SieTransaction[];
  /** Problems recorded before the block: more at its end mean one of its lines was bad. */
  problemsBefore: number;
  sum: Ore;
  blockOpened: boolean;
}

const text = (field: SieField | undefined): string | undefined =>
  field?.kind === 'text' ? field.text : undefined;

const ACCOUNT = /^\d+$/;

/**
 * Reads an SIE 4 file line by line (types 1-4, 4E and 4I). Transactions are handed on per
 * verification once its block is closed and balanced; period balances and budgets as they
 * come. Every problem is collected with its line, up to a limit; unknown items are passed
 * over as the specification requires.
 */
export class SieReader {
  readonly header: SieHeader = {
    program: null,
    format: null,
    sieType: null,
    orgNumber: null,
    companyName: null,
    generated: null,
    chartType: null,
    years: new Map(),
    dimensions: new Map(),
    objects: new Map(),
    accounts: new Map(),
  };
  private readonly balances: SieYearBalances = {
    opening: new Map(),
    closing: new Map(),
    result: new Map(),
  };
  private readonly issues: ImportIssue[] = [];
  private truncatedIssues = false;
  private open: OpenVerification | undefined;
  private verificationCount = 0;
  private transactionCount = 0;
  private checksum: SieChecksum | undefined;
  private checksumState: 'absent' | 'open' | 'valid' | 'invalid' = 'absent';
  private checksumLine = 0;
  private sawItem = false;
  /** The file turned out not to be SIE: the rest is not read. */
  private stopped = false;

  constructor(
    private readonly events: SieReaderEvents,
    private readonly options: SieReaderOptions,
  ) {}

  /** Whether the reader has collected as many problems as it will. */
  get full(): boolean {
    return this.truncatedIssues;
  }

  private problem(issue: ImportIssue): void {
    if (this.issues.length >= this.options.maxIssues) {
      this.truncatedIssues = true;
      return;
    }
    this.issues.push(issue);
  }

  readLine(lineText: string, line: number): void {
    if (this.stopped) return;
    const parsed = parseSieLine(lineText);
    switch (parsed.kind) {
      case 'empty':
        return;
      case 'malformed':
        this.problem({ code: parsed.problem, line });
        return;
      case 'not-an-item':
        if (!this.sawItem) {
          // An SIE file starts with an item (#FLAGGA): this is some other kind of file.
          this.problem({ code: 'not-sie', line, value: parsed.text.slice(0, 40) });
          this.stopped = true;
          return;
        }
        this.problem({ code: 'not-an-item', line, value: parsed.text.slice(0, 40) });
        return;
      case 'block-start':
        if (!this.open || this.open.blockOpened)
          this.problem({ code: 'block-without-verification', line });
        else this.open.blockOpened = true;
        return;
      case 'block-end':
        if (!this.open?.blockOpened) this.problem({ code: 'block-without-verification', line });
        else this.closeVerification();
        return;
      case 'item':
        this.sawItem = true;
        this.addToChecksum(parsed.label, parsed.fields, line);
        this.readItem(parsed.label, parsed.fields, line);
    }
  }

  private addToChecksum(label: string, fields: readonly SieField[], line: number): void {
    if (label === '#KSUMMA') {
      const value = text(fields[0]);
      if (value === undefined && this.checksumState === 'absent') {
        this.checksum = new SieChecksum();
        this.checksumState = 'open';
        this.checksumLine = line;
      } else if (value !== undefined && this.checksumState === 'open' && this.checksum) {
        const actual = this.checksum.value();
        if (String(actual) === value.trim()) {
          this.checksumState = 'valid';
        } else {
          this.checksumState = 'invalid';
          this.problem({ code: 'checksum-mismatch', line, value, expected: String(actual) });
        }
      } else if (value !== undefined && this.checksumState === 'absent') {
        this.problem({ code: 'checksum-not-opened', line });
      }
      return;
    }
    if (this.checksumState !== 'open' || !this.checksum) return;
    this.checksum.add(this.options.bytesOf(label));
    for (const field of fields) {
      if (field.kind === 'text') this.checksum.add(this.options.bytesOf(field.text));
      else for (const item of field.items) this.checksum.add(this.options.bytesOf(item));
    }
  }

  private readItem(label: string, fields: readonly SieField[], line: number): void {
    const first = text(fields[0]);
    const second = text(fields[1]);
    if (
      this.open?.blockOpened &&
      label !== '#TRANS' &&
      label !== '#RTRANS' &&
      label !== '#BTRANS'
    ) {
      this.problem({ code: 'item-inside-verification', line, value: label });
      return;
    }
    if (this.open && !this.open.blockOpened) {
      // The line after a #VER must open its block.
      this.problem({ code: 'verification-without-block', line: this.open.line });
      this.open = undefined;
    }
    switch (label) {
      case '#PROGRAM':
        this.header.program = [first, second].filter(Boolean).join(' ') || null;
        return;
      case '#FORMAT':
        this.header.format = first ?? null;
        return;
      case '#SIETYP':
        this.header.sieType = first ?? null;
        return;
      case '#ORGNR':
        this.header.orgNumber = first ?? null;
        return;
      case '#FNAMN':
        this.header.companyName = first ?? null;
        return;
      case '#GEN': {
        // Only informative: a date that is no date is passed over, not an error.
        const date = parseSieDate(first ?? '');
        this.header.generated = date ? { date, by: second || null } : null;
        return;
      }
      case '#KPTYP':
        this.header.chartType = first || null;
        return;
      case '#RAR':
        this.readYear(fields, line);
        return;
      case '#KONTO':
        if (!first || !ACCOUNT.test(first))
          this.problem({ code: 'invalid-account', line, value: first ?? '' });
        else {
          const known = this.header.accounts.get(first);
          this.header.accounts.set(first, { name: second ?? '', type: known?.type });
        }
        return;
      case '#KTYP':
        if (first && second) {
          const known = this.header.accounts.get(first);
          this.header.accounts.set(first, { name: known?.name ?? '', type: second.toUpperCase() });
        }
        return;
      case '#DIM':
      case '#UNDERDIM':
        if (first && /^\d+$/.test(first)) this.header.dimensions.set(Number(first), second ?? '');
        return;
      case '#OBJEKT':
        this.readObject(fields, line);
        return;
      case '#IB':
      case '#UB':
      case '#RES':
        this.readYearBalance(label, fields, line);
        return;
      case '#PSALDO':
      case '#PBUDGET':
        this.readPeriodAmount(label === '#PSALDO' ? 'balance' : 'budget', fields, line);
        return;
      case '#VER':
        this.readVerification(fields, line);
        return;
      case '#TRANS':
      case '#RTRANS':
      case '#BTRANS':
        this.readTransaction(label, fields, line);
        return;
      default:
        // #FLAGGA, #SRU, #OIB, #OUB, #ADRESS, #VALUTA, #PROSA, #BKOD, #TAXAR, ... and
        // labels from later versions carry nothing an import of actuals needs.
        return;
    }
  }

  private readYear(fields: readonly SieField[], line: number): void {
    const index = Number(text(fields[0]));
    const from = parseSieDate(text(fields[1]) ?? '');
    const to = parseSieDate(text(fields[2]) ?? '');
    if (!Number.isInteger(index) || !from || !to) {
      this.problem({
        code: 'invalid-date',
        line,
        field: '#RAR',
        value: fields.map(text).join(' '),
      });
      return;
    }
    this.header.years.set(index, { from, to });
  }

  private readObject(fields: readonly SieField[], line: number): void {
    const dimension = Number(text(fields[0]));
    const code = text(fields[1]);
    if (!Number.isInteger(dimension) || code === undefined) {
      this.problem({ code: 'invalid-object', line, value: fields.map(text).join(' ') });
      return;
    }
    const objects = this.header.objects.get(dimension) ?? new Map<string, string>();
    objects.set(code, text(fields[2]) ?? '');
    this.header.objects.set(dimension, objects);
  }

  private readYearBalance(label: string, fields: readonly SieField[], line: number): void {
    const yearIndex = Number(text(fields[0]));
    const account = text(fields[1]);
    const amount = parseSieAmount(text(fields[2]) ?? '');
    if (!Number.isInteger(yearIndex) || !account || !ACCOUNT.test(account)) {
      this.problem({ code: 'invalid-account', line, value: account ?? '' });
      return;
    }
    if (amount === undefined) {
      this.problem({ code: 'invalid-amount', line, field: label, value: text(fields[2]) ?? '' });
      return;
    }
    const target =
      label === '#IB'
        ? this.balances.opening
        : label === '#UB'
          ? this.balances.closing
          : this.balances.result;
    const byAccount = target.get(yearIndex) ?? new Map<string, SieBalance>();
    byAccount.set(account, { amount, line });
    target.set(yearIndex, byAccount);
  }

  private readPeriodAmount(
    kind: 'balance' | 'budget',
    fields: readonly SieField[],
    line: number,
  ): void {
    const label = kind === 'balance' ? '#PSALDO' : '#PBUDGET';
    const yearIndex = Number(text(fields[0]));
    const periodText = text(fields[1]) ?? '';
    const account = text(fields[2]);
    const list = fields[3];
    const amount = parseSieAmount(text(fields[4]) ?? '');
    const month = Number(periodText.slice(4, 6));
    if (!/^\d{6}$/.test(periodText) || !isMonth(month) || !Number.isInteger(yearIndex)) {
      this.problem({ code: 'invalid-period', line, field: label, value: periodText });
      return;
    }
    if (!account || !ACCOUNT.test(account)) {
      this.problem({ code: 'invalid-account', line, value: account ?? '' });
      return;
    }
    if (list?.kind !== 'list') {
      this.problem({ code: 'missing-field', line, field: label, value: 'objektlista' });
      return;
    }
    if (!validPairs(list.items)) {
      this.problem({ code: 'invalid-object-list', line, value: list.items.join(' ') });
      return;
    }
    if (amount === undefined) {
      this.problem({ code: 'invalid-amount', line, field: label, value: text(fields[4]) ?? '' });
      return;
    }
    this.events.onPeriodAmount({
      line,
      kind,
      yearIndex,
      period: periodNumber(Number(periodText.slice(0, 4)), toMonth(month)),
      account,
      objects: list.items,
      amount,
    });
  }

  private readVerification(fields: readonly SieField[], line: number): void {
    if (this.open) {
      this.problem({ code: 'unclosed-verification', line: this.open.line });
      this.open = undefined;
    }
    const dateText = text(fields[2]);
    const date = parseSieDate(dateText ?? '');
    if (!date) {
      this.problem(
        dateText
          ? { code: 'invalid-date', line, field: '#VER', value: dateText }
          : { code: 'missing-field', line, field: '#VER', value: 'datum' },
      );
    }
    this.verificationCount += 1;
    this.open = {
      verification: date
        ? {
            series: text(fields[0]) ?? '',
            number: text(fields[1]) ?? '',
            date,
            text: text(fields[3]) ?? '',
            line,
          }
        : null,
      line,
      transactions: [],
      sum: ZERO_ORE,
      blockOpened: false,
      problemsBefore: 0,
    };
    if (date) this.checkInYear(date, line);
    this.open.problemsBefore = this.issues.length;
  }

  private readTransaction(label: string, fields: readonly SieField[], line: number): void {
    const open = this.open;
    if (!open?.blockOpened) {
      this.problem({ code: 'transaction-outside-verification', line, field: label });
      return;
    }
    const account = text(fields[0]);
    const list = fields[1];
    if (!account) {
      this.problem({ code: 'missing-field', line, field: label, value: 'konto' });
      return;
    }
    if (!ACCOUNT.test(account)) {
      this.problem({ code: 'invalid-account', line, value: account });
      return;
    }
    if (list?.kind !== 'list') {
      this.problem({ code: 'missing-field', line, field: label, value: 'objektlista' });
      return;
    }
    if (!validPairs(list.items)) {
      this.problem({ code: 'invalid-object-list', line, value: list.items.join(' ') });
      return;
    }
    const amountText = text(fields[2]);
    if (amountText === undefined || amountText === '') {
      this.problem({ code: 'missing-field', line, field: label, value: 'belopp' });
      return;
    }
    const amount = parseSieAmount(amountText);
    if (amount === undefined) {
      this.problem({ code: 'invalid-amount', line, field: label, value: amountText });
      return;
    }
    // #RTRANS (added) is followed by the same #TRANS, #BTRANS (removed) is no longer booked:
    // only #TRANS counts.
    if (label !== '#TRANS') return;

    const verification = open.verification;
    if (!verification) return;
    const dateText = text(fields[3]);
    let date = verification.date;
    if (dateText) {
      const parsed = parseSieDate(dateText);
      if (!parsed) {
        this.problem({ code: 'invalid-date', line, field: label, value: dateText });
        return;
      }
      if (parsed !== date) this.checkInYear(parsed, line);
      date = parsed;
    }
    open.sum = addOre(open.sum, amount);
    open.transactions.push({
      line,
      account,
      objects: list.items,
      amount,
      date,
      text: text(fields[4]) || verification.text,
      verification,
    });
  }

  private checkInYear(date: IsoDate, line: number): void {
    const year = this.header.years.get(0);
    if (year && (date < year.from || date > year.to)) {
      this.problem({ code: 'date-outside-year', line, value: date, from: year.from, to: year.to });
    }
  }

  private closeVerification(): void {
    const open = this.open;
    this.open = undefined;
    if (!open) return;
    // A bad line inside the block is already reported; the balance would only repeat it.
    if (this.issues.length > open.problemsBefore || this.truncatedIssues) return;
    if (open.sum !== ZERO_ORE) {
      this.problem({ code: 'unbalanced-verification', line: open.line, amount: open.sum });
      return;
    }
    for (const transaction of open.transactions) {
      this.transactionCount += 1;
      this.events.onTransaction(transaction);
    }
  }

  /** Ends the file: an open verification or checksum means the file was cut short. */
  finish(lastLine: number): SieReadResult {
    if (this.open) this.problem({ code: 'unclosed-verification', line: this.open.line });
    this.open = undefined;
    if (this.checksumState === 'open') {
      this.problem({ code: 'checksum-not-closed', line: this.checksumLine });
    }
    if (!this.sawItem && !this.stopped)
      this.problem({ code: 'not-sie', line: lastLine > 0 ? 1 : null });
    return {
      header: this.header,
      balances: this.balances,
      issues: this.issues,
      truncatedIssues: this.truncatedIssues,
      verificationCount: this.verificationCount,
      transactionCount: this.transactionCount,
      checksum:
        this.checksumState === 'valid'
          ? 'valid'
          : this.checksumState === 'invalid'
            ? 'invalid'
            : 'absent',
    };
  }
}

/** An object list of dimension-code pairs with whole-number dimensions. */
function validPairs(items: readonly string[]): boolean {
  if (items.length % 2 !== 0) return false;
  for (let index = 0; index < items.length; index += 2) {
    if (!allDigits(items[index] ?? '')) return false;
  }
  return true;
}

/** Whether a text is one or more of the digits 0-9 (as /^\d+$/, without a regex per call). */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The code of one dimension in an object list, or undefined. */
export function objectCode(objects: readonly string[], dimension: number): string | undefined {
  const wanted = String(dimension);
  for (let index = 0; index < objects.length; index += 2) {
    if (objects[index] === wanted) return objects[index + 1];
  }
  return undefined;
}
