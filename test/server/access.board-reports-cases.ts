import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/**
 * The interim and annual reports: the controller manages them; the heads (writers, for the
 * whole board, their own sections checked in the service) list and write; the board member
 * and the revisor neither (they read the published report).
 */
export function boardReportsCases(): Case[] {
  const writers = row(401, 403, A, A, A, 403, 403);
  const manager = row(401, 403, A, 403, 403, 403, 403);
  const at = (name: EndpointName, ids: Ids) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, reportId: UNKNOWN_ID, sectionKey: 'verksamhet' });
  return [
    {
      endpoint: 'listBoardReports',
      label: '2023',
      request: (ids) => ({ method: 'GET', url: `${at('listBoardReports', ids)}?year=2023` }),
      expected: writers,
    },
    {
      endpoint: 'openBoardReport',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: at('openBoardReport', ids), payload: {} }),
      expected: manager,
    },
    {
      endpoint: 'getBoardReport',
      label: 'a report that is not there',
      request: (ids) => ({ method: 'GET', url: at('getBoardReport', ids) }),
      expected: writers,
    },
    {
      endpoint: 'assignReportSection',
      label: 'a report that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('assignReportSection', ids),
        payload: { assigneeId: null, deadline: null, baseRevision: 1 },
      }),
      expected: manager,
    },
    {
      endpoint: 'saveReportSection',
      label: 'a report that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('saveReportSection', ids),
        payload: { body: [], baseRevision: 1 },
      }),
      expected: writers,
    },
    {
      endpoint: 'stepReportSection',
      label: 'a report that is not there',
      request: (ids) => ({
        method: 'POST',
        url: at('stepReportSection', ids),
        payload: { action: 'mark-ready', comment: null, baseRevision: 1 },
      }),
      expected: writers,
    },
  ];
}
