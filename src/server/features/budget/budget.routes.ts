import type { FastifyInstance } from 'fastify';
import {
  createBudgetVersion,
  decideBudgetVersion,
  downloadBudgetDocument,
  getBudgetTexts,
  saveBudgetText,
  getBudgetGrid,
  listBudgetVersions,
  saveBudgetCells,
} from '#contract/budget';
import { getFrameWalk, saveFrameWalk } from '#contract/frame-walk';
import { getLinePhasing, saveLinePhasing } from '#contract/budget-phasing';
import { getUnitFrames, saveUnitFrames } from '#contract/unit-frames';
import { getAccountLines, saveAccountLines } from '#contract/budget-accounts';
import type { Database } from '#server/db/connect';
import { serveEndpoint, serveFileEndpoint, type EndpointInput } from '#server/http/endpoint-route';
import { generateBudgetDocument } from './budget-document.service';
import * as texts from './budget-texts.service';
import * as frameWalks from './frame-walk.service';
import * as phasing from './budget-phasing.service';
import * as unitFrames from './unit-frames.service';
import * as accounts from './budget-accounts.service';
import * as budget from './budget-versions.service';

export function budgetRoutes(app: FastifyInstance, database: Database): void {
  const db = database.db;
  /** The first arguments of every change to a version: the request's context and the version. */
  const versionChange = (input: EndpointInput<{ versionId: string }, unknown, unknown>) =>
    [input.ctx, input.params.versionId] as const;
  serveEndpoint(app, listBudgetVersions, async ({ params, query }) => ({
    versions: await budget.listVersions(db, params, query.year),
  }));
  serveEndpoint(app, getBudgetGrid, ({ params }) =>
    budget.budgetGrid(db, params, params.versionId),
  );
  serveEndpoint(app, createBudgetVersion, (input) => budget.createVersion(input.ctx, input.body));
  serveEndpoint(app, saveBudgetCells, (input) =>
    budget.saveCells(...versionChange(input), input.body),
  );
  serveEndpoint(app, decideBudgetVersion, (input) =>
    budget.decideVersion(...versionChange(input), input.body),
  );
  serveFileEndpoint(app, downloadBudgetDocument, ({ ctx, query }) =>
    generateBudgetDocument(ctx, {
      budgetYear: query.year,
      format: query.format,
      versionId: query.version,
    }),
  );
  serveEndpoint(app, getBudgetTexts, ({ params, query }) =>
    texts.budgetTexts(db, params, query.year),
  );
  serveEndpoint(app, saveBudgetText, (input) => texts.saveBudgetText(input.ctx, input.body));
  serveEndpoint(app, getLinePhasing, ({ params, query }) => phasing.linePhasing(db, params, query));
  serveEndpoint(app, saveLinePhasing, (input) =>
    phasing.saveLinePhasing(...versionChange(input), input.body),
  );
  serveEndpoint(app, getAccountLines, ({ params, query }) =>
    accounts.accountLinesOf(db, params, query),
  );
  serveEndpoint(app, saveAccountLines, (input) =>
    accounts.saveAccountLines(...versionChange(input), input.body),
  );
  serveEndpoint(app, getUnitFrames, ({ params }) =>
    unitFrames.unitFramesOf(db, params, params.versionId),
  );
  serveEndpoint(app, saveUnitFrames, (input) =>
    unitFrames.saveUnitFrames(...versionChange(input), input.body),
  );
  serveEndpoint(app, getFrameWalk, ({ params, query }) =>
    frameWalks.frameWalkOf(db, params, query.year),
  );
  serveEndpoint(app, saveFrameWalk, (input) => frameWalks.saveFrameWalk(input.ctx, input.body));
}
