import type { FastifyInstance } from 'fastify';
import * as contract from '#contract/board-reports';
import { serveEndpoint } from '#server/http/endpoint-route';
import * as reports from './board-reports.service';
import * as sections from './report-sections.service';

/** The interim and annual reports: the year's list, opening one, its sections' changes. */
export function boardReportRoutes(app: FastifyInstance): void {
  serveEndpoint(app, contract.listBoardReports, ({ ctx, query }) =>
    reports.boardReportsOfYear(ctx, query.year),
  );
  serveEndpoint(app, contract.openBoardReport, ({ ctx, body }) =>
    reports.openBoardReport(ctx, body.year, body.month),
  );
  serveEndpoint(app, contract.getBoardReport, ({ ctx, params }) =>
    reports.boardReport(ctx, params.reportId),
  );
  const sectionOf = (params: {
    municipalityId: string;
    boardId: string;
    reportId: string;
    sectionKey: string;
  }) => ({ ...params, key: params.sectionKey });
  serveEndpoint(app, contract.assignReportSection, ({ ctx, params, body }) =>
    sections.assignReportSection(ctx, sectionOf(params), body),
  );
  serveEndpoint(app, contract.saveReportSection, ({ ctx, params, body }) =>
    sections.saveReportSection(ctx, sectionOf(params), body),
  );
  serveEndpoint(app, contract.stepReportSection, ({ ctx, params, body }) =>
    sections.stepReportSection(ctx, sectionOf(params), body),
  );
}
