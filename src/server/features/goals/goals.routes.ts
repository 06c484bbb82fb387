import type { FastifyInstance } from 'fastify';
import { getGoals, saveGoalAssessment, saveGoalOutcome } from '#contract/goals';
import { serveEndpoint } from '#server/http/endpoint-route';
import { saveAssessment, saveOutcome } from './goal-saves.service';
import { goalsPage } from './goals-page.service';

/** Mål och nyckeltal: the page, an outcome's save and an assessment's. */
export function goalsRoutes(app: FastifyInstance): void {
  serveEndpoint(app, getGoals, ({ ctx, query }) => goalsPage(ctx, query));
  serveEndpoint(app, saveGoalOutcome, ({ ctx, body }) => saveOutcome(ctx, body));
  serveEndpoint(app, saveGoalAssessment, ({ ctx, body }) => saveAssessment(ctx, body));
}
