import type { FastifyInstance } from 'fastify';
import {
  getGoals,
  getIndicatorComparison,
  saveBoardGoal,
  saveGoalAssessment,
  saveGoalOutcome,
  saveIndicator,
} from '#contract/goals';
import { serveEndpoint } from '#server/http/endpoint-route';
import { saveAssessment, saveOutcome } from './goal-saves.service';
import { goalsPage } from './goals-page.service';
import * as setup from './goal-setup.service';
import { indicatorComparisonDto } from './kolada-comparison.service';

/** Mål och nyckeltal: the page, an outcome's and an assessment's saves, the controller's edits. */
export function goalsRoutes(app: FastifyInstance): void {
  serveEndpoint(app, getGoals, ({ ctx, query }) => goalsPage(ctx, query));
  serveEndpoint(app, saveGoalOutcome, ({ ctx, body }) => saveOutcome(ctx, body));
  serveEndpoint(app, saveGoalAssessment, ({ ctx, body }) => saveAssessment(ctx, body));
  serveEndpoint(app, getIndicatorComparison, ({ ctx, params }) =>
    indicatorComparisonDto(ctx, { indicatorId: params.indicatorId }),
  );
  serveEndpoint(app, saveBoardGoal, ({ ctx, params, body }) =>
    setup.saveBoardGoal(ctx, { ...body, boardGoalId: params.boardGoalId }),
  );
  serveEndpoint(app, saveIndicator, ({ ctx, params, body }) =>
    setup.saveIndicator(ctx, { ...body, indicatorId: params.indicatorId }),
  );
}
