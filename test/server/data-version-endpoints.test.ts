import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountMappingResponse, organisationAdminResponse } from '#contract/administration';
import { budgetGridSchema, type BudgetGrid } from '#contract/budget';
import { getAccountLines } from '#contract/budget-accounts';
import { linePhasingSchema } from '#contract/budget-phasing';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { frameWalkAnswerSchema } from '#contract/frame-walk';
import { getImportJob, startImportJob, uploadLedgerFile } from '#contract/imports';
import { investmentBudgetSchema, investmentFollowUpSchema } from '#contract/investment-budget';
import { unitFramesSchema } from '#contract/unit-frames';
import { oreFromTkr } from '#domain/kernel/money';
import { dataVersionOf } from '#server/db/data-version';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { unitReportApi } from '../support/unit-report-api';

/**
 * Every endpoint that changes something (every POST of the contract) either raises the
 * municipality's data version, which the cached answers are keyed by, or is listed here as
 * changing no data, with the reason. A new endpoint that is not a GET and has no row here fails
 * the first test.
 */

/** Makes the endpoint's one request (after arranging what it needs, which may write too). */
type Arrange = (setup: Setup) => Promise<() => Promise<LightMyRequestResponse>>;

type Row =
  | { readonly changes: 'data'; readonly request: Arrange }
  | { readonly changes: 'no data'; readonly reason: string; readonly request: Arrange };

interface Setup {
  readonly api: DemoApi;
  readonly admin: SignedInInject;
  readonly controller: SignedInInject;
  readonly url: (name: EndpointName, params?: Record<string, string>) => string;
  /** What one row leaves for a later one (the draft, the user, the import). */
  readonly state: Map<string, string>;
}

const AUGUST_FILE = fileURLToPath(
  new URL('../fixtures/ledger/ok/demo-august-2023-cp437.se', import.meta.url),
);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DRAFT_YEAR = 2024;

const post =
  (as: SignedInInject, url: string, payload?: object) => (): Promise<LightMyRequestResponse> =>
    as({ method: 'POST', url, ...(payload === undefined ? {} : { payload }) });

const parsed = async <T>(
  response: Promise<LightMyRequestResponse>,
  schema: { parse(json: unknown): T },
): Promise<T> => {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(200);
  return schema.parse(answer.json());
};

const stateOf = (setup: Setup, key: string): string => {
  const value = setup.state.get(key);
  if (value === undefined) throw new Error(`No ${key}: the row that makes it ran first`);
  return value;
};

const draftOf = (setup: Setup): Promise<BudgetGrid> =>
  parsed(
    setup.controller({
      method: 'GET',
      url: setup.url('getBudgetGrid', { versionId: stateOf(setup, 'draft') }),
    }),
    budgetGridSchema,
  );

const firstUnit = (grid: BudgetGrid): string => {
  const unit = grid.units.find((candidate) => candidate.kind === 'unit');
  if (!unit) throw new Error('The draft has no unit');
  return unit.id;
};

/** The draft's first unit's personnel costs: the cell the line endpoints change. */
const draftCell = async (setup: Setup) => {
  const draft = await draftOf(setup);
  const key = { orgUnitId: firstUnit(draft), accountGroup: 'personnel_costs', year: DRAFT_YEAR };
  const query = new URLSearchParams({ ...key, year: String(key.year) }).toString();
  return { key, versionId: draft.version.id, query };
};

const managedUser = async (setup: Setup) => {
  const users = await parsed(
    setup.admin({ method: 'GET', url: setup.url('listUsersAdmin') }),
    ALL_ENDPOINTS.listUsersAdmin.response,
  );
  const user = users.users.find((candidate) => candidate.username === 'versionstest');
  if (!user) throw new Error('The user made by createUser is not there');
  return user;
};

