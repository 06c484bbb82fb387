import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import { getOperatingStatement } from '#contract/operating-statement';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

/**
 * Every endpoint, asked by every role of the demo and by nobody signed in. The expected answer
 * is written out for each, by hand: a new endpoint without a row here fails this test.
 *
 * allowed: the access rule let it through (the answer may still be a 404 for an id that does
 * not exist, or 401 for a wrong password). 401: not signed in. 403: the role or its scope does
 * not allow it. 404: a municipality the user holds nothing in.
 */
type Expected = 'allowed' | 401 | 403 | 404;
const WHO = [
  'nobody',
  'admin',
  'controller',
  'avdelningschef',
  'enhetschef',
  'ledamot',
  'revisor',
] as const;
type Who = (typeof WHO)[number];

const row = (
  nobody: Expected,
  admin: Expected,
  controller: Expected,
  departmentHead: Expected,
  unitHead: Expected,
  boardMember: Expected,
  auditor: Expected,
): Record<Who, Expected> => ({
  nobody,
  admin,
  controller,
  avdelningschef: departmentHead,
  enhetschef: unitHead,
  ledamot: boardMember,
  revisor: auditor,
});

const A = 'allowed';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Ids = {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly department: string;
  readonly unit: string;
  readonly otherDepartmentUnit: string;
};

interface Case {
  readonly endpoint: EndpointName;
  readonly label: string;
  readonly request: (ids: Ids) => InjectOptions;
  readonly expected: Record<Who, Expected>;
}

const statement = (ids: Ids, orgUnitId?: string): InjectOptions => ({
  method: 'GET',
  url: `${fillPath(getOperatingStatement.path, ids)}?year=2023&month=8${orgUnitId ? `&orgUnitId=${orgUnitId}` : ''}`,
});

