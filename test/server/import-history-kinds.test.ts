import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { errorBodySchema } from '#contract/errors';
import type { ImportKind, ImportListEntry } from '#contract/import-history';
import { listImportHistory, undoHrImportBatch, undoRegisterImportBatch } from '#contract/imports';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

// The import history lists every kind of import of the demo and undoes the latest of each kind
// that can be undone. On both engines: the lists are new queries of each feature's repo.
describeEachEngine('the import history of every kind on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let controller: SignedInInject;
  let municipalityId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: listMunicipalities.path })).json(),
    );
    const municipality = municipalities.find((found) => found.code === '1489');
    if (!municipality) throw new Error('demo not loaded');
    municipalityId = municipality.id;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  async function history(inject: SignedInInject = controller): Promise<ImportListEntry[]> {
    const response = await inject({
      method: 'GET',
      url: fillPath(listImportHistory.path, { municipalityId }),
    });
    expect(response.statusCode).toBe(200);
    return listImportHistory.response.parse(response.json()).imports;
  }
  const ofKind = (entries: readonly ImportListEntry[], kind: ImportKind) =>
    entries.filter((entry) => entry.kind === kind);
  const undo = (kind: Exclude<ImportKind, 'ledger' | 'access-log'>, importId: string) =>
    controller({
      method: 'POST',
      url:
        kind === 'hr'
          ? fillPath(undoHrImportBatch.path, { municipalityId, importId })
          : fillPath(undoRegisterImportBatch.path, { municipalityId, kind, importId }),
    });
  const audits = (action: string) =>
    database.db
      .selectFrom('audit_log')
      .select(['object_id', 'username'])
      .where('municipality_id', '=', municipalityId)
      .where('action', '=', action)
      .execute();

  it('lists every kind, newest first, with what each holds and which can be undone', async () => {
    const entries = await history();
    const times = entries.map((entry) => entry.importedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(
      new Set(['ledger', 'hr', 'placements', 'assistance', 'volumes', 'access-log']),
    );

    const hr = ofKind(entries, 'hr');
    expect(hr.map((entry) => entry.fileName)).toEqual([
      'hr-export-2023-01-07.csv',
      'hr-export-2022-01-07.csv',
    ]);
    expect(hr.map((entry) => entry.periods)).toEqual([
      [202301, 202302, 202303, 202304, 202305, 202306, 202307],
      [202201, 202202, 202203, 202204, 202205, 202206, 202207],
    ]);
    expect(hr.map((entry) => entry.undoable)).toEqual([true, false]);
    for (const entry of hr) {
      expect(entry).toMatchObject({ status: 'committed', months: [], undoneAt: null });
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.rowCount).toBeGreaterThan(0);
    }

    const [placements] = ofKind(entries, 'placements');
    expect(placements).toMatchObject({
      fileName: 'placeringar-2023-08.csv',
      undoable: true,
      status: 'committed',
    });
    expect(placements?.unitCodes.length).toBeGreaterThan(0);
    expect(placements?.dateRange?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const [assistance] = ofKind(entries, 'assistance');
    expect(assistance).toMatchObject({
      fileName: 'ekonomiskt-bistand-2022-2023.csv',
      undoable: true,
      measures: [],
    });
    expect(assistance?.periods).toContain(202301);
    const [volumes] = ofKind(entries, 'volumes');
    expect(volumes).toMatchObject({ fileName: 'orosanmalningar-2022-2023.csv', undoable: true });
    expect(volumes?.measures.length).toBeGreaterThan(0);

    const [accessLog] = ofKind(entries, 'access-log');
    expect(accessLog).toMatchObject({ fileName: 'atkomstlogg-2023-09.csv', undoable: false });
    expect(accessLog?.dateRange?.from.startsWith('2023-')).toBe(true);
    expect(accessLog?.rowCount).toBeGreaterThan(0);

    // The ledger's entries keep their fields (the overview and the ledger's undo read them).
    const ledger = ofKind(entries, 'ledger');
    expect(ledger.length).toBeGreaterThan(0);
    for (const entry of ledger) {
      expect(entry.periods).toEqual(entry.months.map((month) => month.period));
      expect(entry.rowCount).toBe(entry.transactionCount);
    }
  });

  it('shows the HR imports only to those who see personnel figures', async () => {
    const auditor = await signInAs(app, 'revisor');
    const entries = await history(auditor);
    expect(ofKind(entries, 'hr')).toEqual([]);
    expect(ofKind(entries, 'placements')).toHaveLength(1);
  });

  it('undoes the latest import of each kind, and no other', async () => {
    const before = await history();
    const [latestHr, earlierHr] = ofKind(before, 'hr');
    if (!latestHr || !earlierHr) throw new Error('the demo has two HR imports');

    const refused = await undo('hr', earlierHr.id);
    expect(refused.statusCode).toBe(409);
    expect(errorBodySchema.parse(refused.json()).error.details).toMatchObject({
      reason: 'not-latest',
    });

    const undoneHr = await undo('hr', latestHr.id);
    expect(undoneHr.statusCode).toBe(200);
    expect(undoHrImportBatch.response.parse(undoneHr.json())).toEqual({
      importId: latestHr.id,
      fileName: 'hr-export-2023-01-07.csv',
    });

    const volumes = ofKind(before, 'volumes')[0];
    if (!volumes) throw new Error('the demo has volumes');
    // An id of another kind is not the latest of this one.
    expect((await undo('assistance', volumes.id)).statusCode).toBe(409);

    for (const kind of ['placements', 'assistance', 'volumes'] as const) {
      const latest = ofKind(before, kind)[0];
      if (!latest) throw new Error(`the demo has ${kind}`);
      const response = await undo(kind, latest.id);
      expect(response.statusCode).toBe(200);
      expect(undoRegisterImportBatch.response.parse(response.json())).toEqual({
        importId: latest.id,
        fileName: latest.fileName,
      });
      // Undone already: refused, nothing changes.
      expect((await undo(kind, latest.id)).statusCode).toBe(409);
    }

    const after = await history();
    const byId = new Map(after.map((entry) => [entry.id, entry]));
    for (const id of [
      latestHr.id,
      ...['placements', 'assistance', 'volumes'].map(
        (kind) => ofKind(before, kind as ImportKind)[0]?.id,
      ),
    ]) {
      expect(byId.get(id ?? '')).toMatchObject({
        status: 'undone',
        undoneBy: 'controller',
        undoable: false,
      });
      expect(byId.get(id ?? '')?.undoneAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    // The HR import before it is the latest now, so it can be undone in turn.
    expect(byId.get(earlierHr.id)?.undoable).toBe(true);

    // Each service audits its undo.
    expect((await audits('hr-import-undo')).map((row) => row.object_id)).toEqual([latestHr.id]);
    expect(await audits('placements-undo')).toHaveLength(1);
    expect(await audits('volume-import-undo')).toHaveLength(2);
  });
});