const orgUnitByCode = async (setup: Setup, code: string) => {
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
const importAugust = async (setup: Setup): Promise<LightMyRequestResponse> => {
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

const ROWS = {
  signIn: {
    changes: 'no data',
    reason: 'a session and an audit entry: no answer is made of them',
    request: (setup) =>
      Promise.resolve(
        post((options) => setup.api.app.inject(options), ALL_ENDPOINTS.signIn.path, {
          username: 'ledamot',
          password: 'demo-ledamot',
        }),
      ),
  },
  signOut: {
    changes: 'no data',
    reason: 'ends a session',
    request: async (setup) =>
      post(await signInAs(setup.api.app, 'ledamot'), ALL_ENDPOINTS.signOut.path),
  },
  changePassword: {
    changes: 'no data',
    reason: "the user's own password hash and sessions",
    request: async (setup) =>
      post(await signInAs(setup.api.app, 'revisor'), ALL_ENDPOINTS.changePassword.path, {
        currentPassword: 'demo-revisor',
        newPassword: 'ett nytt långt lösenord',
      }),
  },
  createOrgUnit: {
    changes: 'data',
    request: async (setup) => {
      const department = await orgUnitByCode(setup, '811');
      const unit = { kind: 'unit', code: '8118', name: 'Familjecentral', ledgerCodes: [] };
      return post(setup.admin, setup.url('createOrgUnit'), {
        ...unit,
        boardId: setup.api.ids.boardId,
        parentId: department.id,
        validFrom: null,
        validTo: null,
      });
    },
  },
  updateOrgUnit: {
    changes: 'data',
    request: async (setup) => {
      const unit = await orgUnitByCode(setup, '8118');
      return post(setup.admin, setup.url('updateOrgUnit', { orgUnitId: unit.id }), {
        kind: unit.kind,
        code: unit.code,
        name: 'Familjecentralen',
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        ledgerCodes: unit.ledgerCodes,
        baseRevision: unit.revision,
      });
    },
  },
  createUser: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.admin, setup.url('createUser'), {
          username: 'versionstest',
          displayName: 'Vera Version',
          email: '',
          ssoSubject: '',
          password: true,
          grant: { role: 'auditor', boardId: null, orgUnitId: null },
        }),
      ),
  },
  updateUser: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      return post(setup.admin, setup.url('updateUser', { userId: user.id }), {
        displayName: 'Vera Versson',
        email: null,
        ssoSubject: null,
        disabled: false,
        baseRevision: user.revision,
      });
    },
  },
  addGrant: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      return post(setup.admin, setup.url('addGrant', { userId: user.id }), {
        role: 'board-member',
        boardId: setup.api.ids.boardId,
        orgUnitId: null,
        baseRevision: user.revision,
      });
    },
  },
  removeGrant: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      const grant = user.grants.find((candidate) => candidate.role === 'board-member');
      if (!grant) throw new Error('addGrant gave no role');
      return post(setup.admin, setup.url('removeGrant', { userId: user.id, grantId: grant.id }), {
        baseRevision: user.revision,
      });
    },
  },
  resetPassword: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      return post(setup.admin, setup.url('resetPassword', { userId: user.id }), {
        baseRevision: user.revision,
      });
    },
  },
  saveAccountMapping: {
    changes: 'data',
    request: async (setup) => {
      const mapping = await parsed(
        setup.admin({ method: 'GET', url: setup.url('getAccountMapping') }),
        accountMappingResponse,
      );
      return post(setup.admin, setup.url('saveAccountMapping'), {
        ranges: mapping.ranges.map((range) =>
          range.group === 'premises_rent' ? { ...range, group: 'other_costs' } : range,
        ),
        baseRevision: mapping.revision,
      });
    },
  },
  createBudgetVersion: {
    changes: 'data',
    request: async (setup) => {
      const list = setup.url('listBudgetVersions');
      const { versions } = await parsed(
        setup.controller({ method: 'GET', url: `${list}?year=${String(DRAFT_YEAR - 1)}` }),
        ALL_ENDPOINTS.listBudgetVersions.response,
      );
      return async () => {
        const created = await post(setup.controller, list, {
          budgetYear: DRAFT_YEAR,
          name: `Förslag ${String(DRAFT_YEAR)}`,
          source: { kind: 'budget', versionId: versions[0]?.id },
          upliftBasisPoints: 0,
        })();
        if (created.statusCode === 200) {
          setup.state.set('draft', budgetGridSchema.parse(created.json()).version.id);
        }
        return created;
      };
    },
  },
  saveBudgetCells: {
    changes: 'data',
    request: async (setup) => {
      const draft = await draftOf(setup);
      return post(setup.controller, setup.url('saveBudgetCells', { versionId: draft.version.id }), {
        baseRevision: draft.version.revision,
        cells: [
          {
            orgUnitId: firstUnit(draft),
            accountGroup: 'other_costs',
            year: DRAFT_YEAR,
            amount: oreFromTkr(-123),
          },
        ],
      });
    },
  },
  saveLinePhasing: {
    changes: 'data',
    request: async (setup) => {
      const { key, versionId, query } = await draftCell(setup);
      const phasing = await parsed(
        setup.controller({
          method: 'GET',
          url: `${setup.url('getLinePhasing', { versionId })}?${query}`,
        }),
        linePhasingSchema,
      );
      return post(setup.controller, setup.url('saveLinePhasing', { versionId }), {
        ...key,
        baseRevision: phasing.revision,
        profile: { kind: 'weights', weights: [5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
        scope: 'line',
      });
    },
  },
  saveAccountLines: {
    changes: 'data',
    request: async (setup) => {
      const { key, versionId, query } = await draftCell(setup);
      const lines = await parsed(
        setup.controller({
          method: 'GET',
          url: `${setup.url('getAccountLines', { versionId })}?${query}`,
        }),
        getAccountLines.response,
      );
      const [first] = lines.accounts;
      if (!first) throw new Error('No account to put part of the cell on');
      return post(setup.controller, setup.url('saveAccountLines', { versionId }), {
        ...key,
        baseRevision: lines.revision,
        unspecified: lines.total - oreFromTkr(-1),
        accounts: [{ number: first.number, amount: oreFromTkr(-1) }],
      });
    },
  },
  saveUnitFrames: {
    changes: 'data',
    request: async (setup) => {
      const draft = await draftOf(setup);
      const versionId = draft.version.id;
      const frames = await parsed(
        setup.controller({ method: 'GET', url: setup.url('getUnitFrames', { versionId }) }),
        unitFramesSchema,
      );
      return post(setup.controller, setup.url('saveUnitFrames', { versionId }), {
        baseRevision: frames.revision,
        year: DRAFT_YEAR,
        plannedResult: oreFromTkr(1_000),
        frames: [{ orgUnitId: firstUnit(draft), amount: oreFromTkr(-1_000) }],
      });
    },
  },
  importBudgetWorkbook: {
    changes: 'data',
    request: async (setup) => {
      const versionId = stateOf(setup, 'draft');
      const exported = await setup.controller({
        method: 'GET',
        url: setup.url('exportBudgetWorkbook', { versionId }),
      });
      expect(exported.statusCode, exported.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(`Budget ${String(DRAFT_YEAR)}`);
      if (!sheet) throw new Error('No budget sheet');
      // The first unit's first figure, changed by one krona.
      let changed = false;
      sheet.eachRow((row, number) => {
        if (changed || number <= 2) return;
        row.eachCell((cell, column) => {
          if (changed || column === 1 || typeof cell.value !== 'number') return;
          cell.value = cell.value - 1;
          changed = true;
        });
      });
      expect(changed).toBe(true);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      return () =>
        setup.controller({
          method: 'POST',
          url: setup.url('importBudgetWorkbook', { versionId }),
          headers: { 'content-type': XLSX },
          payload: bytes,
        });
    },
  },
  saveInvestmentBudget: {
    changes: 'data',
    request: async (setup) => {
      const versionId = stateOf(setup, 'draft');
      const budget = await parsed(
        setup.controller({ method: 'GET', url: setup.url('getInvestmentBudget', { versionId }) }),
        investmentBudgetSchema,
      );
      return post(setup.controller, setup.url('saveInvestmentBudget', { versionId }), {
        baseRevision: budget.revision,
        lines: [{ category: 'reinvestment', name: 'Inventarier', amounts: [1, 2, 3, 4, 5] }],
      });
    },
  },
  decideBudgetVersion: {
    changes: 'data',
    request: async (setup) => {
      const draft = await draftOf(setup);
      return post(
        setup.controller,
        setup.url('decideBudgetVersion', { versionId: draft.version.id }),
        {
          baseRevision: draft.version.revision,
          status: 'adopted',
          decidedBy: 'SN 2023-11-20 § 99',
          decidedAt: '2023-11-20',
          inFollowUp: false,
        },
      );
    },
  },
  saveBudgetText: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveBudgetText'), {
          year: 2027,
          section: 'introduction',
          body: 'Inledning.',
          baseRevision: null,
        }),
      ),
  },
  saveFrameWalk: {
    changes: 'data',
    request: async (setup) => {
      const walk = await parsed(
        setup.controller({ method: 'GET', url: `${setup.url('getFrameWalk')}?year=2027` }),
        frameWalkAnswerSchema,
      );
      return post(setup.controller, setup.url('saveFrameWalk'), {
        baseRevision: walk.revision,
        budgetYear: 2027,
        baseAllocation: oreFromTkr(265_836),
        years: [2027, 2028, 2029].map((year) => ({
          year,
          pkvBasisPoints: 200,
          volume: 0,
          volumeText: '',
          adjustments: [],
        })),
      });
    },
  },
  saveInvestmentFollowUp: {
    changes: 'data',
    request: async (setup) => {
      const month = await parsed(
        setup.controller({
          method: 'GET',
          url: `${setup.url('getInvestmentFollowUp')}?year=2026&month=11`,
        }),
        investmentFollowUpSchema,
      );
      return post(setup.controller, setup.url('saveInvestmentFollowUp'), {
        baseRevision: month.revision,
        year: 2026,
        month: 11,
        lines: [
          {
            category: 'reinvestment',
            name: 'Inventarier',
            actualYearToDate: oreFromTkr(100),
            forecast: oreFromTkr(300),
            comment: '',
          },
        ],
      });
    },
  },
  saveUnitReport: {
    changes: 'data',
    request: async (setup) => {
      const unit = await unitReportApi(setup.api, '8113', 2023, 6);
      setup.state.set('unit-report', unit.url('reviewUnitReport'));
      const unitHead = await signInAs(setup.api.app, 'enhetschef');
      return () =>
        unit.save(unitHead, {
          comment: { body: 'Fler placeringar.', baseRevision: null },
          submit: true,
        });
    },
  },
  reviewUnitReport: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, stateOf(setup, 'unit-report'), {
          year: 2023,
          month: 6,
          decision: 'return',
          remark: 'Mer om orsaken.',
        }),
      ),
  },
  saveFollowUpThreshold: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveFollowUpThreshold'), {
          amount: 50_000_000,
          basisPoints: 500,
        }),
      ),
  },
  saveMonthlyReportText: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveMonthlyReportText'), {
          year: 2023,
          month: 6,
          section: 'summary',
          body: 'Första.',
          baseRevision: null,
        }),
      ),
  },
  // After the text: a published month is locked.
  setFollowUpMonth: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('setFollowUpMonth'), {
          year: 2023,
          month: 6,
          kind: 'publish',
          reason: 'Klar.',
        }),
      ),
  },
  uploadLedgerFile: {
    changes: 'no data',
    reason: 'the file is kept by the import jobs until imported, not in the database',
    request: (setup) =>
      Promise.resolve(() =>
        setup.controller({
          method: 'POST',
          url: `${uploadLedgerFile.path}?fileName=augusti.se`,
          headers: { 'content-type': 'application/octet-stream' },
          payload: readFileSync(AUGUST_FILE),
        }),
      ),
  },
  startImportJob: {
    changes: 'data',
    request: (setup) => Promise.resolve(() => importAugust(setup)),
  },
  undoImportBatch: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('undoImportBatch', { importId: stateOf(setup, 'import') }),
        ),
      ),
  },
} satisfies Partial<Record<EndpointName, Row>>;

describeOneEngine('the data version and every endpoint that writes, on %s', (engine) => {
  let setup: Setup;

  beforeAll(async () => {
    const api = await openDemoApi(engine);
    setup = {
      api,
      admin: await signInAs(api.app, 'admin'),
      controller: api.request,
      url: (name, params = {}) => fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, ...params }),
      state: new Map(),
    };
  });
  afterAll(async () => {
    await setup.api.close();
  });

  it('has a row for every endpoint that is not a GET', () => {
    const mutating = Object.entries(ALL_ENDPOINTS)
      .filter(([, endpoint]) => endpoint.method !== 'GET')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(ROWS).sort()).toEqual(mutating);
  });

  it.each(Object.entries(ROWS))('%s', async (name, row: Row) => {
    const act = await row.request(setup);
    const version = () => dataVersionOf(setup.api.database.db, setup.api.ids.municipalityId);
    const before = await version();
    const response = await act();
    expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
    const after = await version();
    if (row.changes === 'data') expect(after, name).toBeGreaterThan(before);
    else expect(after, `${name} changes no data: ${row.reason}`).toBe(before);
  });
});