const CASES: readonly Case[] = [
  {
    endpoint: 'getSession',
    label: '',
    request: () => ({ method: 'GET', url: '/api/session' }),
    expected: row(A, A, A, A, A, A, A),
  },
  {
    endpoint: 'signIn',
    label: 'wrong password',
    request: () => ({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody-here', password: 'x' },
    }),
    expected: row(A, A, A, A, A, A, A),
  },
  {
    endpoint: 'signOut',
    label: '',
    request: () => ({ method: 'POST', url: '/api/session/sign-out' }),
    expected: row(401, A, A, A, A, A, A),
  },
  {
    endpoint: 'changePassword',
    label: 'wrong current password',
    request: () => ({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: 'wrong', newPassword: 'a new long password' },
    }),
    expected: row(401, A, A, A, A, A, A),
  },
  {
    endpoint: 'listMunicipalities',
    label: '',
    request: () => ({ method: 'GET', url: '/api/municipalities' }),
    expected: row(401, A, A, A, A, A, A),
  },
  {
    endpoint: 'listFollowUpYears',
    label: '',
    request: (ids) => ({ method: 'GET', url: fillPath(ALL_ENDPOINTS.listFollowUpYears.path, ids) }),
    expected: row(401, A, A, A, A, A, A),
  },
  {
    endpoint: 'getOperatingStatement',
    label: 'the board',
    request: (ids) => statement(ids),
    expected: row(401, 403, A, 403, 403, 403, A),
  },
  {
    endpoint: 'getOperatingStatement',
    label: 'the department (Avdelning unga)',
    request: (ids) => statement(ids, ids.department),
    expected: row(401, 403, A, A, 403, 403, A),
  },
  {
    endpoint: 'getOperatingStatement',
    label: 'a unit of the department (Utredning ungdom)',
    request: (ids) => statement(ids, ids.unit),
    expected: row(401, 403, A, A, A, 403, A),
  },
  {
    endpoint: 'getOperatingStatement',
    label: 'a unit of another department (Boende)',
    request: (ids) => statement(ids, ids.otherDepartmentUnit),
    expected: row(401, 403, A, 403, 403, 403, A),
  },
  {
    endpoint: 'getOperatingStatement',
    label: 'another municipality',
    request: (ids) => statement({ ...ids, municipalityId: UNKNOWN_ID }),
    // The installation admin is an admin everywhere, and admins read no figures.
    expected: row(401, 403, 404, 404, 404, 404, 404),
  },
  {
    endpoint: 'getAccountBreakdown',
    label: 'a unit',
    request: (ids) => ({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getAccountBreakdown.path, ids)}?year=2023&month=8&orgUnitId=${ids.unit}&accountGroup=personnel_costs`,
    }),
    expected: row(401, 403, A, A, A, 403, A),
  },
  {
    endpoint: 'getTransactionTrace',
    label: 'a unit of another department',
    request: (ids) => ({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getTransactionTrace.path, ids)}?year=2023&month=8&orgUnitId=${ids.otherDepartmentUnit}&accountGroup=personnel_costs&column=actual`,
    }),
    expected: row(401, 403, A, 403, 403, 403, A),
  },
  {
    endpoint: 'uploadLedgerFile',
    label: '',
    request: () => ({
      method: 'POST',
      url: '/api/imports/uploads?fileName=a.se',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('#FLAGGA 0\n'),
    }),
    expected: row(401, A, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'startImportJob',
    label: 'into the municipality, an upload that is not there',
    request: (ids) => ({
      method: 'POST',
      url: '/api/imports/jobs',
      payload: {
        uploadId: UNKNOWN_ID,
        format: 'sie',
        target: { kind: 'existing', municipalityId: ids.municipalityId },
        dryRun: true,
      },
    }),
    expected: row(401, A, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'startImportJob',
    label: 'a new municipality',
    request: () => ({
      method: 'POST',
      url: '/api/imports/jobs',
      payload: {
        uploadId: UNKNOWN_ID,
        format: 'sie',
        target: {
          kind: 'new',
          code: '9000',
          name: 'Ny',
          boardCode: 'SN',
          boardName: 'Socialnämnden',
        },
        dryRun: true,
      },
    }),
    expected: row(401, A, 403, 403, 403, 403, 403),
  },
  {
    endpoint: 'getImportJob',
    label: '',
    request: () => ({ method: 'GET', url: `/api/imports/jobs/${UNKNOWN_ID}` }),
    expected: row(401, A, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'listImportHistory',
    label: '',
    request: (ids) => ({ method: 'GET', url: fillPath(ALL_ENDPOINTS.listImportHistory.path, ids) }),
    expected: row(401, A, A, 403, 403, 403, A),
  },
  {
    endpoint: 'undoImportBatch',
    label: 'an import that is not there',
    request: (ids) => ({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.undoImportBatch.path, { ...ids, importId: UNKNOWN_ID }),
    }),
    expected: row(401, A, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'getImportSettings',
    label: '',
    request: (ids) => ({ method: 'GET', url: fillPath(ALL_ENDPOINTS.getImportSettings.path, ids) }),
    expected: row(401, A, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'searchAuditLog',
    label: '',
    request: (ids) => ({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.searchAuditLog.path, ids)}?user=controller`,
    }),
    expected: row(401, A, 403, 403, 403, 403, A),
  },
  {
    endpoint: 'searchAuditLog',
    label: 'another municipality',
    request: (ids) => ({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.searchAuditLog.path, { ...ids, municipalityId: UNKNOWN_ID }),
    }),
    // The installation admin is let through to any municipality, then hears it is not there.
    expected: row(401, 404, 404, 404, 404, 404, 404),
  },
  {
    endpoint: 'exportAuditLog',
    label: '',
    request: (ids) => ({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.exportAuditLog.path, ids)}?from=2026-01-01`,
    }),
    expected: row(401, A, 403, 403, 403, 403, A),
  },
  {
    endpoint: 'verifyAuditLog',
    label: '',
    request: (ids) => ({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.verifyAuditLog.path, ids),
    }),
    expected: row(401, A, 403, 403, 403, 403, A),
  },
  ...adminCases(),
  ...budgetCases(),
  ...followUpCases(),
];

