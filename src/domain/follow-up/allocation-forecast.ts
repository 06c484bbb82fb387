import { formatFixed, formatTkr, GROUP_SEPARATOR } from '../kernel/format';
import { addOre, roundToTenthsOfMnkr, ZERO_ORE, type Ore } from '../kernel/money';
import { MONTH_NAMES_SV, type Month } from '../kernel/period';

/**
 * The controller's expected but undecided change to the board's kommunbidrag (003: "Nämnden
 * har fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag … och förväntas vid årets slut ha
 * ett resultat motsvarande"), entered at a report month with its text. The forecast of the
 * kommunbidrag line is the revised allocation plus the change; as the units' forecasts, the
 * latest entered at or before the report month applies, and a zero withdraws an earlier one.
 */

/** One month's entry: the change in result sign (less kommunbidrag is -) and why. */
export interface AllocationForecastEntry {
  readonly reportMonth: Month;
  readonly amount: Ore;
  readonly text: string;
}

/**
 * The expected change in force at a report month: the latest entry made at or before it, or
 * null when there is none or the latest is zero (withdrawn).
 */
export function allocationForecastAt<T extends AllocationForecastEntry>(
  entries: readonly T[],
  month: Month,
): T | null {
  const latest = entries
    .filter((entry) => entry.reportMonth <= month)
    .reduce<T | null>(
      (found, entry) => (found === null || entry.reportMonth > found.reportMonth ? entry : found),
      null,
    );
  return latest === null || latest.amount === ZERO_ORE ? null : latest;
}

/** The kommunbidrag line's forecast: the revised allocation plus the change in force. */
export const forecastAllocation = (
  revised: Ore,
  change: Pick<AllocationForecastEntry, 'amount'> | null,
): Ore => addOre(revised, change?.amount ?? ZERO_ORE);

/** A problem with an entry, on its field (the contract gives the Swedish text). */
export interface AllocationForecastIssue {
  readonly field: 'expectedChangeText';
  readonly problem: 'required';
}

/** An entry's problems: a change other than zero needs its text (what and why). */
export function allocationForecastIssues(entry: {
  readonly amount: Ore;
  readonly text: string;
}): AllocationForecastIssue[] {
  return entry.amount !== ZERO_ORE && entry.text.trim() === ''
    ? [{ field: 'expectedChangeText', problem: 'required' }]
    : [];
}

/** "-1,6" / "+0,5": signed mnkr with one decimal. */
function signedMnkr(amount: Ore): string {
  const tenths = roundToTenthsOfMnkr(amount);
  return `${tenths > 0 ? '+' : ''}${formatFixed(tenths, 1)}`;
}

/** The text inside the sentence: its first letter small unless it opens an abbreviation. */
function inSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/gu, ' ');
  const second = trimmed.charAt(1);
  const lowered =
    second !== '' && second === second.toLocaleLowerCase('sv-SE')
      ? trimmed.charAt(0).toLocaleLowerCase('sv-SE') + trimmed.slice(1)
      : trimmed;
  return /[.!?…]$/u.test(lowered) ? lowered : `${lowered}.`;
}

/**
 * The report's sentence on the change: "Förväntad ändring av kommunbidrag: -1,6 mnkr,
 * nämnden har fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag …".
 */
export function expectedAllocationChangeSentence(change: AllocationForecastEntry): string {
  return (
    `Förväntad ändring av kommunbidrag: ${signedMnkr(change.amount)}${GROUP_SEPARATOR}mnkr, ` +
    inSentence(change.text)
  );
}

/** An expected change as the statement and the follow-up page note it. */
export interface ExpectedChangeShown {
  readonly month: Month;
  readonly amount: Ore;
  readonly text: string;
}

const tkrSv = (amount: Ore) => `${formatTkr(amount)}${GROUP_SEPARATOR}tkr`;

/**
 * "Prognosen för kommunbidraget räknar med en förväntad ändring på -1 600 tkr (inlagd april):
 * nämnden har fått …"; without a change, that the forecast counts none.
 */
export function expectedChangeNoteSv(change: ExpectedChangeShown | null): string {
  return change === null
    ? 'Prognosen för kommunbidraget räknar inte med någon förväntad ändring utöver besluten.'
    : `Prognosen för kommunbidraget räknar med en förväntad ändring på ` +
        `${change.amount > 0 ? '+' : ''}${tkrSv(change.amount)} (inlagd ${MONTH_NAMES_SV[change.month]}): ` +
        inSentence(change.text);
}

/** The operating statement's kommunbidrag as the notes under it read it. */
export interface StatementAllocation {
  readonly original: Ore;
  readonly revised: Ore;
  readonly expectedChange: ExpectedChangeShown | null;
}

/**
 * The notes under a board's operating statement on its kommunbidrag: the budgeted one beside
 * the revised when decisions changed it, and the expected change its forecast counts.
 */
export function statementAllocationNotesSv(
  allocation: StatementAllocation,
  month: Month,
): string[] {
  return [
    ...(allocation.original === allocation.revised
      ? []
      : [
          `Kommunbidraget är ändrat genom beslut under året: ${tkrSv(allocation.original)} i budget, ` +
            `${tkrSv(allocation.revised)} efter besluten till och med ${MONTH_NAMES_SV[month]}.`,
        ]),
    ...(allocation.expectedChange === null
      ? []
      : [expectedChangeNoteSv(allocation.expectedChange)]),
  ];
}
