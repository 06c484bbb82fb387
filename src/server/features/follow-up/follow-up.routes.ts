import type { FastifyInstance } from 'fastify';
import {
  downloadMonthlyReport,
  getMonthlyReportTexts,
  saveMonthlyReportText,
  getFollowUpView,
  getUnitReport,
  reviewUnitReport,
  saveFollowUpThreshold,
  saveUnitReport,
  setFollowUpMonth,
} from '#contract/follow-up';
import type { Database } from '#server/db/connect';
import { serveEndpoint, serveFileEndpoint } from '#server/http/endpoint-route';
import * as reports from './follow-up-report.service';
import * as months from './follow-up-month.service';
import { FollowUpViews } from './follow-up-view-cache';
import * as monthly from './monthly-report.service';
import { unitReport } from './unit-report.service';
import { getForecastAccuracy } from '#contract/forecast-accuracy';
import { forecastAccuracy } from './forecast-accuracy.service';
import { listAllocationForecasts, saveAllocationForecast } from '#contract/allocation-forecast';
import * as allocationForecasts from './allocation-forecast.service';

export function followUpRoutes(app: FastifyInstance, database: Database): void {
  const db = database.db;
  const views = new FollowUpViews(db, database.changes);
  serveEndpoint(app, getFollowUpView, ({ params, query }) => views.view(params, query));
  serveEndpoint(app, getUnitReport, ({ ctx, params, query }) =>
    unitReport(ctx, { ...query, orgUnitId: params.orgUnitId }),
  );
  serveEndpoint(app, saveUnitReport, ({ ctx, params, body }) =>
    reports.saveUnitReport(ctx, { ...body, orgUnitId: params.orgUnitId }),
  );
  serveEndpoint(app, reviewUnitReport, ({ ctx, params, body }) =>
    reports.reviewUnitReport(ctx, { ...body, orgUnitId: params.orgUnitId }),
  );
  serveEndpoint(app, setFollowUpMonth, ({ ctx, body }) => months.setFollowUpMonth(ctx, body));
  serveEndpoint(app, saveFollowUpThreshold, ({ ctx, body }) => months.saveThreshold(ctx, body));
  serveEndpoint(app, getMonthlyReportTexts, ({ params, query }) =>
    monthly.monthlyReportTexts(db, params, query),
  );
  serveEndpoint(app, saveMonthlyReportText, (input) =>
    monthly.saveMonthlyReportText(input.ctx, input.body),
  );
  serveEndpoint(app, listAllocationForecasts, ({ params, query }) =>
    allocationForecasts.allocationForecastsOfYear(db, params, query.year),
  );
  serveEndpoint(app, saveAllocationForecast, ({ ctx, body }) =>
    allocationForecasts.saveAllocationForecast(ctx, body),
  );
  serveFileEndpoint(app, downloadMonthlyReport, ({ ctx, query }) =>
    monthly.generateMonthlyReport(ctx, query),
  );
  serveEndpoint(app, getForecastAccuracy, ({ params, query }) =>
    forecastAccuracy(db, params, query),
  );
}
