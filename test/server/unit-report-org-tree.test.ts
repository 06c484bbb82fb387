import type { FastifyInstance } from 'fastify';
import {
  AliasNode,
  SelectQueryNode,
  TableNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeOneEngine, openTestDatabase } from '../support/test-database';
import { unitReportApi, type UnitReportApi } from '../support/unit-report-api';

/** Counts the statements that read the org_unit table itself (an organisation tree's load). */
class OrgUnitReads implements KyselyPlugin {
  count = 0;

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (SelectQueryNode.is(node) && (node.from?.froms ?? []).some(isOrgUnitTable)) this.count += 1;
    return node;
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

function isOrgUnitTable(from: OperationNode): boolean {
  const table = AliasNode.is(from) ? from.node : from;
  return TableNode.is(table) && table.table.identifier.name === 'org_unit';
}

describeOneEngine('one unit-report request loads the organisation tree once, on %s', (engine) => {
  const reads = new OrgUnitReads();
  let database: Database;
  let app: FastifyInstance;
  let report: UnitReportApi;
  let controller: SignedInInject;
  let unitHead: SignedInInject;

  /** How many times the organisation was read while the request ran. */
  const treeLoads = async (request: () => Promise<unknown>): Promise<number> => {
    const before = reads.count;
    await request();
    return reads.count - before;
  };

  beforeAll(async () => {
    const opened = await openTestDatabase(engine, 'demo');
    // The real database, every statement seen by the counting plugin on its way.
    database = { ...opened, db: opened.db.withPlugin(reads) };
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    // Granted a unit: the access guard loads the tree to find the department above it.
    unitHead = await signInAs(app, 'enhetschef');
    const ids = await municipalityAndBoard(controller);
    report = await unitReportApi(
      { database, app, request: controller, ids, close },
      '8113',
      2023,
      8,
    );
  });
  const close = async () => {
    await app.close();
    await database.close();
  };
  afterAll(close);

  it('for a controller, whose access the guard decides without the tree', async () => {
    expect(await treeLoads(() => report.read(controller))).toBe(1);
  });

  it('for a unit manager, whose access the guard decides with it', async () => {
    expect(await treeLoads(() => report.read(unitHead))).toBe(1);
  });

  it('for a save, which reads the report back in its transaction', async () => {
    let status = 0;
    const loads = await treeLoads(async () => {
      status = (await report.save(unitHead, {})).statusCode;
    });
    expect(status).toBe(200);
    expect(loads).toBe(1);
  });
});

async function municipalityAndBoard(
  as: SignedInInject,
): Promise<{ municipalityId: string; boardId: string }> {
  const response = await as({ method: 'GET', url: '/api/municipalities' });
  const municipality = listMunicipalities.response.parse(response.json()).municipalities[0];
  const boardId = municipality?.boards[0]?.id;
  if (!municipality || !boardId) throw new Error('The demo municipality is not loaded');
  return { municipalityId: municipality.id, boardId };
}
