import type { FastifyInstance } from 'fastify';
import {
  getInvestmentBudget,
  getInvestmentFollowUp,
  saveInvestmentBudget,
  saveInvestmentFollowUp,
} from '../../../contract/investment-budget';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import { serveEndpoint, signedIn, type EndpointInput } from '../../http/endpoint-route';
import { actorOf } from '../auth/auth.service';
import * as investments from './investment-budget.service';
import * as followUp from './investment-follow-up.service';

const actor = (input: EndpointInput<unknown, unknown, unknown>) =>
  actorOf(signedIn(input.auth), input.client);

/** The investment budget of a budget version, and its follow-up at a report month. */
export function investmentBudgetRoutes(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
): void {
  const db = database.db;
  serveEndpoint(app, getInvestmentBudget, ({ params }) =>
    investments.investmentBudgetOfVersion(db, params, params.versionId),
  );
  serveEndpoint(app, saveInvestmentBudget, (input) =>
    investments.saveInvestmentBudget(
      database,
      clock,
      actor(input),
      input.params,
      input.params.versionId,
      input.body,
    ),
  );
  serveEndpoint(app, getInvestmentFollowUp, ({ params, query }) =>
    followUp.investmentFollowUpOf(db, params, query.year, query.month),
  );
  serveEndpoint(app, saveInvestmentFollowUp, (input) =>
    followUp.saveInvestmentFollowUp(database, clock, actor(input), input.params, input.body),
  );
}
