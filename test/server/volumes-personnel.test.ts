import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import {
  sickLeaveSchema,
  volumesPageSchema,
  type SickLeaveDto,
  type VolumesPage,
} from '#contract/volumes-personnel';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeOneEngine, unguarded } from '../support/test-database';

/**
 * Volymer och personal over HTTP as the demo's people use it (August 2023): the controller sees
 * every unit's placements, the assistance (001: 139 long-term households in 2022) and the
 * reports of concern (+41,0 %), and sick leave; HR sees sick leave; the enhetschef of 8113 sees
 * her unit's placements only and no sick leave; the nämndledamot the board's volumes and no
 * sick leave. A unit's sick-leave table read is audited, the board's is not.
 */

describeOneEngine('Volymer och personal over HTTP on %s', (engine) => {
  let api: DemoApi;
  let hr: SignedInInject;
  let unitHead: SignedInInject;
  let boardMember: SignedInInject;
  const volumesUrl = () => `${fillPath(ALL_ENDPOINTS.getVolumes.path, api.ids)}?year=2023&month=8`;
  const sickUrl = (orgUnitId?: string) =>
    `${fillPath(ALL_ENDPOINTS.getSickLeave.path, api.ids)}?year=2023&month=7${
      orgUnitId === undefined ? '' : `&orgUnitId=${orgUnitId}`
    }`;
  async function volumes(as: SignedInInject, url = volumesUrl()): Promise<VolumesPage> {
    const answer = await as({ method: 'GET', url });
    expect(answer.statusCode, answer.body).toBe(200);
    return volumesPageSchema.parse(answer.json());
  }
  async function sickLeave(as: SignedInInject, orgUnitId?: string): Promise<SickLeaveDto> {
    const answer = await as({ method: 'GET', url: sickUrl(orgUnitId) });
    expect(answer.statusCode, answer.body).toBe(200);
    return sickLeaveSchema.parse(answer.json());
  }
  const personnelReads = async () =>
    unguarded(api.database)
      .selectFrom('audit_log')
      .select(['object_id', 'details'])
      .where('municipality_id', '=', api.ids.municipalityId)
      .where('action', '=', 'personnel-read')
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    api = await openDemoApi(engine);
    hr = await signInAs(api.app, 'hr');
    unitHead = await signInAs(api.app, 'enhetschef');
    boardMember = await signInAs(api.app, 'ledamot');
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives the controller every unit’s placements with Summa, the assistance and the volumes', async () => {
    const page = await volumes(api.request);
    expect(page).toMatchObject({ year: 2023, reportMonth: 8, ownUnitsOnly: false });
    expect(page.mayReadPersonnel).toBe(true);
    expect(page.placements.rows.map((row) => row.unit.code)).toEqual([
      '8112',
      '8113',
      '8115',
      '8121',
      '8125',
    ]);
    const sum = (pick: (row: VolumesPage['placements']['rows'][number]) => number) =>
      page.placements.rows.reduce((total, row) => total + pick(row), 0);
    expect(page.placements.total.costToDateOre).toBe(sum((row) => row.figures.costToDateOre));
    expect(page.placements.total.placements).toBe(sum((row) => row.figures.placements));
    expect(page.assistance.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(page.assistance.longTermLastYear).toBe(139);
    expect(page.volumes.find((row) => row.unitCode === '8111')).toMatchObject({
      value: 846,
      valueLastYear: 600,
      changeTenths: 410,
    });
  });

  it('defaults to the latest month with imported volumes', async () => {
    const page = await volumes(api.request, fillPath(ALL_ENDPOINTS.getVolumes.path, api.ids));
    expect(page).toMatchObject({ year: 2023, reportMonth: 8 });
    expect(page.years).toEqual([2022, 2023]);
  });

  it('gives the enhetschef of 8113 her unit’s placements only, no assistance of others and no sick leave', async () => {
    const page = await volumes(unitHead);
    expect(page.ownUnitsOnly).toBe(true);
    expect(page.mayReadPersonnel).toBe(false);
    expect(page.placements.rows.map((row) => row.unit.code)).toEqual(['8113']);
    expect(page.placements.total).toEqual(page.placements.rows[0]?.figures);
    expect(page.assistance.total.households).toBe(0);
    expect(page.volumes).toEqual([]);
    expect((await unitHead({ method: 'GET', url: sickUrl() })).statusCode).toBe(403);
  });

  it('gives the avdelningschef of 811 the units under her department, the reports of concern of 8111 too', async () => {
    const page = await volumes(await signInAs(api.app, 'avdelningschef'));
    expect(page.ownUnitsOnly).toBe(true);
    expect(page.placements.rows.map((row) => row.unit.code)).toEqual(['8112', '8113', '8115']);
    expect(page.volumes.map((row) => row.unitCode)).toEqual(['8111']);
    // 8122 (Stöd och försörjning) pays the assistance: not under 811.
    expect(page.assistance.total.households).toBe(0);
  });

  it('gives the nämndledamot the board’s volumes and no sick leave', async () => {
    const page = await volumes(boardMember);
    expect(page.ownUnitsOnly).toBe(false);
    expect(page.mayReadPersonnel).toBe(false);
    expect(page.placements.rows).toHaveLength(5);
    expect(page.assistance.longTermLastYear).toBe(139);
    expect((await boardMember({ method: 'GET', url: sickUrl() })).statusCode).toBe(403);
  });

  it('gives HR the board’s sick leave (001: 8,2 %) unaudited, and audits a unit’s table', async () => {
    expect((await volumes(hr)).mayReadPersonnel).toBe(true);
    const before = (await personnelReads()).length;
    const board = await sickLeave(hr);
    expect(board.scope).toMatchObject({ level: 'board', orgUnitId: null });
    expect(board.rows[0]).toMatchObject({ label: 'Total sjukfrånvaro', current: { tenths: 82 } });
    expect(await personnelReads()).toHaveLength(before);
    const unit = board.units.find((each) => each.code === '8131');
    if (!unit) throw new Error('no unit 8131');
    const table = await sickLeave(hr, unit.id);
    expect(table.scope).toMatchObject({ level: 'unit', orgUnitId: unit.id });
    expect(table.smallGroups).toBe(true);
    expect(table.rows.some((row) => row.current.tenths === null)).toBe(true);
    expect(table.smallGroupNote).toMatch(/^– = färre än 5 anställda/);
    const reads = await personnelReads();
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({
      object_id: unit.id,
      details: { scopeLevel: 'unit', unitCode: '8131', year: 2023, month: 7 },
    });
  });

  it('gives the controller sick leave too, and refuses a unit outside the board', async () => {
    expect((await sickLeave(api.request)).rows).toHaveLength(9);
    const answer = await api.request({
      method: 'GET',
      url: sickUrl('00000000-0000-4000-8000-000000000000'),
    });
    expect(answer.statusCode).toBe(404);
  });
});
