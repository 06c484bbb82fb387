import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/** The budget: controller reads and changes, revisor reads. Changes ask about what is not there. */
export function budgetCases(): Case[] {
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
    {
      endpoint: 'listBudgetDecisions',
      label: '2026',
      request: (ids) => ({ method: 'GET', url: `${at('listBudgetDecisions', ids)}?year=2026` }),
      expected: reads,
    },
    {
      endpoint: 'addBudgetDecision',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: at('addBudgetDecision', ids), payload: {} }),
      expected: changes,
    },
    {
      endpoint: 'removeBudgetDecision',
      label: 'a decision that is not there',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.removeBudgetDecision.path, { ...ids, decisionId: UNKNOWN_ID }),
      }),
      expected: changes,
    },
    {
      endpoint: 'saveDecisionDistribution',
      label: 'a decision that is not there',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.saveDecisionDistribution.path, {
          ...ids,
          decisionId: UNKNOWN_ID,
        }),
        payload: { baseRevision: 0, rows: [] },
      }),
      expected: changes,
    },
    {
      endpoint: 'getInvestmentLinks',
      label: '',
      request: (ids) => ({ method: 'GET', url: at('getInvestmentLinks', ids) }),
      expected: reads,
    },
    {
      endpoint: 'getInvestmentTransactions',
      label: 'Inventarier 2023 to August',
      request: (ids) => ({
        method: 'GET',
        url: `${at('getInvestmentTransactions', ids)}?year=2023&month=8&category=reinvestment&name=Inventarier`,
      }),
      expected: reads,
    },
    {
      endpoint: 'saveInvestmentLinks',
      label: 'a bank account, refused',
      request: (ids) => ({
        method: 'POST',
        url: at('saveInvestmentLinks', ids),
        payload: {
          baseRevision: null,
          category: 'reinvestment',
          name: 'Inventarier',
          projectCodes: [],
          accounts: ['1930'],
        },
      }),
      expected: changes,
    },
  ];
}
