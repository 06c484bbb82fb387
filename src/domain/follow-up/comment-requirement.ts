import {
  GROUP_SEPARATOR,
  formatFixed,
  formatPercentFromBasisPoints,
  formatTkr,
} from '../kernel/format';
import { ore, roundToTkr, subtractOre, type Ore } from '../kernel/money';
import { roundedQuotient, safeNumber } from '../kernel/ratio';

/**
 * The controller's threshold for when a unit must explain its variance ("Kommentar till
 * avvikelsen") and say what it does about it ("Åtgärd till avvikelsen"). Either limit
 * triggers: a variance passes the amount when its absolute value is greater than `amount`
 * (öre), and the percentage when it is greater than `percentBasisPoints` (hundredths of a
 * percent) of the absolute budget it is measured against. A limit that is null is not used.
 * Favourable and unfavourable variances alike trigger: 003 comments on both.
 */
export interface CommentThreshold {
  readonly amount: Ore | null;
  readonly percentBasisPoints: number | null;
  /** When true, the action is required only if a triggering variance is unfavourable
   * (negative); a favourable one needs the comment alone, as most of 003's do. Default
   * false: the issue asks for both. */
  readonly actionOnlyWhenUnfavourable?: boolean;
}

/** A unit's figures at a report month, result sign (revenue +, cost −). */
export interface UnitMonthFigures {
  readonly actualYearToDate: Ore;
  /** The phased budget January up to the report month. */
  readonly budgetYearToDate: Ore;
  /** The full-year forecast made at the report month. */
  readonly forecast: Ore;
  /** The full-year budget. */
  readonly budget: Ore;
}

/** year-to-date: actual − phased budget to date; forecast: forecast − full-year budget. */
export type VarianceMeasure = 'year-to-date' | 'forecast';
export type ThresholdRule = 'amount' | 'percent';

/** A variance and its size relative to the budget it is measured against. */
export interface MeasuredVariance {
  readonly measure: VarianceMeasure;
  /** Result sign: positive is favourable. */
  readonly variance: Ore;
  /** The budget the percentage is of (year to date, or the full year). */
  readonly base: Ore;
  /** variance / |base| in tenths of a percent, half away from zero; null for a zero base. */
  readonly percentTenths: number | null;
}

/** One rule that a variance passed, with the limit it passed (öre for the amount, basis
 * points for the percentage). */
export interface CommentTrigger extends MeasuredVariance {
  readonly rule: ThresholdRule;
  readonly limit: number;
}

export interface CommentRequirement {
  readonly commentRequired: boolean;
  readonly actionRequired: boolean;
  /** The rules that triggered: year to date before forecast, amount before percent. */
  readonly triggers: readonly CommentTrigger[];
  readonly yearToDate: MeasuredVariance;
  readonly forecast: MeasuredVariance;
}

const abs = (value: bigint): bigint => (value < 0n ? -value : value);

function checkThreshold(threshold: CommentThreshold): void {
  const { amount, percentBasisPoints } = threshold;
  if (amount !== null && (!Number.isSafeInteger(amount) || amount < 0)) {
    throw new RangeError(`A threshold amount must be whole öre, not negative: ${String(amount)}`);
  }
  if (
    percentBasisPoints !== null &&
    (!Number.isSafeInteger(percentBasisPoints) || percentBasisPoints < 0)
  ) {
    throw new RangeError(
      `A threshold percentage must be whole basis points, not negative: ${String(percentBasisPoints)}`,
    );
  }
}

function measured(measure: VarianceMeasure, compared: Ore, base: Ore): MeasuredVariance {
  const variance = subtractOre(compared, base);
  return {
    measure,
    variance,
    base,
    percentTenths:
      base === 0 ? null : safeNumber(roundedQuotient(BigInt(variance) * 1_000n, abs(BigInt(base)))),
  };
}

/** The rules a variance passes, exactly (no rounded percentage is compared). */
function passed(variance: MeasuredVariance, threshold: CommentThreshold): CommentTrigger[] {
  const size = abs(BigInt(variance.variance));
  const triggers: CommentTrigger[] = [];
  const { amount, percentBasisPoints } = threshold;
  if (amount !== null && size > BigInt(amount)) {
    triggers.push({ ...variance, rule: 'amount', limit: amount });
  }
  if (
    percentBasisPoints !== null &&
    variance.base !== 0 &&
    size * 10_000n > BigInt(percentBasisPoints) * abs(BigInt(variance.base))
  ) {
    triggers.push({ ...variance, rule: 'percent', limit: percentBasisPoints });
  }
  return triggers;
}

