import type { InjectOptions } from 'fastify';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { getOperatingStatement } from '#contract/operating-statement';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/**
 * Signing in, the municipalities, the operating statement, the ledger imports and the audit
 * log: what each role may ask of them.
 */

const statement = (ids: Ids, orgUnitId?: string): InjectOptions => ({
  method: 'GET',
  url: `${fillPath(getOperatingStatement.path, ids)}?year=2023&month=8${orgUnitId ? `&orgUnitId=${orgUnitId}` : ''}`,
});

export const GENERAL_CASES: readonly Case[] = [
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
    endpoint: 'undoHrImportBatch',
    label: 'an import that is not the latest',
    request: (ids) => ({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.undoHrImportBatch.path, { ...ids, importId: UNKNOWN_ID }),
    }),
    expected: row(401, 403, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'undoHrImportBatch',
    label: 'another municipality',
    request: (ids) => ({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.undoHrImportBatch.path, {
        ...ids,
        municipalityId: UNKNOWN_ID,
        importId: UNKNOWN_ID,
      }),
    }),
    expected: row(401, 403, 404, 404, 404, 404, 404),
  },
  {
    endpoint: 'undoRegisterImportBatch',
    label: 'an import that is not the latest',
    request: (ids) => ({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.undoRegisterImportBatch.path, {
        ...ids,
        kind: 'placements',
        importId: UNKNOWN_ID,
      }),
    }),
    expected: row(401, A, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'listHrImportHistory',
    label: '',
    request: (ids) => ({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.listHrImportHistory.path, ids),
    }),
    expected: row(401, 403, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'importHrFile',
    label: 'a file that is no HR export',
    request: (ids) => ({
      method: 'POST',
      url: `${fillPath(ALL_ENDPOINTS.importHrFile.path, ids)}?fileName=x.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from('x'),
    }),
    expected: row(401, 403, A, 403, 403, 403, 403),
  },
  {
    endpoint: 'importRegisterFile',
    label: 'a file that is no placement register',
    request: (ids) => ({
      method: 'POST',
      url: `${fillPath(ALL_ENDPOINTS.importRegisterFile.path, { ...ids, kind: 'placements' })}?fileName=x.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from('x'),
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
];
