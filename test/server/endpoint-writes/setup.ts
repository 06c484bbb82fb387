import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { organisationAdminResponse } from '#contract/administration';
import { budgetGridSchema, type BudgetGrid } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { getImportJob, startImportJob, uploadLedgerFile } from '#contract/imports';
import type { DemoApi } from '../../support/demo-api';
import type { SignedInInject } from '../../support/http-session';

/** What the rows of data-version-endpoints.test.ts share: the setup and helpers. */

/** Makes the endpoint's one request (after arranging what it needs, which may write too). */
export type Arrange = (setup: Setup) => Promise<() => Promise<LightMyRequestResponse>>;

export type Row =
  | { readonly changes: 'data'; readonly request: Arrange }
  | { readonly changes: 'no data'; readonly reason: string; readonly request: Arrange };

export interface Setup {
  readonly api: DemoApi;
  readonly admin: SignedInInject;
  readonly controller: SignedInInject;
  readonly url: (name: EndpointName, params?: Record<string, string>) => string;
  /** What one row leaves for a later one (the draft, the user, the import). */
  readonly state: Map<string, string>;
}

export const AUGUST_FILE = fileURLToPath(
  new URL('../../fixtures/ledger/ok/demo-august-2023-cp437.se', import.meta.url),
);
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DRAFT_YEAR = 2024;

export const post =
  (as: SignedInInject, url: string, payload?: object) => (): Promise<LightMyRequestResponse> =>
    as({ method: 'POST', url, ...(payload === undefined ? {} : { payload }) });

export const parsed = async <T>(
  response: Promise<LightMyRequestResponse>,
  schema: { parse(json: unknown): T },
): Promise<T> => {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(200);
  return schema.parse(answer.json());
};

export const stateOf = (setup: Setup, key: string): string => {
  const value = setup.state.get(key);
  if (value === undefined) throw new Error(`No ${key}: the row that makes it ran first`);
  return value;
};

export const draftOf = (setup: Setup): Promise<BudgetGrid> =>
  parsed(
    setup.controller({
      method: 'GET',
      url: setup.url('getBudgetGrid', { versionId: stateOf(setup, 'draft') }),
    }),
    budgetGridSchema,
  );

export const firstUnit = (grid: BudgetGrid): string => {
  const unit = grid.units.find((candidate) => candidate.kind === 'unit');
  if (!unit) throw new Error('The draft has no unit');
  return unit.id;
};

/** The draft's first unit's personnel costs: the cell the line endpoints change. */
export const draftCell = async (setup: Setup) => {
  const draft = await draftOf(setup);
  const key = { orgUnitId: firstUnit(draft), accountGroup: 'personnel_costs', year: DRAFT_YEAR };
  const query = new URLSearchParams({ ...key, year: String(key.year) }).toString();
  return { key, versionId: draft.version.id, query };
};

export const managedUser = async (setup: Setup) => {
  const users = await parsed(
    setup.admin({ method: 'GET', url: setup.url('listUsersAdmin') }),
    ALL_ENDPOINTS.listUsersAdmin.response,
  );
  const user = users.users.find((candidate) => candidate.username === 'versionstest');
  if (!user) throw new Error('The user made by createUser is not there');
  return user;
};

export const orgUnitByCode = async (setup: Setup, code: string) => {
  const organisation = await parsed(
    setup.admin({ method: 'GET', url: setup.url('getOrganisationAdmin') }),
    organisationAdminResponse,
  );
  const unit = organisation.boards
    .flatMap((board) => board.units)
    .find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit ${code}`);
  return unit;
};

/** Runs an import job to its end (the job writes after the request has answered). */
export const importAugust = async (setup: Setup): Promise<LightMyRequestResponse> => {
  const uploaded = await parsed(
    setup.controller({
      method: 'POST',
      url: `${uploadLedgerFile.path}?fileName=augusti.se`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: readFileSync(AUGUST_FILE),
    }),
    uploadLedgerFile.response,
  );
  const started = await setup.controller({
    method: 'POST',
    url: startImportJob.path,
    payload: {
      uploadId: uploaded.uploadId,
      format: 'sie',
      target: { kind: 'existing', municipalityId: setup.api.ids.municipalityId },
      dryRun: false,
    },
  });
  expect(started.statusCode, started.body).toBe(200);
  const { jobId } = startImportJob.response.parse(started.json());
  for (;;) {
    const job = await parsed(
      setup.controller({ method: 'GET', url: fillPath(getImportJob.path, { jobId }) }),
      getImportJob.response,
    );
    if (job.state !== 'running') {
      expect(job.outcome?.status).toBe('committed');
      setup.state.set('import', job.outcome?.batchId ?? '');
      return started;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
