import type { FastifyInstance } from 'fastify';
import {
  carryOverGoals,
  downloadGoalReport,
  getGoals,
  getIndicatorComparison,
  saveBoardGoal,
  saveGoalAssessment,
  saveGoalOutcome,
  saveIndicator,
} from '#contract/goals';
import { serveEndpoint, serveFileEndpoint } from '#server/http/endpoint-route';
import { generateGoalReportDocument } from './goal-report.service';
import * as carryOver from './goals-carry-over.service';
import { saveAssessment, saveOutcome } from './goal-saves.service';
import { goalsPage } from './goals-page.service';
import * as setup from './goal-setup.service';
import { indicatorComparisonDto } from './kolada-comparison.service';

/** Mål och nyckeltal: the page, an outcome's and an assessment's saves, the controller's edits. */
export function goalsRoutes(app: FastifyInstance): void {
  serveEndpoint(app, getGoals, ({ ctx, query }) => goalsPage(ctx, query));
  serveEndpoint(app, saveGoalOutcome, ({ ctx, body }) => saveOutcome(ctx, body));
  serveEndpoint(app, saveGoalAssessment, ({ ctx, body }) => saveAssessment(ctx, body));
  serveFileEndpoint(app, downloadGoalReport, ({ ctx, query }) =>
    generateGoalReportDocument(ctx, query),
  );
  serveEndpoint(app, getIndicatorComparison, ({ ctx, params }) =>
    indicatorComparisonDto(ctx, { indicatorId: params.indicatorId }),
  );
  serveEndpoint(app, carryOverGoals, async ({ ctx, body }) => {
    const summary = await carryOver.carryOverGoals(ctx, body);
    return {
      fromYear: summary.fromYear,
      toYear: summary.toYear,
      boardGoals: summary.boardGoals,
      indicators: summary.targets.length,
    };
  });
  serveEndpoint(app, saveBoardGoal, ({ ctx, params, body }) =>
    setup.saveBoardGoal(ctx, { ...body, boardGoalId: params.boardGoalId }),
  );
  serveEndpoint(app, saveIndicator, ({ ctx, params, body }) =>
    setup.saveIndicator(ctx, { ...body, indicatorId: params.indicatorId }),
  );
}
