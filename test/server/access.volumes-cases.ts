import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { A, row, type Case } from './access.test-helpers';

/**
 * Volymer och personal: every role of the board reads the volumes (a head gets their own
 * units' rows, checked in volumes-personnel.test.ts); the administrator does not. Sick leave
 * is the controller's (and HR's, not in this table): the board's table, and a unit's.
 */
export function volumesCases(): Case[] {
  return [
    {
      endpoint: 'getVolumes',
      label: 'the board, August 2023',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getVolumes.path, ids)}?year=2023&month=8`,
      }),
      expected: row(401, 403, A, A, A, A, A),
    },
    {
      endpoint: 'getSickLeave',
      label: 'the board',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getSickLeave.path, ids)}?year=2023&month=7`,
      }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
    {
      endpoint: 'getSickLeave',
      label: 'a unit',
      request: (ids) => ({
        method: 'GET',
        url: `${fillPath(ALL_ENDPOINTS.getSickLeave.path, ids)}?year=2023&month=7&orgUnitId=${ids.unit}`,
      }),
      expected: row(401, 403, A, 403, 403, 403, 403),
    },
  ];
}
