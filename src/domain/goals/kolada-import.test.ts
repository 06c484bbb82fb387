import { describe, expect, it } from 'vitest';
import { indicatorValueFromNumber as v } from './indicator-value';
import type { KoladaGender, KoladaValue } from './kolada';
import { koladaImportIssueSv, planKoladaImport, type LinkedSeries } from './kolada-import';

const value = (
  municipality: string,
  gender: KoladaGender,
  figure: number | null,
  fields: Partial<KoladaValue> = {},
): KoladaValue => ({
  kpi: 'N31807',
  municipality,
  period: 2022,
  gender,
  value: figure === null ? null : v(figure),
  count: 1,
  ...fields,
});

const telephony: LinkedSeries = {
  seriesId: 'series-telephony',
  kpi: 'N31807',
  indicatorName: 'Gott bemötande via telefon',
  unit: 'percent',
};

describe('what a Kolada import writes', () => {
  it('makes the own values of a linked KPI the series outcome at 31 December', () => {
    const check = planKoladaImport(
      [
        value('1489', 'T', 84),
        value('1489', 'K', 86.2),
        value('1489', 'M', 80.5),
        value('1480', 'T', 79),
      ],
      '1489',
      [telephony, { ...telephony, indicatorName: 'Samma serie ett annat år' }],
    );
    expect(check.ok && check.plan.outcomes).toEqual([
      {
        seriesId: 'series-telephony',
        kpi: 'N31807',
        measuredOn: '2022-12-31',
        total: v(84),
        women: v(86.2),
        men: v(80.5),
      },
    ]);
  });

  it('writes an outcome for every series linked to the KPI, with the genders Kolada gave', () => {
    const other: LinkedSeries = { ...telephony, seriesId: 'series-other', indicatorName: 'Annan' };
    const check = planKoladaImport(
      [value('1489', 'T', 84), value('1489', 'T', 81, { period: 2021 })],
      '1489',
      [telephony, other],
    );
    expect(
      check.ok &&
        check.plan.outcomes.map((o) => [o.seriesId, o.measuredOn, o.total, o.women, o.men]),
    ).toEqual([
      ['series-telephony', '2022-12-31', v(84), null, null],
      ['series-other', '2022-12-31', v(84), null, null],
      ['series-telephony', '2021-12-31', v(81), null, null],
      ['series-other', '2021-12-31', v(81), null, null],
    ]);
  });

  it("puts Riket's and the groups' totals beside the series, not other municipalities'", () => {
    const check = planKoladaImport(
      [
        value('1489', 'T', 84),
        value('0000', 'T', 82.2),
        value('0000', 'K', 83),
        value('G33956', 'T', 80.75),
        value('G99999', 'T', null),
        value('1480', 'T', 79),
      ],
      '1489',
      [telephony],
    );
    expect(check.ok && check.plan.comparisons).toEqual([
      { seriesId: 'series-telephony', measuredOn: '2022-12-31', label: 'Riket', value: v(82.2) },
      {
        seriesId: 'series-telephony',
        measuredOn: '2022-12-31',
        label: 'Kommungrupp G33956',
        value: v(80.75),
      },
    ]);
  });

  it('lists the KPIs no indicator is linked to, once each and in order', () => {
    const check = planKoladaImport(
      [
        value('1489', 'T', 84),
        value('1489', 'T', 3, { kpi: 'U00002' }),
        value('0000', 'T', 5, { kpi: 'N00001' }),
        value('1489', 'T', 4, { kpi: 'U00002', period: 2021 }),
      ],
      '1489',
      [telephony],
    );
    expect(check.ok && check.plan.unlinkedKpis).toEqual(['N00001', 'U00002']);
  });

  it('writes nothing for an own year with no value, and says so', () => {
    const check = planKoladaImport(
      [value('1489', 'T', 84), value('1489', 'T', null, { period: 2021 })],
      '1489',
      [telephony],
    );
    expect(check.ok && check.plan.outcomes.map((o) => o.measuredOn)).toEqual(['2022-12-31']);
    expect(check.ok && check.plan.emptyOwn).toEqual([{ kpi: 'N31807', period: 2021 }]);
  });

  it('refuses data with no value of the municipality, naming its code', () => {
    const check = planKoladaImport([value('1480', 'T', 84), value('1489', 'T', null)], '1489', [
      telephony,
    ]);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues.map(koladaImportIssueSv)).toEqual([
      'Filen har inget värde för kommunen 1489: hämta data för den kommunen ur Kolada (municipality/1489).',
    ]);
  });

  it('takes changes with no own value when not required (only Riket changed)', () => {
    const check = planKoladaImport([value('0000', 'T', 82.2)], '1489', [telephony], false);
    expect(check.ok && check.plan.outcomes).toEqual([]);
    expect(check.ok && check.plan.comparisons.map((c) => c.label)).toEqual(['Riket']);
  });

  it("refuses an own value the linked indicator's unit cannot hold", () => {
    const check = planKoladaImport(
      [value('1489', 'T', 104), value('1489', 'K', 99.5), value('0000', 'T', 120)],
      '1489',
      [telephony],
    );
    expect(!check.ok && check.issues.map(koladaImportIssueSv)).toEqual([
      'N31807, kommun 1489, år 2022, indikatorn ”Gott bemötande via telefon”: Totalt: en andel ska ligga mellan 0 och 100 %.',
    ]);
  });

  it("refuses a count's women and men that do not add up to its total", () => {
    const count: LinkedSeries = { ...telephony, unit: 'count', indicatorName: 'Antal' };
    const check = planKoladaImport(
      [value('1489', 'T', 166), value('1489', 'K', 85), value('1489', 'M', 80)],
      '1489',
      [count],
    );
    expect(!check.ok && check.issues.map(koladaImportIssueSv)).toEqual([
      'N31807, kommun 1489, år 2022, indikatorn ”Antal”: Kvinnor och män (85 + 80) blir inte totalt (166).',
    ]);
  });
});
