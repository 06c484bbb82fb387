import { afterAll, beforeAll, expect } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import {
  followUpViewSchema,
  unitReportSchema,
  type FollowUpView,
  type UnitReport,
} from '#contract/follow-up';
import type { DatabaseEngine } from '#server/db/connect';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { sessionsSignedInLater, type SignedInInject } from '../support/http-session';

export const YEAR = 2023;
export const MONTH = 8;

/**
 * Call in a describe block: the demo's API as the controller, the unit head and department
 * head of unit 8113 signed in, and the board's view and the unit's report of August 2023 as
 * the tests read and save them.
 */
export function followUpFixture(engine: DatabaseEngine) {
  let opened: DemoApi | undefined;
  const current = (): DemoApi => {
    if (!opened) throw new Error('The demo API is opened before the tests (beforeAll)');
    return opened;
  };
  const api: DemoApi = {
    get database() {
      return current().database;
    },
    get app() {
      return current().app;
    },
    request: (options) => current().request(options),
    get ids() {
      return current().ids;
    },
    close: () => current().close(),
  };
  const sessions = sessionsSignedInLater();
  const session = sessions.of;
  const unitHead = session('enhetschef');
  const departmentHead = session('avdelningschef');
  let unitId = '';
  const viewUrl = () =>
    `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?year=${String(YEAR)}&month=${String(MONTH)}`;
  const unitUrl = (name: 'getUnitReport' | 'saveUnitReport' | 'reviewUnitReport') =>
    fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, orgUnitId: unitId });
  const view = async (as: SignedInInject = api.request): Promise<FollowUpView> => {
    const response = await as({ method: 'GET', url: viewUrl() });
    expect(response.statusCode, response.body).toBe(200);
    return followUpViewSchema.parse(response.json());
  };
  const report = async (as: SignedInInject): Promise<UnitReport> => {
    const response = await as({
      method: 'GET',
      url: `${unitUrl('getUnitReport')}?year=${String(YEAR)}&month=${String(MONTH)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return unitReportSchema.parse(response.json());
  };
  const save = (as: SignedInInject, body: object) =>
    as({
      method: 'POST',
      url: unitUrl('saveUnitReport'),
      payload: {
        year: YEAR,
        month: MONTH,
        forecasts: [],
        comment: null,
        action: null,
        submit: false,
        ...body,
      },
    });
  const refusal = (response: { statusCode: number; json(): unknown }) => {
    const body = errorBodySchema.parse(response.json());
    return {
      status: response.statusCode,
      reason: body.error.details.reason,
      message: errorMessageSv(body.error),
    };
  };

  beforeAll(async () => {
    opened = await openDemoApi(engine);
    await sessions.signIn(opened.app, ['enhetschef', 'avdelningschef']);
    const { rows } = await view();
    const unit = rows.find((row) => row.orgUnit.code === '8113');
    if (!unit) throw new Error('8113 is not in the view');
    unitId = unit.orgUnit.id;
  });
  afterAll(async () => {
    await opened?.close();
  });

  return {
    api,
    unitHead,
    departmentHead,
    /** Unit 8113's id. */
    get unitId() {
      return unitId;
    },
    viewUrl,
    unitUrl,
    view,
    report,
    save,
    refusal,
  };
}
