import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { errorBodySchema } from '#contract/errors';
import {
  getImportSettings,
  listImportHistory,
  startImportJob,
  undoImportBatch,
  uploadLedgerFile,
} from '#contract/imports';
import {
  getAccountBreakdown,
  getOperatingStatement,
  getTransactionTrace,
} from '#contract/operating-statement';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { runImportJob } from '../support/import-jobs';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

const AUGUST_FILE = fileURLToPath(
  new URL('../fixtures/ledger/ok/demo-august-2023-cp437.se', import.meta.url),
);

describeOneEngine('the import API on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let inject: SignedInInject;
  let ids: { municipalityId: string; boardId: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    inject = await signInAs(app, 'controller');
    const { municipalities } = listMunicipalities.response.parse(
      (await inject({ method: 'GET', url: listMunicipalities.path })).json(),
    );
    const municipality = municipalities[0];
    if (!municipality?.boards[0]) throw new Error('demo not loaded');
    ids = { municipalityId: municipality.id, boardId: municipality.boards[0].id };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  async function upload(path: string, fileName: string) {
    const response = await inject({
      method: 'POST',
      url: `${uploadLedgerFile.path}?fileName=${encodeURIComponent(fileName)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: readFileSync(path),
    });
    expect(response.statusCode).toBe(200);
    return uploadLedgerFile.response.parse(response.json());
  }

  const runJob = (uploadId: string, dryRun: boolean) =>
    runImportJob(inject, { uploadId, municipalityId: ids.municipalityId, dryRun });

  it('uploads, checks, imports, traces a figure to its file lines, lists and undoes', async () => {
    const uploaded = await upload(AUGUST_FILE, 'huvudbok-augusti.se');
    expect(uploaded).toMatchObject({
      fileName: 'huvudbok-augusti.se',
      size: readFileSync(AUGUST_FILE).length,
    });

    const check = await runJob(uploaded.uploadId, true);
    expect(check.state).toBe('done');
    expect(check.outcome?.status).toBe('checked');
    expect(check.progress.phase).toBe('reading');

    const commit = await runJob(uploaded.uploadId, false);
    expect(commit.outcome?.status).toBe('committed');
    const importId = commit.outcome?.batchId ?? '';

    // The account breakdown's August actual for 4540 on Utredning ungdom is the file's line 29.
    const statementUrl = (path: string, query: string) => `${fillPath(path, ids)}?${query}`;
    const statement = getOperatingStatement.response.parse(
      (
        await inject({
          method: 'GET',
          url: statementUrl(getOperatingStatement.path, 'year=2023&month=8'),
        })
      ).json(),
    );
    const purchased = statement.lines.find((line) => line.key === 'purchased_services');
    const trace = getTransactionTrace.response.parse(
      (
        await inject({
          method: 'GET',
          url: statementUrl(
            getTransactionTrace.path,
            'year=2023&month=8&accountGroup=purchased_services&column=actual&limit=5',
          ),
        })
      ).json(),
    );
    expect(trace.sum).toBe(purchased?.figures.actual);
    expect(trace.rows).toHaveLength(5);

    const onAccount = getTransactionTrace.response.parse(
      (
        await inject({
          method: 'GET',
          url: statementUrl(
            getTransactionTrace.path,
            'year=2023&month=8&accountGroup=purchased_services&accountNumber=4540&column=actual&limit=1000',
          ),
        })
      ).json(),
    );
    const accounts = getAccountBreakdown.response.parse(
      (
        await inject({
          method: 'GET',
          url: statementUrl(
            getAccountBreakdown.path,
            'year=2023&month=8&accountGroup=purchased_services',
          ),
        })
      ).json(),
    );
    expect(onAccount.sum).toBe(
      accounts.rows.find((row) => row.account?.number === '4540')?.figures.actual,
    );
    expect(onAccount.rows.filter((row) => row.source.importId === importId)).toEqual([
      {
        date: '2023-08-12',
        period: 202308,
        account: { number: '4540', name: 'Köp av HVB-vård barn och unga' },
        orgUnit: { code: '8113', name: 'Utredning ungdom' },
        verification: 'B 1',
        text: 'Björkhagens behandlingshem, café-ersättning',
        amount: -123456700,
        source: { importId, kind: 'sie', fileName: 'huvudbok-augusti.se', line: 29 },
      },
    ]);

    const history = listImportHistory.response.parse(
      (await inject({ method: 'GET', url: fillPath(listImportHistory.path, ids) })).json(),
    );
    expect(history.imports[0]).toMatchObject({
      id: importId,
      fileName: 'huvudbok-augusti.se',
      importedBy: 'controller',
      status: 'committed',
      months: [{ period: 202308, transactionCount: 3, actual: true }],
      undoable: true,
    });
    expect(history.imports[1]).toMatchObject({ source: 'demo', undoable: true });

    const undone = await inject({
      method: 'POST',
      url: fillPath(undoImportBatch.path, { ...ids, importId }),
    });
    expect(undoImportBatch.response.parse(undone.json())).toEqual({ periods: [202308] });
    const again = await inject({
      method: 'POST',
      url: fillPath(undoImportBatch.path, { ...ids, importId }),
    });
    expect(again.statusCode).toBe(409);

    // The import and the undo are in the audit log, by the controller; the refused undo is not.
    const { rows } = await sql<{
      action: string;
      username: string;
      municipality_id: string;
      object_id: string;
      after: { transactionCount?: number } | null;
    }>`select action, username, municipality_id, object_id, after from audit_log
       where object_type = 'import' order by seq`.execute(database.db);
    expect(
      rows.map((row) => [row.action, row.username, row.municipality_id, row.object_id]),
    ).toEqual([
      ['ledger-import', 'controller', ids.municipalityId, importId],
      ['import-undo', 'controller', ids.municipalityId, importId],
    ]);
    expect(rows[0]?.after?.transactionCount).toBe(3);
  });

  it('remembers settings and lists the units to map codes to', async () => {
    const settings = getImportSettings.response.parse(
      (await inject({ method: 'GET', url: fillPath(getImportSettings.path, ids) })).json(),
    );
    expect(settings.unitDimension).toBe(1);
    expect(settings.units.map((unit) => unit.code)).toContain('8112');
  });

  it('refuses a job for an unknown upload and a job request that does not match the contract', async () => {
    const unknown = await inject({
      method: 'POST',
      url: startImportJob.path,
      payload: {
        uploadId: '00000000-0000-4000-8000-000000000000',
        format: 'sie',
        target: { kind: 'existing', municipalityId: ids.municipalityId },
        dryRun: true,
      },
    });
    expect(unknown.statusCode).toBe(404);
    expect(errorBodySchema.parse(unknown.json()).error.details).toMatchObject({ entity: 'upload' });

    const invalid = await inject({
      method: 'POST',
      url: startImportJob.path,
      payload: { format: 'xls' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(errorBodySchema.parse(invalid.json()).error.issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['uploadId', 'format', 'target', 'dryRun']),
    );
  });
});
