import type { FastifyInstance } from 'fastify';
import {
  addBudgetDecision,
  listBudgetDecisions,
  removeBudgetDecision,
  saveDecisionDistribution,
} from '#contract/budget-decisions';
import type { Database } from '#server/db/connect';
import { serveEndpoint } from '#server/http/endpoint-route';
import * as decisions from './budget-decisions.service';
import * as distribution from './budget-distribution.service';

/** Decisions during the year that change the kommunbidrag or the investment budget. */
export function budgetDecisionRoutes(app: FastifyInstance, database: Database): void {
  serveEndpoint(app, listBudgetDecisions, ({ params, query }) =>
    decisions.budgetDecisionsOfYear(database.db, params, query.year),
  );
  serveEndpoint(app, addBudgetDecision, (input) =>
    decisions.addBudgetDecision(input.ctx, input.body),
  );
  serveEndpoint(app, removeBudgetDecision, (input) =>
    decisions.removeBudgetDecision(input.ctx, input.params.decisionId),
  );
  serveEndpoint(app, saveDecisionDistribution, (input) =>
    distribution.saveDecisionDistribution(input.ctx, input.params.decisionId, input.body),
  );
}