/**
 * Whether a unit's comment and action are required for a month: when the year-to-date variance
 * (actual − phased budget to date) or the forecast variance (forecast − full-year budget)
 * passes the threshold's amount or its percentage of that budget (either triggers; at the
 * limit exactly does not). The percentage has no meaning against a zero budget, so there only
 * the amount can trigger. Returns the triggering rules for the explanation.
 */
export function commentRequirement(
  figures: UnitMonthFigures,
  threshold: CommentThreshold,
): CommentRequirement {
  checkThreshold(threshold);
  const yearToDate = measured('year-to-date', figures.actualYearToDate, figures.budgetYearToDate);
  const forecast = measured('forecast', figures.forecast, figures.budget);
  const triggers = [...passed(yearToDate, threshold), ...passed(forecast, threshold)];
  const commentRequired = triggers.length > 0;
  const actionRequired = threshold.actionOnlyWhenUnfavourable
    ? triggers.some((trigger) => trigger.variance < 0)
    : commentRequired;
  return { commentRequired, actionRequired, triggers, yearToDate, forecast };
}

/** The texts a unit has written for the month (null or blank when not written). */
export interface FollowUpTexts {
  readonly comment: string | null;
  readonly action: string | null;
}

/** Which required texts are missing (blank counts as missing): what stops a submission. */
export function missingRequiredTexts(
  requirement: Pick<CommentRequirement, 'commentRequired' | 'actionRequired'>,
  texts: FollowUpTexts,
): ('comment' | 'action')[] {
  const blank = (text: string | null): boolean => (text ?? '').trim() === '';
  const missing: ('comment' | 'action')[] = [];
  if (requirement.commentRequired && blank(texts.comment)) missing.push('comment');
  if (requirement.actionRequired && blank(texts.action)) missing.push('action');
  return missing;
}

const MEASURE_PHRASES_SV: Readonly<Record<VarianceMeasure, string>> = {
  'year-to-date': 'Avvikelsen mot periodens budget',
  forecast: 'Prognosens avvikelse mot årets budget',
};

/** "+1 200 tkr", "-612 tkr", "0 tkr". */
function signedTkr(amount: Ore): string {
  return `${roundToTkr(amount) > 0 ? '+' : ''}${formatTkr(amount)}${GROUP_SEPARATOR}tkr`;
}

function signedPercent(tenths: number): string {
  return `${tenths > 0 ? '+' : ''}${formatFixed(tenths, 1)}${GROUP_SEPARATOR}%`;
}

/**
 * The Swedish sentence for one trigger, e.g. "Avvikelsen mot periodens budget är -612 tkr,
 * mer än gränsen 500 tkr." or "Prognosens avvikelse mot årets budget är +12,5 %, mer än
 * gränsen 10 %." (amounts in whole tkr, percentages with one decimal).
 */
export function commentTriggerSv(trigger: CommentTrigger): string {
  const phrase = MEASURE_PHRASES_SV[trigger.measure];
  if (trigger.rule === 'amount') {
    const limit = formatTkr(ore(trigger.limit));
    return `${phrase} är ${signedTkr(trigger.variance)}, mer än gränsen ${limit}${GROUP_SEPARATOR}tkr.`;
  }
  const limit = formatPercentFromBasisPoints(trigger.limit);
  return `${phrase} är ${signedPercent(trigger.percentTenths ?? 0)}, mer än gränsen ${limit}${GROUP_SEPARATOR}%.`;
}

/**
 * Why the unit must (or need not) write: a first sentence saying what is required, then one
 * sentence per trigger, for the follow-up form.
 */
export function commentRequirementSv(requirement: CommentRequirement): string[] {
  if (!requirement.commentRequired) {
    return ['Kommentar och åtgärd behövs inte: avvikelserna är inom controllerns gränser.'];
  }
  const what = requirement.actionRequired
    ? 'Kommentar till avvikelsen och Åtgärd till avvikelsen krävs.'
    : 'Kommentar till avvikelsen krävs.';
  return [what, ...requirement.triggers.map((trigger) => commentTriggerSv(trigger))];
}
