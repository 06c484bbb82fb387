import { addOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { isMonth, periodNumber, toMonth, type IsoDate } from '#domain/kernel/period';
import { SieChecksumItems } from './sie-checksum-items';
import { emptySieHeader, readSieHeaderItem, SIE_ACCOUNT, sieText } from './sie-header-items';
import { parseSieLine, type SieField } from './sie-line';
import { validPairs } from './sie-object-list';
import type {
  SieBalance,
  SieHeader,
  SieReadResult,
  SieReaderEvents,
  SieReaderOptions,
  SieTransaction,
  SieVerification,
  SieYearBalances,
} from './sie-read-types';
import { parseSieAmount, parseSieDate } from './sie-values';
import type { ImportIssue } from '../import-issue';

// The reader's types stay importable from here, where its users have them from.
export type * from './sie-read-types';
export { objectCode } from './sie-object-list';

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

/**
 * Reads an SIE 4 file line by line (types 1-4, 4E and 4I). Transactions are handed on per
 * verification once its block is closed and balanced; period balances and budgets as they
 * come. Every problem is collected with its line, up to a limit; unknown items are passed
 * over as the specification requires.
 */
export class SieReader {
  readonly header: SieHeader = emptySieHeader();
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
  private readonly checksum: SieChecksumItems;
  private sawItem = false;
  /** The file turned out not to be SIE: the rest is not read. */
  private stopped = false;

  constructor(
    private readonly events: SieReaderEvents,
    private readonly options: SieReaderOptions,
  ) {
    this.checksum = new SieChecksumItems(options.bytesOf, this.problem);
  }

  /** Whether the reader has collected as many problems as it will. */
  get full(): boolean {
    return this.truncatedIssues;
  }

  private readonly problem = (issue: ImportIssue): void => {
    if (this.issues.length >= this.options.maxIssues) {
      this.truncatedIssues = true;
      return;
    }
    this.issues.push(issue);
  };

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
        this.checksum.item(parsed.label, parsed.fields, line);
        this.readItem(parsed.label, parsed.fields, line);
    }
  }

  private readItem(label: string, fields: readonly SieField[], line: number): void {
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
    if (readSieHeaderItem(this.header, label, fields, line, this.problem)) return;
    switch (label) {
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

  private readYearBalance(label: string, fields: readonly SieField[], line: number): void {
    const yearIndex = Number(sieText(fields[0]));
    const account = sieText(fields[1]);
    const amount = parseSieAmount(sieText(fields[2]) ?? '');
    if (!Number.isInteger(yearIndex) || !account || !SIE_ACCOUNT.test(account)) {
      this.problem({ code: 'invalid-account', line, value: account ?? '' });
      return;
    }
    if (amount === undefined) {
      this.problem({ code: 'invalid-amount', line, field: label, value: sieText(fields[2]) ?? '' });
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
    const yearIndex = Number(sieText(fields[0]));
    const periodText = sieText(fields[1]) ?? '';
    const account = sieText(fields[2]);
    const list = fields[3];
    const amount = parseSieAmount(sieText(fields[4]) ?? '');
    const month = Number(periodText.slice(4, 6));
    if (!/^\d{6}$/.test(periodText) || !isMonth(month) || !Number.isInteger(yearIndex)) {
      this.problem({ code: 'invalid-period', line, field: label, value: periodText });
      return;
    }
    if (!account || !SIE_ACCOUNT.test(account)) {
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
      this.problem({ code: 'invalid-amount', line, field: label, value: sieText(fields[4]) ?? '' });
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
    const dateText = sieText(fields[2]);
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
            series: sieText(fields[0]) ?? '',
            number: sieText(fields[1]) ?? '',
            date,
            text: sieText(fields[3]) ?? '',
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
    const account = sieText(fields[0]);
    const list = fields[1];
    if (!account) {
      this.problem({ code: 'missing-field', line, field: label, value: 'konto' });
      return;
    }
    if (!SIE_ACCOUNT.test(account)) {
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
    const amountText = sieText(fields[2]);
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
    const dateText = sieText(fields[3]);
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
      text: sieText(fields[4]) || verification.text,
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
    const checksum = this.checksum.finish();
    if (!this.sawItem && !this.stopped)
      this.problem({ code: 'not-sie', line: lastLine > 0 ? 1 : null });
    return {
      header: this.header,
      balances: this.balances,
      issues: this.issues,
      truncatedIssues: this.truncatedIssues,
      verificationCount: this.verificationCount,
      transactionCount: this.transactionCount,
      checksum,
    };
  }
}
