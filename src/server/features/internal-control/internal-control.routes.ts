import type { FastifyInstance } from 'fastify';
import * as contract from '#contract/internal-control';
import * as samplesContract from '#contract/internal-control-samples';
import { serveEndpoint, serveFileEndpoint } from '#server/http/endpoint-route';
import { generateControlFollowUpDocument } from './control-follow-up-document.service';
import { saveControlFollowUp } from './control-follow-up.service';
import { saveControl } from './control-plan.service';
import { saveCriticalFactor, saveCriticalFactorFollowUp } from './critical-factors.service';
import {
  controlFollowUpDto,
  factorFollowUpDto,
  planControlDto,
  riskDto,
} from './internal-control-dto';
import { internalControlPage } from './internal-control-page.service';
import {
  drawSampleSummary,
  redoBoardSample,
  reviewBoardSampleItem,
  sampleWithItems,
} from './internal-control-samples.service';
import { risksOf, saveRisk, startRiskAnalysis } from './risks.service';

/**
 * Internkontroll: the page; the controller's saves of the risk analysis, the critical success
 * factors, the plan and its follow-up; samples drawn, opened, reviewed and drawn again; the
 * follow-up as a document.
 */
export function internalControlRoutes(app: FastifyInstance): void {
  serveEndpoint(app, contract.getInternalControl, ({ ctx, query }) =>
    internalControlPage(ctx, query),
  );
  serveEndpoint(app, contract.saveRisk, async ({ ctx, body }) => {
    const saved = await saveRisk(ctx, body);
    const risk = (await risksOf(ctx.db, ctx.board, saved.year)).find(
      (candidate) => candidate.id === saved.id,
    );
    if (!risk) throw new Error('The risk just saved is not there');
    return riskDto(risk);
  });
  serveEndpoint(app, contract.startRiskAnalysis, ({ ctx, body }) => startRiskAnalysis(ctx, body));
  serveEndpoint(app, contract.saveCriticalFactor, async ({ ctx, body }) => {
    const saved = await saveCriticalFactor(ctx, body);
    return { id: saved.id, revision: saved.revision };
  });
  serveEndpoint(app, contract.saveCriticalFactorFollowUp, async ({ ctx, params, body }) =>
    factorFollowUpDto(
      await saveCriticalFactorFollowUp(ctx, {
        ...body,
        criticalFactorId: params.criticalFactorId,
      }),
    ),
  );
  serveEndpoint(app, contract.saveControl, async ({ ctx, body }) => {
    const { id, ...rest } = body;
    return planControlDto(await saveControl(ctx, { ...rest, controlId: id }));
  });
  serveEndpoint(app, contract.saveControlFollowUp, async ({ ctx, params, body }) =>
    controlFollowUpDto(await saveControlFollowUp(ctx, { ...body, controlId: params.controlId })),
  );
  serveEndpoint(app, samplesContract.drawSample, ({ ctx, body }) => drawSampleSummary(ctx, body));
  serveEndpoint(app, samplesContract.getSample, ({ ctx, params }) =>
    sampleWithItems(ctx, params.sampleId),
  );
  serveEndpoint(app, samplesContract.redoSample, ({ ctx, params }) =>
    redoBoardSample(ctx, params.sampleId),
  );
  serveEndpoint(app, samplesContract.reviewSampleItem, ({ ctx, params, body }) =>
    reviewBoardSampleItem(ctx, {
      ...body,
      sampleId: params.sampleId,
      position: Number(params.position),
    }),
  );
  serveFileEndpoint(app, contract.downloadControlFollowUp, ({ ctx, query }) =>
    generateControlFollowUpDocument(ctx, query),
  );
}
