import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/**
 * Mål och nyckeltal: every role of the board reads the goals (a department's or unit's head
 * too: the board's goals are public in its reports); the heads and the controller come past
 * the door to enter outcomes (whose indicator it is is checked at the save); only the
 * controller sets assessments. Changes ask with a body that is not valid, so nothing is
 * written.
 */
export function goalsCases(): Case[] {
  const url = (name: EndpointName, ids: Ids) =>
    fillPath(ALL_ENDPOINTS[name].path, {
      ...ids,
      boardGoalId: UNKNOWN_ID,
      indicatorId: UNKNOWN_ID,
    });
  return [
    {
      endpoint: 'getGoals',
      label: 'the board',
      request: (ids) => ({ method: 'GET', url: `${url('getGoals', ids)}?year=2023&month=8` }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'getIndicatorComparison',
      label: 'an indicator that is not there',
      request: (ids) => ({ method: 'GET', url: url('getIndicatorComparison', ids) }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'downloadGoalReport',
      label: 'the board’s goal section as HTML',
      request: (ids) => ({
        method: 'GET',
        url: `${url('downloadGoalReport', ids)}?year=2023&month=8&format=html`,
      }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'saveGoalOutcome',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: url('saveGoalOutcome', ids), payload: {} }),
      expected: row(401, 403, A, A, A, 403, 403),
    },
    {
      endpoint: 'saveGoalAssessment',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: url('saveGoalAssessment', ids), payload: {} }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'carryOverGoals',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: url('carryOverGoals', ids), payload: {} }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'saveBoardGoal',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: url('saveBoardGoal', ids), payload: {} }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'saveIndicator',
      label: 'without a body',
      request: (ids) => ({ method: 'POST', url: url('saveIndicator', ids), payload: {} }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
  ];
}
