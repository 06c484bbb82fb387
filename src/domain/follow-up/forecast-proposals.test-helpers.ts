// Helpers shared by the forecast proposals' tests.
import {
  forecastProposals,
  type ForecastMethod,
  type ForecastProposal,
  type ForecastProposalInput,
} from './forecast-proposals';
import type { Ore } from '../kernel/money';

/** The proposal of one method; fails the test when there is none. */
export function proposal(input: ForecastProposalInput, method: ForecastMethod): ForecastProposal {
  const found = forecastProposals(input).find((candidate) => candidate.method === method);
  if (!found) throw new Error(`No proposal ${method}`);
  return found;
}

export const amountOf = (input: ForecastProposalInput, method: ForecastMethod): Ore | null =>
  proposal(input, method).amount;
export const exactOf = (input: ForecastProposalInput, method: ForecastMethod): Ore | null =>
  proposal(input, method).exactAmount;
