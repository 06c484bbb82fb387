import { negateOre, type Ore } from '../kernel/money';
import { daysInMonth, MONTH_NAMES_SV, toMonth } from '../kernel/period';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoTransaction } from './demo-ledger';
import { DEMO_MUNICIPALITY, DEMO_ORG_UNITS } from './demo-organisation';

/**
 * The example files of the README (examples/): the demo's August 2023 ledger moved on a month,
 * as the SIE 4 file of September 2023 (huvudbok.se) and the CSV export of October 2023
 * (export.csv), so a reader imports months the demo does not have yet. Generated here, from
 * the demo's own ledger, so the files cannot drift from the code (a test compares them).
 */

const YEAR = 2023;
const SOURCE_MONTH = 8;

/** The demo's August 2023 transactions, dated and described in another month of 2023. */
export function movedDemoMonth(
  transactions: readonly DemoTransaction[],
  month: number,
): DemoTransaction[] {
  const from = `${String(YEAR)}-0${String(SOURCE_MONTH)}-`;
  const lastDay = daysInMonth(YEAR, toMonth(month));
  const monthName = MONTH_NAMES_SV[toMonth(month)];
  return transactions
    .filter((transaction) => transaction.date.startsWith(from))
    .map((transaction) => {
      const day = Math.min(Number(transaction.date.slice(8, 10)), lastDay);
      return {
        ...transaction,
        date: `${String(YEAR)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as DemoTransaction['date'],
        text: transaction.text.replace(MONTH_NAMES_SV[toMonth(SOURCE_MONTH)], monthName),
      };
    });
}

/** Öre as kronor with a point and two decimals ("-1234.50"), as SIE and the CSV below write it. */
function kronor(amount: Ore, decimal: '.' | ','): string {
  const negative = amount < 0;
  const absolute = Math.abs(amount);
  const whole = Math.trunc(absolute / 100);
  const cents = absolute - whole * 100;
  return `${negative ? '-' : ''}${String(whole)}${decimal}${String(cents).padStart(2, '0')}`;
}

const quoted = (text: string): string => `"${text.replaceAll('"', '\\"')}"`;
const compactDate = (date: string): string => date.replaceAll('-', '');

/** The counter account of a transaction: a payment from the bank, or an invoice to pay. */
const counterAccount = (account: string): string =>
  account.startsWith('5') || account.startsWith('3') ? '1930' : '2440';
const BALANCE_ACCOUNTS = [
  { number: '1930', name: 'Bank' },
  { number: '2440', name: 'Leverantörsskulder' },
];

/**
 * An SIE 4 file (type 4, in the text the file's #FORMAT PC8 says to encode as CP437) with the
 * month's verifications: each transaction on its unit (dimension 1, ansvar) against the bank or
 * the supplier debts, the accounts and units named, and #RES the sum of the file's result
 * accounts so the import reconciles them. Amounts in the ledger's sign (debit positive).
 */
export function demoSieExample(
  transactions: readonly DemoTransaction[],
  generated: string,
): string {
  const used = new Set(transactions.map((transaction) => transaction.account));
  const results = new Map<string, number>();
  for (const transaction of transactions) {
    results.set(transaction.account, (results.get(transaction.account) ?? 0) - transaction.amount);
  }
  const lines = [
    '#FLAGGA 0',
    '#PROGRAM "Nämndkoll exempelfil" 1.0',
    '#FORMAT PC8',
    `#GEN ${compactDate(generated)}`,
    '#SIETYP 4',
    `#FNAMN ${quoted(DEMO_MUNICIPALITY.name)}`,
    `#RAR 0 ${String(YEAR)}0101 ${String(YEAR)}1231`,
    '#KPTYP KOMMUN',
    ...[...BALANCE_ACCOUNTS, ...DEMO_ACCOUNTS.filter((account) => used.has(account.number))].map(
      (account) => `#KONTO ${account.number} ${quoted(account.name)}`,
    ),
    '#DIM 1 "Ansvar"',
    ...DEMO_ORG_UNITS.filter((unit) => unit.kind === 'unit').map(
      (unit) => `#OBJEKT 1 ${quoted(unit.code)} ${quoted(unit.name)}`,
    ),
    ...[...results]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([account, amount]) => `#RES 0 ${account} ${kronor(amount as Ore, '.')}`),
  ];
  transactions.forEach((transaction, index) => {
    const debit = negateOre(transaction.amount);
    lines.push(
      `#VER A ${String(index + 1)} ${compactDate(transaction.date)} ${quoted(transaction.text)}`,
      '{',
      `#TRANS ${transaction.account} {1 ${quoted(transaction.unitCode)}} ${kronor(debit, '.')}`,
      `#TRANS ${counterAccount(transaction.account)} {} ${kronor(negateOre(debit), '.')}`,
      '}',
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** A CSV field: quoted when it holds the separator or a quote. */
const csvField = (text: string): string =>
  /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * A ledger export as a Swedish finance system writes it: semicolons, a decimal comma, amounts
 * debit positive, one row per transaction under a header row.
 */
export function demoCsvExample(transactions: readonly DemoTransaction[]): string {
  const rows = [
    'Bokföringsdatum;Verifikation;Konto;Ansvar;Belopp;Text',
    ...transactions.map((transaction) =>
      [
        transaction.date,
        transaction.verification,
        transaction.account,
        transaction.unitCode,
        kronor(negateOre(transaction.amount), ','),
        transaction.text,
      ]
        .map(csvField)
        .join(';'),
    ),
  ];
  return `${rows.join('\r\n')}\r\n`;
}
