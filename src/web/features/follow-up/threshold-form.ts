import type { z } from 'zod';
import type { thresholdSchema } from '#contract/follow-up';
import { formatInteger, formatPercentFromBasisPoints } from '#domain/kernel/format';
import { oreFromTkr, roundToTkr } from '#domain/kernel/money';
import { parsePercentToBasisPoints, parseWholeNumberSv } from '#domain/kernel/parse';

/**
 * The controller's threshold for when a unit must comment, as typed: an amount in whole tkr
 * and a percentage of the budget, each left empty when not used.
 */

export type Threshold = z.output<typeof thresholdSchema>;
export type ThresholdBody = z.input<typeof thresholdSchema>;

export interface ThresholdDraft {
  readonly amount: string;
  readonly percent: string;
}

export function thresholdDraftOf(threshold: Threshold): ThresholdDraft {
  return {
    amount: threshold.amount === null ? '' : formatInteger(roundToTkr(threshold.amount)),
    percent:
      threshold.basisPoints === null ? '' : formatPercentFromBasisPoints(threshold.basisPoints),
  };
}

export interface ReadThreshold {
  readonly body: ThresholdBody | null;
  readonly errors: Readonly<Partial<Record<keyof ThresholdDraft, string>>>;
}

/** The highest percentage the server takes (1 000 %, in basis points). */
const MAX_BASIS_POINTS = 100_000;

export function readThreshold(draft: ThresholdDraft): ReadThreshold {
  const errors: Partial<Record<keyof ThresholdDraft, string>> = {};
  const amount = parseWholeNumberSv(draft.amount);
  if (amount.kind === 'invalid' || (amount.kind === 'number' && amount.value < 0))
    errors.amount =
      'Ange beloppet i hela tkr, 0 eller mer, t.ex. 500. Lämna tomt om det inte ska gälla.';
  const percent = parsePercentToBasisPoints(draft.percent);
  if (
    percent.kind === 'invalid' ||
    (percent.kind === 'number' && (percent.value < 0 || percent.value > MAX_BASIS_POINTS))
  )
    errors.percent =
      'Ange procenten med högst två decimaler, mellan 0 och 1 000, t.ex. 2,5. Lämna tomt om den inte ska gälla.';
  if (Object.keys(errors).length > 0) return { body: null, errors };
  return {
    body: {
      amount: amount.kind === 'number' ? oreFromTkr(amount.value) : null,
      basisPoints: percent.kind === 'number' ? percent.value : null,
    },
    errors,
  };
}

/** "500 tkr eller 5 % av budgeten", as the page says what applies. */
export function thresholdSv(threshold: Threshold): string {
  const parts: string[] = [];
  if (threshold.amount !== null) parts.push(`${formatInteger(roundToTkr(threshold.amount))} tkr`);
  if (threshold.basisPoints !== null)
    parts.push(`${formatPercentFromBasisPoints(threshold.basisPoints)}\u00a0% av budgeten`);
  if (parts.length === 0) return 'Ingen gräns är satt: kommentar och åtgärd krävs inte.';
  return `Kommentar och åtgärd krävs när avvikelsen eller prognosavvikelsen är större än ${parts.join(' eller ')}.`;
}
