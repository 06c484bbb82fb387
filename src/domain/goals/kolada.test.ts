import { describe, expect, it } from 'vitest';
import { indicatorValue } from './indicator-value';
import { koladaIssueSv, parseKoladaData, type KoladaIssue } from './kolada';

/** An item of Kolada's data answer, with its three genders unless given. */
const item = (fields: Record<string, unknown> = {}) => ({
  kpi: 'N31807',
  municipality: '1489',
  period: 2022,
  values: [
    { gender: 'T', value: 84.0, count: 1, status: '' },
    { gender: 'K', value: 86.2, count: 1, status: '' },
    { gender: 'M', value: 80.5, count: 1, status: '' },
  ],
  ...fields,
});

const answer = (...items: unknown[]) => JSON.stringify({ values: items, count: items.length });

function issuesOf(text: string): readonly KoladaIssue[] {
  const parsed = parseKoladaData(text);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.issues;
}

const messages = (text: string) => issuesOf(text).map((issue) => koladaIssueSv(issue, 'k.json'));

describe('Kolada API v2 data as a file or a page', () => {
  it('reads each gender of each item as a value with exact figures', () => {
    const parsed = parseKoladaData(
      answer(item(), item({ municipality: '0000', values: [{ gender: 'T', value: 82.2 }] })),
    );
    expect(parsed).toEqual({
      ok: true,
      data: {
        nextPage: null,
        values: [
          {
            kpi: 'N31807',
            municipality: '1489',
            period: 2022,
            gender: 'T',
            value: indicatorValue(840_000),
            count: 1,
          },
          {
            kpi: 'N31807',
            municipality: '1489',
            period: 2022,
            gender: 'K',
            value: indicatorValue(862_000),
            count: 1,
          },
          {
            kpi: 'N31807',
            municipality: '1489',
            period: 2022,
            gender: 'M',
            value: indicatorValue(805_000),
            count: 1,
          },
          {
            kpi: 'N31807',
            municipality: '0000',
            period: 2022,
            gender: 'T',
            value: indicatorValue(822_000),
            count: null,
          },
        ],
      },
    });
  });

  it('keeps a null value as no value, and reads next_page and a byte order mark', () => {
    const text = `\uFEFF${JSON.stringify({
      values: [
        item({
          municipality: 'G33956',
          values: [{ gender: 'T', value: null, count: 0, status: 'Missing' }],
        }),
      ],
      count: 1,
      next_page: 'https://api.kolada.se/v2/data/kpi/N31807/year/2022?page=2&per_page=1',
    })}`;
    const parsed = parseKoladaData(text);
    expect(parsed.ok && parsed.data).toEqual({
      nextPage: 'https://api.kolada.se/v2/data/kpi/N31807/year/2022?page=2&per_page=1',
      values: [
        { kpi: 'N31807', municipality: 'G33956', period: 2022, gender: 'T', value: null, count: 0 },
      ],
    });
  });

  it('accepts the period as four digits of text', () => {
    const parsed = parseKoladaData(answer(item({ period: '2021' })));
    expect(parsed.ok && parsed.data.values.map((value) => value.period)).toEqual([
      2021, 2021, 2021,
    ]);
  });

  it('names text that is not JSON', () => {
    const [message] = messages('{"values": [');
    expect(message).toMatch(/^k\.json är inte JSON: .+\.$/);
  });

  it("names JSON that is not Kolada's answer", () => {
    expect(messages('[1, 2]')).toEqual([
      'k.json har inte Koladas form: ett objekt med listan values väntades (values är [1,2]).',
    ]);
    expect(messages('{"kpi": "N31807"}')).toEqual([
      'k.json har inte Koladas form: ett objekt med listan values väntades (values är (saknas)).',
    ]);
    expect(messages(JSON.stringify({ values: [], next_page: 3 }))).toEqual([
      'k.json, fältet next_page: 3 har inte Koladas form.',
    ]);
  });

  it("names an item that is not Kolada's, by its number and index", () => {
    expect(messages(answer(item(), 'N31807', item({ values: { gender: 'T' } })))).toEqual([
      'k.json, post 2 (values[1]) är inget objekt med kpi, municipality, period och values ("N31807").',
      'k.json, post 3 (values[2]), fältet values: {"gender":"T"} har inte Koladas form (en lista av objekt med gender och value väntades).',
    ]);
    expect(messages(answer(item({ values: [7] })))).toEqual([
      'k.json, post 1 (values[0]), fältet values[0]: 7 har inte Koladas form (en lista av objekt med gender och value väntades).',
    ]);
  });

  it('names a bad KPI id, municipality and period with the value', () => {
    expect(
      messages(answer(item({ kpi: 'n31807' }), item({ municipality: 1489 }), item({ period: 22 }))),
    ).toEqual([
      'k.json, post 1 (values[0]), fältet kpi: "n31807" är inget KPI-id i Kolada (en stor bokstav och fem siffror, t.ex. N31807).',
      'k.json, post 2 (values[1]), fältet municipality: 1489 är ingen kommun i Kolada (fyra siffror som 1489, 0000 för riket, eller en kommungrupp som G33956).',
      'k.json, post 3 (values[2]), fältet period: 22 är inget år (ett heltal 1990–2199).',
    ]);
    expect(messages(answer(item({ kpi: undefined, period: 2022.5 })))).toEqual([
      'k.json, post 1 (values[0]), fältet kpi: (saknas) är inget KPI-id i Kolada (en stor bokstav och fem siffror, t.ex. N31807).',
      'k.json, post 1 (values[0]), fältet period: 2022.5 är inget år (ett heltal 1990–2199).',
    ]);
  });

  it('names a bad or repeated gender', () => {
    expect(
      messages(
        answer(
          item({
            values: [
              { gender: 'T', value: 1 },
              { gender: 'X', value: 2 },
              { gender: 'T', value: 3 },
              { value: 4 },
            ],
          }),
        ),
      ),
    ).toEqual([
      'k.json, post 1 (values[0]), fältet values[1].gender: "X" är inget kön i Kolada (T totalt, K kvinnor eller M män).',
      'k.json, post 1 (values[0]), fältet values[2].gender: "T" finns två gånger i samma post.',
      'k.json, post 1 (values[0]), fältet values[3].gender: (saknas) är inget kön i Kolada (T totalt, K kvinnor eller M män).',
    ]);
  });

  it('names a value that is not a number, or too large, and a bad count', () => {
    expect(
      messages(
        answer(
          item({
            values: [
              { gender: 'T', value: '84,0' },
              { gender: 'K', value: 1e15 },
              { gender: 'M', value: 80, count: 1.5 },
            ],
          }),
        ),
      ),
    ).toEqual([
      'k.json, post 1 (values[0]), fältet values[0].value: "84,0" är inget tal (ett tal med punkt, eller null för inget värde).',
      'k.json, post 1 (values[0]), fältet values[1].value: 1000000000000000 är för stort för ett nyckeltal.',
      'k.json, post 1 (values[0]), fältet values[2].count: 1.5 är inget antal (ett heltal 0 eller större).',
    ]);
  });

  it('names an item given twice, and the item that gave it first', () => {
    expect(messages(answer(item(), item({ municipality: '0000' }), item()))).toEqual([
      'k.json, post 3 (values[2]): nyckeltal N31807, kommun 1489, år 2022 finns redan i post 1.',
    ]);
  });

  it('rounds a float to four decimals through its decimal text', () => {
    const parsed = parseKoladaData(answer(item({ values: [{ gender: 'T', value: 0.1 + 0.2 }] })));
    expect(parsed.ok && parsed.data.values[0]?.value).toBe(indicatorValue(3000));
  });
});
