import { formatKronor } from '../kernel/format';
import { ore, type Ore } from '../kernel/money';
import { isIsoDate, type IsoDate } from '../kernel/period';

/**
 * A sample of ledger transactions (issue 17: "transaktioner på valda konton över ett belopp",
 * e.g. the payments of ekonomiskt bistånd): the population's parameters as the controller gives
 * them, checked and named in Swedish by field; as recorded with the draw (jsonb) and read back
 * for a redo; and each transaction's key and the text its reviewer reads.
 */

/** Accounts from–to, both included, of the same number of digits; one account is from = to. */
export interface AccountSpan {
  readonly from: string;
  readonly to: string;
}

export interface LedgerParameters {
  /** Booking dates, both included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** As given ("4710-4719", "4730"), in the order given. */
  readonly accounts: readonly string[];
  /** The lowest amount, compared with the transaction's amount either sign (absolute). */
  readonly minAmountOre: Ore;
}

export type LedgerParameterField = 'from' | 'to' | 'accounts' | 'minAmountOre';

/** The fields' Swedish names, as a form labels them. */
export const LEDGER_FIELD_NAMES_SV: Readonly<Record<LedgerParameterField, string>> = {
  from: 'Från',
  to: 'Till',
  accounts: 'Konton',
  minAmountOre: 'Lägsta belopp',
};

export interface LedgerParameterIssue {
  readonly field: LedgerParameterField;
  readonly problem: 'invalid' | 'required' | 'range-reversed' | 'range-lengths' | 'too-many';
  /** What is wrong, in Swedish, without the field's name ("ange minst ett konto …"). */
  readonly detail: string;
  /** The Swedish sentence, naming the field ("Konton: ange minst ett konto …"). */
  readonly sentence: string;
}

function issue(
  field: LedgerParameterField,
  problem: LedgerParameterIssue['problem'],
  detail: string,
): LedgerParameterIssue {
  return { field, problem, detail, sentence: `${LEDGER_FIELD_NAMES_SV[field]}: ${detail}` };
}

/** As many accounts or ranges as the contract takes. */
export const MAX_ACCOUNT_SPANS = 50;

const ACCOUNT = /^\d{3,6}$/;

/** "4710-4719" or "4730" as a span; a Swedish problem when it is neither. */
export function parseAccountSpan(
  text: string,
): { readonly ok: true; readonly span: AccountSpan } | LedgerParameterIssue {
  const parts = text.trim().split('-');
  const from = parts[0] ?? '';
  const to = parts[1] ?? from;
  if (parts.length > 2 || !ACCOUNT.test(from) || !ACCOUNT.test(to)) {
    return issue(
      'accounts',
      'invalid',
      `”${text}” är inget konto eller kontointervall (3–6 siffror, t.ex. 4730 eller 4710-4719)`,
    );
  }
  if (from.length !== to.length) {
    return issue(
      'accounts',
      'range-lengths',
      `intervallet ”${text}” ska ha lika många siffror i första och sista kontot`,
    );
  }
  if (from > to) {
    return issue(
      'accounts',
      'range-reversed',
      `intervallet ”${text}” börjar efter att det slutar (${from} är större än ${to})`,
    );
  }
  return { ok: true, span: { from, to } };
}

/** Whether an account is one of the spans: one of the same number of digits between its ends. */
export function accountInSpans(spans: readonly AccountSpan[], account: string): boolean {
  return spans.some(
    (span) => account.length === span.from.length && account >= span.from && account <= span.to,
  );
}

export interface LedgerParametersInput {
  readonly from: string;
  readonly to: string;
  readonly accounts: readonly string[];
  /** Null or left out: every amount (0). */
  readonly minAmountOre?: number | null | undefined;
}

export type CheckedLedgerParameters =
  | {
      readonly ok: true;
      readonly parameters: LedgerParameters;
      readonly spans: readonly AccountSpan[];
    }
  | { readonly ok: false; readonly issues: readonly LedgerParameterIssue[] };

