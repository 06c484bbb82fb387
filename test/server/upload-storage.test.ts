import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  chmodSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { startImportJob, uploadLedgerFile } from '#contract/imports';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { runImportJob } from '../support/import-jobs';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

const FILE = readFileSync(
  fileURLToPath(new URL('../fixtures/ledger/ok/demo-august-2023-cp437.se', import.meta.url)),
);
const mode = (path: string): number => statSync(path).mode & 0o777;

describeOneEngine('uploaded ledger files on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let controller: SignedInInject;
  let other: SignedInInject;
  let municipalityId: string;
  const root = mkdtempSync(join(tmpdir(), 'namndkoll-upload-test-'));
  const dir = join(root, 'data', 'uploads');

  beforeAll(async () => {
    // What a run before left behind, in a folder others could read.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'left-behind'), 'x');
    chmodSync(dir, 0o755);
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({
      database,
      webRoot: null,
      // Room for one file per user, and for one and a half in all.
      uploads: { dir, quotas: { perUserBytes: FILE.length + 100, totalBytes: FILE.length * 1.5 } },
    });
    controller = await signInAs(app, 'controller');
    other = await signInAs(app, 'ek-controller');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: listMunicipalities.path })).json(),
    );
    municipalityId = municipalities[0]?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(root, { recursive: true, force: true });
  });

  const upload = (as: SignedInInject, payload: Buffer | PassThrough) =>
    as({
      method: 'POST',
      url: `${uploadLedgerFile.path}?fileName=huvudbok.se`,
      headers: { 'content-type': 'application/octet-stream' },
      payload,
    });

  const runJob = (uploadId: string, dryRun: boolean) =>
    runImportJob(controller, { uploadId, municipalityId, dryRun });

  it('keeps uploads in a private folder, emptied at start, and removes them when the import ends', async () => {
    expect(readdirSync(dir)).toEqual([]);
    expect(mode(dir)).toBe(0o700);

    const uploaded = uploadLedgerFile.response.parse((await upload(controller, FILE)).json());
    const path = join(dir, uploaded.uploadId);
    expect(readdirSync(dir)).toEqual([uploaded.uploadId]);
    expect(mode(path)).toBe(0o600);

    // A check keeps the file for the import that follows; the import's end removes it.
    expect((await runJob(uploaded.uploadId, true)).outcome?.status).toBe('checked');
    expect(existsSync(path)).toBe(true);
    expect((await runJob(uploaded.uploadId, false)).outcome?.status).toBe('committed');
    expect(readdirSync(dir)).toEqual([]);
    const again = await controller({
      method: 'POST',
      url: startImportJob.path,
      payload: {
        uploadId: uploaded.uploadId,
        format: 'sie',
        target: { kind: 'existing', municipalityId },
        dryRun: true,
      },
    });
    expect(again.statusCode).toBe(404);

    // An import refused (a binary file) removes its file too.
    const binary = Buffer.alloc(500, 0);
    const second = uploadLedgerFile.response.parse((await upload(controller, binary)).json());
    expect((await runJob(second.uploadId, false)).outcome?.status).toBe('refused');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an upload past the total quota, naming the limit, until an import ends', async () => {
    const held = uploadLedgerFile.response.parse((await upload(controller, FILE)).json());
    const refused = await upload(other, FILE);
    expect(refused.statusCode).toBe(413);
    const { error } = errorBodySchema.parse(refused.json());
    expect(error.details).toEqual({ scope: 'total', limitBytes: FILE.length * 1.5 });
    expect(errorMessageSv(error)).toMatch(/högst 1,4 kB tillsammans för alla användare/);
    expect(readdirSync(dir)).toEqual([held.uploadId]);

    await runJob(held.uploadId, false);
    expect((await upload(other, FILE)).statusCode).toBe(200);
  });

  it("refuses a user's upload past their quota while another is still arriving", async () => {
    // The earlier uploads of ek-controller are not controller's: make room in all first.
    await app.close();
    app = await buildApp({
      database,
      webRoot: null,
      uploads: { dir, quotas: { perUserBytes: FILE.length + 100, totalBytes: FILE.length * 10 } },
    });
    controller = await signInAs(app, 'controller');
    expect(readdirSync(dir)).toEqual([]);

    const arriving = new PassThrough();
    const first = upload(controller, arriving);
    arriving.write(FILE.subarray(0, 600));
    // Until the first 600 bytes are on disk (written, so counted against the quota).
    while (!readdirSync(dir).some((name) => statSync(join(dir, name)).size === 600)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const second = await upload(controller, FILE);
    expect(second.statusCode).toBe(413);
    const { error } = errorBodySchema.parse(second.json());
    expect(error.details).toEqual({ scope: 'user', limitBytes: FILE.length + 100 });
    expect(errorMessageSv(error)).toMatch(
      /dina uppladdade filer som väntar på inläsning får vara högst/,
    );
    arriving.end(FILE.subarray(600));
    const arrived = await first;
    expect(arrived.statusCode).toBe(200);
    expect(readdirSync(dir)).toEqual([uploadLedgerFile.response.parse(arrived.json()).uploadId]);

    // A new upload replaces the user's earlier one no job is reading (the page holds one file).
    const replacing = uploadLedgerFile.response.parse((await upload(controller, FILE)).json());
    expect(readdirSync(dir)).toEqual([replacing.uploadId]);
  });
});