/**
 * The monthly follow-up: controller and revisor read the board, the heads their part; the
 * heads and the controller report for a unit; the controller reviews and publishes. Changes
 * ask with a body that is not valid, so nothing is written.
 */
function followUpCases(): Case[] {
  const view = (ids: Ids, orgUnitId?: string) => ({
    method: 'GET' as const,
    url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, ids)}?year=2023&month=8${
      orgUnitId ? `&orgUnitId=${orgUnitId}` : ''
    }`,
  });
  const unit = (name: EndpointName, ids: Ids, orgUnitId: string) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, orgUnitId });
  return [
    {
      endpoint: 'getFollowUpView',
      label: 'the board',
      request: (ids) => view(ids),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'getFollowUpView',
      label: 'the department',
      request: (ids) => view(ids, ids.department),
      expected: row(401, 403, A, A, 403, 403, A),
    },
    {
      endpoint: 'getFollowUpView',
      label: 'a unit of the department (the enhetschef’s own)',
      request: (ids) => view(ids, ids.unit),
      expected: row(401, 403, A, A, A, 403, A),
    },
    {
      endpoint: 'getFollowUpView',
      label: 'a unit of another department',
      request: (ids) => view(ids, ids.otherDepartmentUnit),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'getUnitReport',
      label: 'a unit of the department',
      request: (ids) => ({
        method: 'GET',
        url: `${unit('getUnitReport', ids, ids.unit)}?year=2023&month=8`,
      }),
      expected: row(401, 403, A, A, A, 403, A),
    },
    {
      endpoint: 'getUnitReport',
      label: 'a unit of another department',
      request: (ids) => ({
        method: 'GET',
        url: `${unit('getUnitReport', ids, ids.otherDepartmentUnit)}?year=2023&month=8`,
      }),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'saveUnitReport',
      label: 'a unit of the department, without a body',
      request: (ids) => ({
        method: 'POST',
        url: unit('saveUnitReport', ids, ids.unit),
        payload: {},
      }),
      expected: row(401, 403, A, A, A, 403, 403),
    },
    {
      endpoint: 'reviewUnitReport',
      label: 'without a body',
      request: (ids) => ({
        method: 'POST',
        url: unit('reviewUnitReport', ids, ids.unit),
        payload: {},
      }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'setFollowUpMonth',
      label: 'without a body',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.setFollowUpMonth.path, ids),
        payload: {},
      }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'getMonthlyReportTexts',
      label: '',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getMonthlyReportTexts.path, ids)}?year=2023&month=8`,
      }),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'saveMonthlyReportText',
      label: 'without a body',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.saveMonthlyReportText.path, ids),
        payload: {},
      }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'downloadMonthlyReport',
      label: 'as HTML',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.downloadMonthlyReport.path, ids)}?year=2023&month=8&format=html`,
      }),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'getForecastAccuracy',
      label: 'the board',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getForecastAccuracy.path, ids)}?year=2022`,
      }),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'getForecastAccuracy',
      label: 'the department',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getForecastAccuracy.path, ids)}?year=2022&orgUnitId=${ids.department}`,
      }),
      expected: row(401, 403, A, A, 403, 403, A),
    },
    {
      endpoint: 'listPublishedReports',
      label: '',
      request: (ids) => ({
        method: 'GET',
        url: fillPath(ALL_ENDPOINTS.listPublishedReports.path, ids),
      }),
      // The board's published reports: its readers, its nämndledamot and its heads.
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'downloadPublishedReport',
      label: 'a month not published (not found, past the rule)',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.downloadPublishedReport.path, ids)}?year=2023&month=8&format=html`,
      }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'getPublishedReportDocument',
      label: 'a month not published (not found, past the rule)',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getPublishedReportDocument.path, ids)}?year=2023&month=8`,
      }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'getOverview',
      label: '',
      request: (ids) => ({ method: 'GET', url: fillPath(ALL_ENDPOINTS.getOverview.path, ids) }),
      // Everyone with a role in the board: each gets the parts their roles are for.
      expected: row(401, A, A, A, A, A, A),
    },
    {
      endpoint: 'getOverview',
      label: 'another municipality',
      request: (ids) => ({
        method: 'GET',
        url: fillPath(ALL_ENDPOINTS.getOverview.path, { ...ids, municipalityId: UNKNOWN_ID }),
      }),
      // The installation admin administers every municipality (this one is not found after).
      expected: row(401, A, 404, 404, 404, 404, 404),
    },
    {
      endpoint: 'listPublishedReports',
      label: 'another municipality',
      request: (ids) => ({
        method: 'GET',
        url: fillPath(ALL_ENDPOINTS.listPublishedReports.path, {
          ...ids,
          municipalityId: UNKNOWN_ID,
        }),
      }),
      expected: row(401, 403, 404, 404, 404, 404, 404),
    },
    {
      endpoint: 'saveFollowUpThreshold',
      label: 'without a body',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.saveFollowUpThreshold.path, ids),
        payload: {},
      }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
  ];
}

/** The budget: controller reads and changes, revisor reads. Changes ask about what is not there. */
function budgetCases(): Case[] {
  const reads = row(401, 403, A, 403, 403, 403, A);
  const changes = row(401, 403, A, 403, 403, 403, 403);
  const at = (name: EndpointName, ids: Ids) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, versionId: UNKNOWN_ID });
  return [
    {
      endpoint: 'listBudgetVersions',
      label: '',
      request: (ids) => ({ method: 'GET', url: `${at('listBudgetVersions', ids)}?year=2023` }),
      expected: reads,
    },
    {
      endpoint: 'getBudgetGrid',
      label: 'a version that is not there',
      request: (ids) => ({ method: 'GET', url: at('getBudgetGrid', ids) }),
      expected: reads,
    },
    {
      endpoint: 'createBudgetVersion',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: at('createBudgetVersion', ids), payload: {} }),
      expected: changes,
    },
    {
      endpoint: 'saveBudgetCells',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('saveBudgetCells', ids),
        payload: {
          cells: [{ orgUnitId: ids.unit, accountGroup: 'other_costs', year: 2023, amount: 0 }],
        },
      }),
      expected: changes,
    },
    {
      endpoint: 'downloadBudgetDocument',
      label: 'the 2026 budget as HTML',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.downloadBudgetDocument.path, ids)}?year=2026&format=html`,
      }),
      expected: reads,
    },
    {
      endpoint: 'getBudgetTexts',
      label: '',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getBudgetTexts.path, ids)}?year=2026`,
      }),
      expected: reads,
    },
    {
      endpoint: 'getLinePhasing',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'GET',
        url: `${at('getLinePhasing', ids)}?orgUnitId=${ids.unit}&accountGroup=other_costs&year=2026`,
      }),
      expected: reads,
    },
    {
      endpoint: 'saveLinePhasing',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('saveLinePhasing', ids),
        payload: {
          orgUnitId: ids.unit,
          accountGroup: 'other_costs',
          year: 2026,
          profile: { kind: 'straight' },
          scope: 'line',
        },
      }),
      expected: changes,
    },
    {
      endpoint: 'getAccountLines',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'GET',
        url: `${at('getAccountLines', ids)}?orgUnitId=${ids.unit}&accountGroup=other_costs&year=2026`,
      }),
      expected: reads,
    },
    {
      endpoint: 'saveAccountLines',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('saveAccountLines', ids),
        payload: {
          orgUnitId: ids.unit,
          accountGroup: 'other_costs',
          year: 2026,
          unspecified: 0,
          accounts: [],
        },
      }),
      expected: changes,
    },
    {
      endpoint: 'getUnitFrames',
      label: 'a version that is not there',
      request: (ids) => ({ method: 'GET', url: at('getUnitFrames', ids) }),
      expected: reads,
    },
    {
      endpoint: 'saveUnitFrames',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('saveUnitFrames', ids),
        payload: { year: 2026, plannedResult: 0, frames: [] },
      }),
      expected: changes,
    },
    {
      endpoint: 'getFrameWalk',
      label: '',
      request: (ids) => ({ method: 'GET', url: `${at('getFrameWalk', ids)}?year=2026` }),
      expected: reads,
    },
    {
      endpoint: 'saveFrameWalk',
      label: 'years that are not the budget years',
      request: (ids) => ({
        method: 'POST',
        url: at('saveFrameWalk', ids),
        payload: {
          budgetYear: 2026,
          baseAllocation: 0,
          years: [{ year: 2030, pkvBasisPoints: 0, volume: 0, volumeText: '', adjustments: [] }],
        },
      }),
      expected: changes,
    },
    {
      endpoint: 'saveBudgetText',
      label: 'a section that is not there',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.saveBudgetText.path, ids),
        payload: { year: 2026, section: 'no-such-section', body: 'x' },
      }),
      expected: changes,
    },
    {
      endpoint: 'exportBudgetWorkbook',
      label: 'a version that is not there',
      request: (ids) => ({ method: 'GET', url: at('exportBudgetWorkbook', ids) }),
      expected: reads,
    },
    {
      endpoint: 'importBudgetWorkbook',
      label: 'into a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('importBudgetWorkbook', ids),
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload: Buffer.from('PK'),
      }),
      expected: changes,
    },
    {
      endpoint: 'decideBudgetVersion',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('decideBudgetVersion', ids),
        payload: { status: 'adopted', decidedBy: 'SN', decidedAt: '2023-01-01', inFollowUp: false },
      }),
      expected: changes,
    },
    {
      endpoint: 'getInvestmentBudget',
      label: 'a version that is not there',
      request: (ids) => ({ method: 'GET', url: at('getInvestmentBudget', ids) }),
      expected: reads,
    },
    {
      endpoint: 'saveInvestmentBudget',
      label: 'a version that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('saveInvestmentBudget', ids),
        payload: { lines: [] },
      }),
      expected: changes,
    },
    {
      endpoint: 'getInvestmentFollowUp',
      label: '2026 at April',
      request: (ids) => ({
        method: 'GET',
        url: `${at('getInvestmentFollowUp', ids)}?year=2026&month=4`,
      }),
      expected: reads,
    },
    {
      endpoint: 'saveInvestmentFollowUp',
      label: 'a year without a budget in follow-up',
      request: (ids) => ({
        method: 'POST',
        url: at('saveInvestmentFollowUp', ids),
        payload: { year: 2031, month: 1, lines: [] },
      }),
      expected: changes,
    },
  ];
}

/** The administration endpoints: the administrator only. Changes ask about what is not there. */
function adminCases(): Case[] {
  const adminOnly = row(401, A, 403, 403, 403, 403, 403);
  const at = (name: EndpointName, ids: Ids, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, ...extra });
  const get = (name: EndpointName): Case => ({
    endpoint: name,
    label: '',
    request: (ids) => ({ method: 'GET', url: at(name, ids) }),
    expected: adminOnly,
  });
  const post = (name: EndpointName, label: string, payload: object = {}): Case => ({
    endpoint: name,
    label,
    request: (ids) => ({
      method: 'POST',
      url: at(name, ids, { orgUnitId: UNKNOWN_ID, userId: UNKNOWN_ID, grantId: UNKNOWN_ID }),
      payload,
    }),
    expected: adminOnly,
  });
  return [
    get('getOrganisationAdmin'),
    {
      endpoint: 'getOrganisationAdmin',
      label: 'another municipality',
      request: (ids) => ({
        method: 'GET',
        url: at('getOrganisationAdmin', { ...ids, municipalityId: UNKNOWN_ID }),
      }),
      // The installation admin is an admin of every municipality.
      expected: row(401, A, 404, 404, 404, 404, 404),
    },
    post('createOrgUnit', 'without a body'),
    post('updateOrgUnit', 'a unit that is not there', {
      kind: 'unit',
      code: '9999',
      name: 'Finns inte',
      parentId: null,
      validFrom: null,
      validTo: null,
      ledgerCodes: [],
    }),
    get('listUsersAdmin'),
    post('createUser', 'without a body'),
    post('updateUser', 'a user that is not there', {
      displayName: 'Ingen',
      email: null,
      ssoSubject: null,
      disabled: false,
    }),
    post('addGrant', 'to a user that is not there', {
      role: 'auditor',
      boardId: null,
      orgUnitId: null,
    }),
    post('removeGrant', 'a role that is not there'),
    post('resetPassword', 'for a user that is not there'),
    get('getAccountMapping'),
    post('saveAccountMapping', 'no ranges', { ranges: [] }),
  ];
}

function outcome(response: LightMyRequestResponse): Expected | 'csrf-rejected' {
  if (response.statusCode < 400) return 'allowed';
  const { error } = errorBodySchema.parse(response.json());
  if (error.code === 'unauthenticated') return 401;
  if (error.code === 'forbidden') return 403;
  if (error.code === 'not-found' && error.details.entity === 'municipality') return 404;
  if (error.code === 'csrf-rejected') return 'csrf-rejected';
  // Past the access rule: an id that is not there, a wrong password, ...
  return 'allowed';
}

describe('every endpoint has its row in the access table', () => {
  it('covers each endpoint of the contract', () => {
    const covered = new Set(CASES.map((testCase) => testCase.endpoint));
    expect(Object.keys(ALL_ENDPOINTS).filter((name) => !covered.has(name as EndpointName))).toEqual(
      [],
    );
  });
});

describeOneEngine('access by role on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let ids: Ids;
  const sessions = new Map<Who, SignedInInject>();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    for (const who of WHO) {
      sessions.set(
        who,
        who === 'nobody' ? (options) => app.inject(options) : await signInAs(app, who),
      );
    }
    const controller = sessions.get('controller');
    if (!controller) throw new Error('no controller session');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const municipality = municipalities[0];
    const board = municipality?.boards[0];
    if (!municipality || !board) throw new Error('demo not loaded');
    const units = await database.db
      .selectFrom('org_unit')
      .select(['id', 'code'])
      .where('municipality_id', '=', municipality.id)
      .execute();
    const unit = (code: string) => units.find((candidate) => candidate.code === code)?.id ?? '';
    ids = {
      municipalityId: municipality.id,
      boardId: board.id,
      department: unit('811'),
      unit: unit('8113'),
      otherDepartmentUnit: unit('8123'),
    };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const stateChanging = (name: EndpointName) => ['signOut', 'changePassword'].includes(name);

  it.each(
    CASES.map((testCase) => [`${testCase.endpoint} ${testCase.label}`.trim(), testCase] as const),
  )('%s', async (_name, testCase) => {
    const answers: Partial<Record<Who, Expected | 'csrf-rejected'>> = {};
    for (const who of WHO) {
      // Signing out or changing the password ends sessions: those cases get their own.
      const inject =
        stateChanging(testCase.endpoint) && who !== 'nobody'
          ? await signInAs(app, who)
          : sessions.get(who);
      if (!inject) throw new Error(`no session for ${who}`);
      answers[who] = outcome(await inject(testCase.request(ids)));
    }
    expect(answers).toEqual(testCase.expected);
  });
});
