import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { errorBodySchema, type ErrorDetails } from '#contract/errors';
import type { SignedInInject } from './http-session';

/** How many times each race is run: a lost update shows within a few on the old code. */
export const ROUNDS = 15;

/** Two saves sent at once, and which won: its index, answer, and the loser's details. */
export interface RaceOutcome {
  readonly winner: 0 | 1;
  readonly answer: LightMyRequestResponse;
  readonly refusal: ErrorDetails;
}

/**
 * Sends two saves truly in parallel, each from its own session, and expects exactly one 200
 * and one 409 that names an edit conflict.
 */
export async function race(
  sessions: readonly [SignedInInject, SignedInInject],
  requests: readonly [InjectOptions, InjectOptions],
): Promise<RaceOutcome> {
  const answers = await Promise.all([sessions[0](requests[0]), sessions[1](requests[1])]);
  const statuses = answers.map((answer) => answer.statusCode);
  expect(
    [...statuses].sort(),
    answers.map((answer) => answer.body.slice(0, 300)).join('\n'),
  ).toEqual([200, 409]);
  const [first, second] = answers;
  const [answer, loser] = first.statusCode === 200 ? [first, second] : [second, first];
  const refusal = errorBodySchema.parse(loser.json()).error.details;
  expect(refusal.reason).toBe('edit-conflict');
  return { winner: answer === first ? 0 : 1, answer, refusal };
}
