import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/**
 * Internkontroll: every role of the board reads the page and the follow-up document (a
 * nämndledamot too: the analysis and the plan are the board's own); only the controller edits
 * and draws samples. A sample's items are opened by the controller, the auditor and the heads
 * (let in at the door for the whole board; which items are theirs is checked in the service,
 * here the sample is not there), never by a nämndledamot; the heads review, the controller
 * does not (separation of duties). Changes ask with a body that is not valid: nothing is written.
 */
export function internalControlCases(): Case[] {
  const url = (name: EndpointName, ids: Ids) =>
    fillPath(ALL_ENDPOINTS[name].path, {
      ...ids,
      criticalFactorId: UNKNOWN_ID,
      controlId: UNKNOWN_ID,
      sampleId: UNKNOWN_ID,
      position: '1',
    });
  const edit = (endpoint: EndpointName): Case => ({
    endpoint,
    label: 'without a body',
    request: (ids) => ({ method: 'POST', url: url(endpoint, ids), payload: {} }),
    expected: row(401, 403, A, 403, 403, 403, 403),
  });
  return [
    {
      endpoint: 'getInternalControl',
      label: 'the board',
      request: (ids) => ({
        method: 'GET',
        url: `${url('getInternalControl', ids)}?year=2023&month=8`,
      }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'downloadControlFollowUp',
      label: 'the follow-up of 2023 as HTML',
      request: (ids) => ({
        method: 'GET',
        url: `${url('downloadControlFollowUp', ids)}?year=2023&month=8&format=html`,
      }),
      expected: row(401, 403, A, A, A, A, A),
    },
    edit('saveRisk'),
    edit('startRiskAnalysis'),
    edit('saveCriticalFactor'),
    edit('saveCriticalFactorFollowUp'),
    edit('saveControl'),
    edit('saveControlFollowUp'),
    edit('drawSample'),
    {
      endpoint: 'getSample',
      label: 'a sample that is not there',
      request: (ids) => ({ method: 'GET', url: url('getSample', ids) }),
      expected: row(401, 403, A, A, A, 403, A),
    },
    {
      endpoint: 'redoSample',
      label: 'a sample that is not there',
      request: (ids) => ({ method: 'GET', url: url('redoSample', ids) }),
      expected: row(401, 403, A, A, A, 403, A),
    },
    {
      endpoint: 'reviewSampleItem',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: url('reviewSampleItem', ids), payload: {} }),
      expected: row(401, 403, 403, A, A, 403, 403),
    },
  ];
}
