import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { followUpViewSchema, unitReportSchema, type UnitReport } from '#contract/follow-up';
import type { DemoApi } from './demo-api';
import type { SignedInInject } from './http-session';

/** A demo unit's monthly report through the API, read and saved as a signed-in user. */
export interface UnitReportApi {
  readonly url: (name: 'getUnitReport' | 'saveUnitReport' | 'reviewUnitReport') => string;
  /** The report as the user reads it (asserting 200). */
  read(as: SignedInInject): Promise<UnitReport>;
  /** A save: nothing changed and a draft unless the body says otherwise. */
  save(as: SignedInInject, body: object): Promise<LightMyRequestResponse>;
}

/** The report of the demo unit with this responsibility code, at a report month. */
export async function unitReportApi(
  api: DemoApi,
  unitCode: string,
  year: number,
  month: number,
): Promise<UnitReportApi> {
  const period = `year=${String(year)}&month=${String(month)}`;
  const view = await api.request({
    method: 'GET',
    url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?${period}`,
  });
  const unit = followUpViewSchema
    .parse(view.json())
    .rows.find((row) => row.orgUnit.code === unitCode);
  if (!unit) throw new Error(`${unitCode} is not in the view`);
  const url: UnitReportApi['url'] = (name) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, orgUnitId: unit.orgUnit.id });
  return {
    url,
    async read(as) {
      const response = await as({ method: 'GET', url: `${url('getUnitReport')}?${period}` });
      expect(response.statusCode, response.body).toBe(200);
      return unitReportSchema.parse(response.json());
    },
    save: (as, body) =>
      as({
        method: 'POST',
        url: url('saveUnitReport'),
        payload: {
          year,
          month,
          forecasts: [],
          comment: null,
          action: null,
          submit: false,
          ...body,
        },
      }),
  };
}