/** Checks a ledger population's parameters; every problem found, each in Swedish. */
export function checkLedgerParameters(input: LedgerParametersInput): CheckedLedgerParameters {
  const issues: LedgerParameterIssue[] = [];
  const { from, to } = input;
  if (!isIsoDate(from))
    issues.push(issue('from', 'invalid', `”${from}” är inget datum (ÅÅÅÅ-MM-DD)`));
  if (!isIsoDate(to)) issues.push(issue('to', 'invalid', `”${to}” är inget datum (ÅÅÅÅ-MM-DD)`));
  if (isIsoDate(from) && isIsoDate(to) && from > to)
    issues.push(issue('to', 'range-reversed', `${to} är före från-datumet ${from}`));
  const spans: AccountSpan[] = [];
  if (input.accounts.length === 0)
    issues.push(
      issue('accounts', 'required', 'ange minst ett konto eller kontointervall, t.ex. 4710-4719'),
    );
  else if (input.accounts.length > MAX_ACCOUNT_SPANS)
    issues.push(
      issue(
        'accounts',
        'too-many',
        `högst ${String(MAX_ACCOUNT_SPANS)} konton eller intervall (${String(input.accounts.length)} angivna)`,
      ),
    );
  else
    for (const text of input.accounts) {
      const parsed = parseAccountSpan(text);
      if ('ok' in parsed) spans.push(parsed.span);
      else issues.push(parsed);
    }
  const minAmount = input.minAmountOre ?? 0;
  if (!Number.isSafeInteger(minAmount) || minAmount < 0)
    issues.push(
      issue(
        'minAmountOre',
        'invalid',
        `ska vara ett helt antal öre, 0 eller mer (${String(minAmount)})`,
      ),
    );
  if (issues.length > 0 || !isIsoDate(from) || !isIsoDate(to)) return { ok: false, issues };
  return {
    ok: true,
    parameters: {
      from,
      to,
      accounts: input.accounts.map((text) => text.trim()),
      minAmountOre: ore(minAmount),
    },
    spans,
  };
}

/** The parameters as recorded with the draw (jsonb): plain strings and a whole number of öre. */
export function ledgerParametersRecord(parameters: LedgerParameters): {
  readonly from: string;
  readonly to: string;
  readonly accounts: readonly string[];
  readonly minAmountOre: number;
} {
  return {
    from: parameters.from,
    to: parameters.to,
    accounts: [...parameters.accounts],
    minAmountOre: parameters.minAmountOre,
  };
}

/** The recorded parameters as a ledger population's, checked again; null when they are not. */
export function ledgerParameters(
  recorded: unknown,
): { readonly parameters: LedgerParameters; readonly spans: readonly AccountSpan[] } | null {
  if (typeof recorded !== 'object' || recorded === null) return null;
  const { from, to, accounts, minAmountOre } = recorded as Record<string, unknown>;
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  if (!Array.isArray(accounts) || !accounts.every((text) => typeof text === 'string')) return null;
  if (typeof minAmountOre !== 'number') return null;
  const checked = checkLedgerParameters({ from, to, accounts, minAmountOre });
  return checked.ok ? { parameters: checked.parameters, spans: checked.spans } : null;
}

/** A transaction of the population, as the repo reads it. */
export interface LedgerPopulationTransaction {
  readonly transactionId: number;
  readonly importBatchId: string;
  /** The line of the imported file; null for the demo's generated transactions. */
  readonly line: number | null;
  readonly date: IsoDate;
  readonly accountNumber: string;
  readonly orgUnitId: string;
  readonly unitCode: string;
  readonly verification: string | null;
  readonly text: string | null;
  readonly amount: Ore;
  readonly fileName: string | null;
  /** The import's kind ("sie", "csv", "demo") when it has no file name. */
  readonly source: string;
}

/**
 * The transaction's key, durable while its import is in force: the import and the file's line
 * ("…/rad 12"), or the stored transaction's number when it has no line ("…/nr 3456").
 */
export function ledgerMemberKey(transaction: LedgerPopulationTransaction): string {
  return transaction.line === null
    ? `${transaction.importBatchId}/nr ${String(transaction.transactionId)}`
    : `${transaction.importBatchId}/rad ${String(transaction.line)}`;
}

/** Stable order for the draw, on any machine: by import, then line (or number) as numbers. */
export function compareLedgerTransactions(
  a: LedgerPopulationTransaction,
  b: LedgerPopulationTransaction,
): number {
  if (a.importBatchId !== b.importBatchId) return a.importBatchId < b.importBatchId ? -1 : 1;
  const rank = (t: LedgerPopulationTransaction): readonly [number, number] =>
    t.line === null ? [1, t.transactionId] : [0, t.line];
  const [aKind, aNumber] = rank(a);
  const [bKind, bNumber] = rank(b);
  return aKind !== bKind ? aKind - bKind : aNumber - bNumber;
}

/**
 * What the reviewer reads, enough to find the transaction again:
 * "2023-09-12 konto 4110 ansvar 8122 ver. B-0912 Utbetalning: -12 345,00 kr (fil huvudbok.csv, rad 12)".
 */
export function ledgerMemberLabel(transaction: LedgerPopulationTransaction): string {
  const verification =
    transaction.verification === null || transaction.verification === ''
      ? ''
      : ` ver. ${transaction.verification}`;
  const text =
    transaction.text === null || transaction.text === '' ? '' : ` ${transaction.text.trim()}`;
  const where =
    transaction.fileName === null ? `import ${transaction.source}` : `fil ${transaction.fileName}`;
  const line = transaction.line === null ? '' : `, rad ${String(transaction.line)}`;
  return `${transaction.date} konto ${transaction.accountNumber} ansvar ${transaction.unitCode}${verification}${text}: ${formatKronor(transaction.amount)} kr (${where}${line})`;
}
