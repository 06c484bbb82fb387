import { expect, it } from 'vitest';
import { accountMappingResponse } from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { getOperatingStatement } from '#contract/operating-statement';
import { signInAs } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { administrationFixture, issuesOf } from './administration.test-helpers';

/** The administration of the organisation: its units, and the mapping of accounts to groups. */
describeOneEngine('administration of the organisation on %s', (engine) => {
  const fx = administrationFixture(engine);
  const { admin, url, auditSince, lastSeq, organisation, unitByCode } = fx;

  it('adds a unit under a department, changes it, and logs both with before and after', async () => {
    const department = await unitByCode('811');
    const seq = await lastSeq();
    const created = await admin({
      method: 'POST',
      url: url('createOrgUnit'),
      payload: {
        boardId: fx.boardId,
        kind: 'unit',
        code: '8119',
        name: 'Ungdomsmottagning',
        parentId: department.id,
        validFrom: '2027-01-01',
        validTo: null,
        ledgerCodes: ['8119-gml'],
      },
    });
    expect(created.statusCode).toBe(200);
    const unit = await unitByCode('8119');
    expect(unit).toMatchObject({
      kind: 'unit',
      parentId: department.id,
      validFrom: '2027-01-01',
      validTo: null,
      ledgerCodes: ['8119-gml'],
      transactionCount: 0,
    });

    const changed = await admin({
      method: 'POST',
      url: url('updateOrgUnit', { orgUnitId: unit.id }),
      payload: {
        kind: 'unit',
        code: '8119',
        name: 'Ungdomsmottagningen',
        parentId: department.id,
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        ledgerCodes: [],
        baseRevision: unit.revision,
      },
    });
    expect(changed.statusCode).toBe(200);
    const log = await auditSince(seq);
    expect(log.map((entry) => [entry.action, entry.username, entry.object_id])).toEqual([
      ['org-unit-create', 'admin', unit.id],
      ['org-unit-update', 'admin', unit.id],
    ]);
    expect(log[1]?.before).toMatchObject({
      name: 'Ungdomsmottagning',
      validTo: null,
      ledgerCodes: ['8119-gml'],
    });
    expect(log[1]?.after).toMatchObject({
      name: 'Ungdomsmottagningen',
      validTo: '2027-12-31',
      ledgerCodes: [],
    });
  });

  it('refuses a taken code, reversed dates and a unit under a unit, writing nothing', async () => {
    const before = await organisation();
    const seq = await lastSeq();
    const unitUnder = await unitByCode('8113');
    const response = await admin({
      method: 'POST',
      url: url('createOrgUnit'),
      payload: {
        boardId: fx.boardId,
        kind: 'unit',
        code: '8113',
        name: 'Dubblett',
        parentId: unitUnder.id,
        validFrom: '2027-01-01',
        validTo: '2026-12-31',
        ledgerCodes: [],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)).toEqual([
      { field: 'code', problem: 'taken', value: '8113' },
      { field: 'validTo', problem: 'dates-reversed', value: '2026-12-31' },
      { field: 'parentId', problem: 'not-a-department', value: unitUnder.id },
    ]);
    expect(await organisation()).toEqual(before);
    expect(await auditSince(seq)).toEqual([]);
  });

  it('regroups the accounts when the mapping changes, and refuses overlapping ranges', async () => {
    const current = accountMappingResponse.parse(
      (await admin({ method: 'GET', url: url('getAccountMapping') })).json(),
    );
    expect(current.ranges.length).toBeGreaterThan(0);
    const overlapping = await admin({
      method: 'POST',
      url: url('saveAccountMapping'),
      payload: {
        ranges: [
          { from: '3000', to: '3999', group: 'operating_revenue' },
          { from: '3500', to: '4999', group: 'other_costs' },
        ],
        baseRevision: current.revision,
      },
    });
    expect(issuesOf(overlapping)).toEqual([
      { field: 'ranges', problem: 'ranges-overlap', value: 'rad 2: 3500–4999 och rad 1' },
    ]);

    // Premises rent counted as other costs: the statement's actuals follow.
    const controller = await signInAs(fx.demo.app, 'controller');
    const statement = async () =>
      getOperatingStatement.response.parse(
        (
          await controller({
            method: 'GET',
            url: `${fillPath(getOperatingStatement.path, fx.board)}?year=2023&month=8`,
          })
        ).json(),
      );
    const before = await statement();
    const rent = current.ranges.filter((range) => range.group === 'premises_rent');
    expect(rent.length).toBeGreaterThan(0);
    const seq = await lastSeq();
    const saved = await admin({
      method: 'POST',
      url: url('saveAccountMapping'),
      payload: {
        ranges: current.ranges.map((range) =>
          range.group === 'premises_rent' ? { ...range, group: 'other_costs' } : range,
        ),
        baseRevision: current.revision,
      },
    });
    expect(saved.statusCode).toBe(200);
    const after = await statement();
    const line = (result: typeof before, key: string) =>
      Number(result.lines.find((candidate) => candidate.key === key)?.figures.actual ?? 0);
    expect(line(before, 'premises_rent')).not.toBe(0);
    expect(line(after, 'premises_rent')).toBe(0);
    expect(line(after, 'other_costs')).toBe(
      line(before, 'other_costs') + line(before, 'premises_rent'),
    );
    expect(line(after, 'result')).toBe(line(before, 'result'));
    const log = await auditSince(seq);
    expect(log.map((entry) => entry.action)).toEqual(['account-mapping-update']);
    expect(log[0]?.before).toEqual(current.ranges);
  });
});
