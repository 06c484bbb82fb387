import type { FastifyInstance } from 'fastify';
import {
  getInvestmentBudget,
  getInvestmentFollowUp,
  saveInvestmentBudget,
  saveInvestmentFollowUp,
} from '#contract/investment-budget';
import {
  getInvestmentLinks,
  getInvestmentTransactions,
  saveInvestmentLinks,
} from '#contract/investment-links';
import type { Database } from '#server/db/connect';
import { serveEndpoint } from '#server/http/endpoint-route';
import * as investments from './investment-budget.service';
import * as actuals from './investment-actuals.service';
import * as followUp from './investment-follow-up.service';
import * as links from './investment-links.service';

/** The investment budget of a budget version, and its follow-up at a report month. */
export function investmentBudgetRoutes(app: FastifyInstance, database: Database): void {
  const db = database.db;
  serveEndpoint(app, getInvestmentBudget, ({ params }) =>
    investments.investmentBudgetOfVersion(db, params, params.versionId),
  );
  serveEndpoint(app, saveInvestmentBudget, (input) =>
    investments.saveInvestmentBudget(input.ctx, input.params.versionId, input.body),
  );
  serveEndpoint(app, getInvestmentFollowUp, ({ params, query }) =>
    followUp.investmentFollowUpOf(db, params, query.year, query.month),
  );
  serveEndpoint(app, saveInvestmentFollowUp, (input) =>
    followUp.saveInvestmentFollowUp(input.ctx, input.body),
  );
  serveEndpoint(app, getInvestmentLinks, ({ params }) => links.investmentLinksOf(db, params));
  serveEndpoint(app, saveInvestmentLinks, (input) =>
    links.saveInvestmentLinks(input.ctx, input.body),
  );
  serveEndpoint(app, getInvestmentTransactions, ({ params, query }) =>
    actuals.investmentTransactionsOf(db, params, query),
  );
}
