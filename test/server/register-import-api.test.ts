import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { errorBodySchema } from '#contract/errors';
import { listImportHistory } from '#contract/imports';
import { listMunicipalities } from '#contract/organisation';
import {
  CSV_MEDIA_TYPE,
  importHrFile,
  importRegisterFile,
  registerImportSummarySchema,
} from '#contract/register-imports';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const example = (name: string): Buffer =>
  readFileSync(new URL(`../../examples/${name}`, import.meta.url));

// The HR export, placements, financial assistance and volumes read in over HTTP, as the web's
// Import page sends them: the CSV as the body, its name in the query.
describeEachEngine('reading in the other files over HTTP on %s', (engine) => {
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

  const send = (
    as: SignedInInject,
    kind: 'hr' | 'placements' | 'assistance' | 'volumes',
    fileName: string,
    payload: Buffer,
  ) =>
    as({
      method: 'POST',
      url: `${
        kind === 'hr'
          ? fillPath(importHrFile.path, { municipalityId })
          : fillPath(importRegisterFile.path, { municipalityId, kind })
      }?${new URLSearchParams({ fileName }).toString()}`,
      headers: { 'content-type': CSV_MEDIA_TYPE },
      payload,
    });
  const historyCount = async () => {
    const response = await controller({
      method: 'GET',
      url: fillPath(listImportHistory.path, { municipalityId }),
    });
    return listImportHistory.response.parse(response.json()).imports.length;
  };

  it('reads in each kind and answers what the file held; the history lists them', async () => {
    const before = await historyCount();
    const hr = await send(
      await signInAs(app, 'hr'),
      'hr',
      'hr-export.csv',
      example('hr-export.csv'),
    );
    expect(hr.statusCode, hr.body).toBe(200);
    expect(registerImportSummarySchema.parse(hr.json())).toMatchObject({
      fileName: 'hr-export.csv',
      rows: 14,
      periods: [202308],
    });

    const placements = await send(
      controller,
      'placements',
      'placeringar.csv',
      example('placeringar.csv'),
    );
    expect(placements.statusCode, placements.body).toBe(200);
    const placed = registerImportSummarySchema.parse(placements.json());
    expect(placed.rows).toBe(100);
    expect(placed.unitCodes.length).toBeGreaterThan(0);
    expect(placed.dateRange).not.toBeNull();

    const assistance = await send(
      controller,
      'assistance',
      'ekonomiskt-bistand.csv',
      example('ekonomiskt-bistand.csv'),
    );
    expect(assistance.statusCode, assistance.body).toBe(200);
    expect(registerImportSummarySchema.parse(assistance.json())).toMatchObject({
      rows: 190,
      periods: [202309],
    });

    const volumes = await send(controller, 'volumes', 'volymer.csv', example('volymer.csv'));
    expect(volumes.statusCode, volumes.body).toBe(200);
    expect(registerImportSummarySchema.parse(volumes.json())).toMatchObject({
      rows: 1,
      measures: ['orosanmälningar'],
      periods: [202309],
    });
    expect(await historyCount()).toBe(before + 4);
  });

  it('refuses a bad file with its problems by line and column in Swedish, writing nothing', async () => {
    const before = await historyCount();
    const bad = Buffer.from(
      'anstallningsnummer;kon;fodelsear;enhet;period;schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60\n' +
        '10004;K;1995;8131;202308;131,28;0;0;0\n' +
        '10011;X;1998;8131;202308;140,52;5,2;2,6;11,58\n',
    );
    const response = await send(controller, 'hr', 'fel.csv', bad);
    expect(response.statusCode).toBe(400);
    const { error } = errorBodySchema.parse(response.json());
    expect(error.code).toBe('invalid-request');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.field).toBe('fel.csv rad 3');
    expect(error.issues[0]?.value).toMatch(/^fel\.csv rad 3, kolumn kon: .*”X”/);
    expect(await historyCount()).toBe(before);
  });

  it('lets only those who may import the kind read it in', async () => {
    const hr = await signInAs(app, 'hr');
    const refused = await send(hr, 'volumes', 'volymer.csv', example('volymer.csv'));
    expect(errorBodySchema.parse(refused.json()).error.code).toBe('forbidden');
    const unitHead = await signInAs(app, 'enhetschef');
    const alsoRefused = await send(unitHead, 'hr', 'hr-export.csv', example('hr-export.csv'));
    expect(errorBodySchema.parse(alsoRefused.json()).error.code).toBe('forbidden');
  });
});
