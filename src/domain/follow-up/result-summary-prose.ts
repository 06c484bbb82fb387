import { formatFixed, GROUP_SEPARATOR } from '../kernel/format';
import { ore, roundToTenthsOfMnkr, subtractOre, type Ore } from '../kernel/money';
import { MONTH_NAMES_SV, type Month } from '../kernel/period';

/*
 * The generated sentences of a monthly result report (003), from the figures. The controller
 * writes the explanations around them ("Den positiva avvikelsen beror på ..."); these are the
 * figures' part. Amounts in mnkr with one decimal and a decimal comma, rounded half away from
 * zero from öre; a negative amount with the minus every figure has (kernel/format.ts). A
 * figure that rounds to 0,0 has no sign or word. The space before "mnkr" is a no-break space,
 * so "-0,2 mnkr" never wraps.
 */

/** "3,3" / "-0,2" / "0,0": mnkr with one decimal. */
function mnkr(amount: Ore): string {
  return formatFixed(roundToTenthsOfMnkr(amount), 1);
}

/** "+4,0" / "-0,2" / "0,0": signed, as 003's unit lines. */
function signedMnkr(amount: Ore): string {
  return `${roundToTenthsOfMnkr(amount) > 0 ? '+' : ''}${mnkr(amount)}`;
}

/** The board's name inside a sentence: "Socialnämnden" -> "socialnämnden" (a common noun in
 * Swedish), but an abbreviation ("AFN") as it is. */
function inSentence(name: string): string {
  const trimmed = name.trim();
  const second = trimmed.charAt(1);
  return second !== '' && second === second.toLocaleLowerCase('sv-SE')
    ? trimmed.charAt(0).toLocaleLowerCase('sv-SE') + trimmed.slice(1)
    : trimmed;
}

/** "Sammanfattning av resultatet för socialnämnden, april 2025": the heading of 003's
 * summary (section 2 "Resultat"). */
export function resultSummaryHeading(boardName: string, year: number, month: Month): string {
  return `Sammanfattning av resultatet för ${inSentence(boardName)}, ${MONTH_NAMES_SV[month]} ${String(year)}`;
}

/** The board's result January up to the report month, actual and phased budget (Årets
 * resultat: nettokostnader + kommunbidrag + finansnetto), result sign. */
export interface BoardResultYearToDate {
  readonly actual: Ore;
  readonly budget: Ore;
}

/**
 * The summary's two sentences (003, sections 1 and 5):
 * "Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde." (minus
 * for a negative result, no word at 0,0) and "Utfallet avviker mot budget med 10,5 mnkr."
 * (variance = actual − budget; a favourable variance unsigned, as 003 writes it, an
 * unfavourable one with its minus; "Utfallet är i nivå med budget." when it rounds to 0,0).
 */
export function resultSummarySentences(result: BoardResultYearToDate): string[] {
  const tenths = roundToTenthsOfMnkr(result.actual);
  const word = tenths > 0 ? 'plus ' : tenths < 0 ? 'minus ' : '';
  const size = mnkr(ore(Math.abs(result.actual)));
  const variance = subtractOre(result.actual, result.budget);
  return [
    `Ackumulerat resultat uppgår till ${word}${size}${GROUP_SEPARATOR}mnkr för hela nämndens ansvarsområde.`,
    roundToTenthsOfMnkr(variance) === 0
      ? 'Utfallet är i nivå med budget.'
      : `Utfallet avviker mot budget med ${mnkr(variance)}${GROUP_SEPARATOR}mnkr.`,
  ];
}

/** A unit's year-to-date variance (actual − phased budget) at the report month and at the
 * month before, result sign. */
export interface UnitVarianceFigures {
  readonly unitName: string;
  readonly variance: Ore;
  /** The previous month's variance; null when the previous report has none for the unit. */
  readonly previousVariance: Ore | null;
}

