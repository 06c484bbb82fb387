import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/**
 * The monthly follow-up: controller and revisor read the board, the heads their part; the
 * heads and the controller report for a unit; the controller reviews and publishes. Changes
 * ask with a body that is not valid, so nothing is written.
 */
export function followUpCases(): Case[] {
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
      endpoint: 'listAllocationForecasts',
      label: '',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.listAllocationForecasts.path, ids)}?year=2023`,
      }),
      expected: row(401, 403, A, 403, 403, 403, A),
    },
    {
      endpoint: 'saveAllocationForecast',
      label: 'without a body',
      request: (ids) => ({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.saveAllocationForecast.path, ids),
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