/**
 * A unit's line in "Kommentarer och åtgärder till större avvikelser" (003 section 2):
 * "Utredningsenhet vuxen -0,2 mnkr (mars -0,3 mnkr)". The variance signed (+ when favourable),
 * the previous month's in parentheses with the month's name; without it (null, or a January
 * report, which has no earlier month in the year) the parentheses are left out, as 003's
 * "Öppenvård och stödboende +1 mnkr".
 */
export function unitVarianceLine(unit: UnitVarianceFigures, reportMonth: Month): string {
  const line = `${unit.unitName.trim()} ${signedMnkr(unit.variance)}${GROUP_SEPARATOR}mnkr`;
  if (unit.previousVariance === null || reportMonth === 1) return line;
  const previousMonth = MONTH_NAMES_SV[(reportMonth - 1) as Month];
  return `${line} (${previousMonth} ${signedMnkr(unit.previousVariance)}${GROUP_SEPARATOR}mnkr)`;
}

/** Swedish genitive: "Utredningsenhet vuxen" -> "vuxens", a name ending in s, x or z as it is. */
function genitive(name: string): string {
  const trimmed = name.trim();
  return /[sxz]$/iu.test(trimmed) ? trimmed : `${trimmed}s`;
}

/**
 * A proposed first sentence of the unit's comment, as 003's: "Utredningsenhet vuxens resultat
 * avviker med -0,2 mnkr mot periodens budget." (a favourable variance unsigned; "... är i nivå
 * med periodens budget." at 0,0).
 */
export function unitVarianceSentence(unitName: string, variance: Ore): string {
  const subject = `${genitive(unitName)} resultat`;
  return roundToTenthsOfMnkr(variance) === 0
    ? `${subject} är i nivå med periodens budget.`
    : `${subject} avviker med ${mnkr(variance)}${GROUP_SEPARATOR}mnkr mot periodens budget.`;
}

/**
 * The opening of 003's Årsprognos (section 3): "Total prognos för nämnden uppgår till
 * +22,0 mnkr." The board's forecast result for the year, signed, in mnkr with one decimal like
 * every amount in the report (003 writes "+22 mnkr"; one decimal throughout reads evenly).
 */
export function forecastTotalSentence(forecastResult: Ore): string {
  return `Total prognos för nämnden uppgår till ${signedMnkr(forecastResult)}${GROUP_SEPARATOR}mnkr.`;
}

/**
 * A unit's line under Årsprognos: "Rekryteringsenheten +5,0 mnkr", "Utredning vuxen -0,3 mnkr":
 * the unit's forecast variance (forecast − full-year budget), signed, mnkr with one decimal.
 */
export function unitForecastLine(unitName: string, forecastVariance: Ore): string {
  return `${unitName.trim()} ${signedMnkr(forecastVariance)}${GROUP_SEPARATOR}mnkr`;
}

/** The year's investment budget and the expenditure to date (positive amounts). */
export interface InvestmentSummaryFigures {
  readonly budget: Ore;
  readonly actualYearToDate: Ore;
  /** The budget was changed during the year ("efter justering"). */
  readonly adjusted: boolean;
  /** What the expenditure is, in the controller's words ("avser möbler"); optional. */
  readonly actualRemark?: string;
}

/**
 * 003's Investeringsverksamhet sentence: "Investeringsbudget för året uppgår efter justering
 * till 1,7 mnkr, utfall för ackumulerad period uppgår till 0,2 mnkr och avser möbler."
 */
export function investmentSummarySentence(figures: InvestmentSummaryFigures): string {
  const adjusted = figures.adjusted ? ' efter justering' : '';
  const remark = (figures.actualRemark ?? '').trim().replace(/\.+$/u, '').trimEnd();
  return (
    `Investeringsbudget för året uppgår${adjusted} till ${mnkr(figures.budget)}${GROUP_SEPARATOR}mnkr, ` +
    `utfall för ackumulerad period uppgår till ${mnkr(figures.actualYearToDate)}${GROUP_SEPARATOR}mnkr` +
    `${remark === '' ? '' : ` och ${remark}`}.`
  );
}
