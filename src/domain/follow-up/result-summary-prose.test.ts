import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plain } from '#test/builders/plain-text';
import { ore, roundToTenthsOfMnkr, type Ore } from '../kernel/money';
import { toMonth } from '../kernel/period';
import {
  forecastTotalSentence,
  investmentSummarySentence,
  resultSummaryHeading,
  resultSummarySentences,
  unitForecastLine,
  unitVarianceLine,
  unitVarianceSentence,
} from './result-summary-prose';

const APRIL = toMonth(4);

/** mnkr with one decimal as in the seed (13.7) to öre, exactly: tenths x 10 000 000. */
const mnkr = (value: number): Ore => ore(Math.round(value * 10) * 10_000_000);

describe('003 section 1: the result summary', () => {
  it('writes the heading with the board inside the sentence', () => {
    expect(resultSummaryHeading('Socialnämnden', 2025, APRIL)).toBe(
      'Sammanfattning av resultatet för socialnämnden, april 2025',
    );
    expect(resultSummaryHeading('AFN', 2025, toMonth(8))).toBe(
      'Sammanfattning av resultatet för AFN, augusti 2025',
    );
  });

  // That the demo's figures give 003's +13,7 and 10,5 mnkr: demo/exempelkommun-report-003.test.ts.
  it('writes the result to date and its variance from the budget in 003’s words', () => {
    const actual = mnkr(13.7);
    const budget = mnkr(3.2);
    expect(plain(resultSummarySentences({ actual, budget }))).toEqual([
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
      'Utfallet avviker mot budget med 10,5 mnkr.',
    ]);
  });

  it('rounds from öre, half away from zero', () => {
    const [first] = plain(
      resultSummarySentences({ actual: ore(1_365_000_000 - 1), budget: ore(0) }),
    );
    expect(first).toContain('plus 13,6 mnkr');
    const [rounded] = plain(resultSummarySentences({ actual: ore(1_365_000_000), budget: ore(0) }));
    expect(rounded).toContain('plus 13,7 mnkr');
  });

  it('writes a negative result and variance with minus, by default the typographic one', () => {
    const sentences = resultSummarySentences({ actual: mnkr(-2.3), budget: mnkr(1.2) });
    expect(sentences).toEqual([
      'Ackumulerat resultat uppgår till minus 2,3\u00a0mnkr för hela nämndens ansvarsområde.',
      'Utfallet avviker mot budget med -3,5\u00a0mnkr.',
    ]);
  });

  it('has no sign at 0,0 and says the actual is in line with the budget', () => {
    expect(plain(resultSummarySentences({ actual: ore(-400_000), budget: ore(-300_000) }))).toEqual(
      [
        'Ackumulerat resultat uppgår till 0,0 mnkr för hela nämndens ansvarsområde.',
        'Utfallet är i nivå med budget.',
      ],
    );
  });
});

describe('003 section 2: the unit lines', () => {
  // Every line of 003 from the demo's figures: demo/exempelkommun-report-003.test.ts.
  it('always writes one decimal (003 once prints "+1 mnkr"), without a previous month that had none', () => {
    expect(
      plain(
        unitVarianceLine(
          { unitName: 'Öppenvård och stödboende', variance: mnkr(1), previousVariance: null },
          APRIL,
        ),
      ),
    ).toBe('Öppenvård och stödboende +1,0 mnkr');
  });

  it('writes documents with no-break spaces and the hyphen-minus', () => {
    expect(
      unitVarianceLine(
        { unitName: 'Utredningsenhet vuxen', variance: mnkr(-0.2), previousVariance: mnkr(-0.3) },
        APRIL,
      ),
    ).toBe('Utredningsenhet vuxen -0,2\u00a0mnkr (mars -0,3\u00a0mnkr)');
  });

  it('names the month before the report month, and leaves it out in January', () => {
    const unit = { unitName: 'Boendeenheten', variance: mnkr(0.8), previousVariance: mnkr(0.3) };
    expect(plain(unitVarianceLine(unit, toMonth(9)))).toBe(
      'Boendeenheten +0,8 mnkr (augusti +0,3 mnkr)',
    );
    expect(plain(unitVarianceLine(unit, toMonth(1)))).toBe('Boendeenheten +0,8 mnkr');
  });

  it('writes a variance that rounds to nothing without a sign', () => {
    const unit = {
      unitName: 'Familjerättsenheten',
      variance: ore(-499_999),
      previousVariance: null,
    };
    expect(plain(unitVarianceLine(unit, APRIL))).toBe('Familjerättsenheten 0,0 mnkr');
  });

  it('proposes the comment’s first sentence as 003 writes it', () => {
    expect(plain(unitVarianceSentence('Utredningsenhet vuxen', mnkr(-0.2)))).toBe(
      'Utredningsenhet vuxens resultat avviker med -0,2 mnkr mot periodens budget.',
    );
    expect(plain(unitVarianceSentence('Boendeenheten', mnkr(0.8)))).toBe(
      'Boendeenhetens resultat avviker med 0,8 mnkr mot periodens budget.',
    );
    expect(plain(unitVarianceSentence('Utredningsenheter barn', ore(0)))).toBe(
      'Utredningsenheter barns resultat är i nivå med periodens budget.',
    );
    expect(unitVarianceSentence('Familjehemsenheterna stöd och myndighets', ore(0))).toMatch(
      /^Familjehemsenheterna stöd och myndighets resultat/u,
    );
  });
});

describe('003 section 3: Årsprognos', () => {
  // The units' forecasts and the total of 003 from the demo's: demo/exempelkommun-report-003.test.ts.
  it('writes the total with one decimal: +22,0 mnkr (003: +22 mnkr)', () => {
    expect(plain(forecastTotalSentence(mnkr(22)))).toBe(
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
    );
  });

  it('writes a unit’s forecast by the name given, signed, always with one decimal ("+5,0 mnkr")', () => {
    expect(plain(unitForecastLine('Rekryteringsenheten', mnkr(5)))).toBe(
      'Rekryteringsenheten +5,0 mnkr',
    );
    expect(plain(unitForecastLine('Utredning vuxen', mnkr(-0.3)))).toBe(
      'Utredning vuxen -0,3 mnkr',
    );
  });

  it('writes a negative or zero forecast, and large amounts with groups', () => {
    expect(forecastTotalSentence(ore(-405_000_000))).toBe(
      'Total prognos för nämnden uppgår till -4,1\u00a0mnkr.',
    );
    expect(plain(forecastTotalSentence(ore(0)))).toBe(
      'Total prognos för nämnden uppgår till 0,0 mnkr.',
    );
    expect(plain(unitForecastLine('Stor', ore(1_234_000_000_000)))).toBe('Stor +12 340,0 mnkr');
  });
});

/** The sentence for 1,7 mnkr budgeted and 0,2 mnkr spent, as the seed's extracted text reads. */
const investmentSentence = (patch: { adjusted: boolean; actualRemark: string }) =>
  plain(investmentSummarySentence({ budget: mnkr(1.7), actualYearToDate: mnkr(0.2), ...patch }));

describe('003 section 4: Investeringsverksamhet', () => {
  it('writes 003’s sentence: the adjusted budget, the actual and its remark, one full stop', () => {
    expect(investmentSentence({ adjusted: true, actualRemark: 'avser möbler.' })).toBe(
      'Investeringsbudget för året uppgår efter justering till 1,7 mnkr, utfall för ' +
        'ackumulerad period uppgår till 0,2 mnkr och avser möbler.',
    );
  });

  it('leaves out the adjustment and the remark when there are none', () => {
    expect(
      plain(
        investmentSummarySentence({ budget: mnkr(1.2), actualYearToDate: ore(0), adjusted: false }),
      ),
    ).toBe(
      'Investeringsbudget för året uppgår till 1,2 mnkr, utfall för ackumulerad period ' +
        'uppgår till 0,0 mnkr.',
    );
  });
});

describe('names and remarks as written, with stray spaces and full stops', () => {
  it.each([
    { board: 'Socialnämnden', inSentence: 'socialnämnden' },
    { board: '  Socialnämnden ', inSentence: 'socialnämnden' },
    { board: 'AFN', inSentence: 'AFN' },
    { board: ' AFN', inSentence: 'AFN' },
    { board: 'K', inSentence: 'K' },
  ])('the board $board in a sentence: $inSentence', ({ board, inSentence }) => {
    expect(resultSummaryHeading(board, 2025, APRIL)).toBe(
      `Sammanfattning av resultatet för ${inSentence}, april 2025`,
    );
  });

  it.each([
    { unit: ' Utredning vuxen ', genitive: 'Utredning vuxens' },
    { unit: 'Boende ', genitive: 'Boendes' },
    { unit: ' Hemtjänst Öst', genitive: 'Hemtjänst Östs' },
    { unit: 'Familjehus ', genitive: 'Familjehus' },
  ])('the unit $unit in its lines and sentence', ({ unit, genitive }) => {
    const name = unit.trim();
    expect(
      plain(
        unitVarianceLine({ unitName: unit, variance: mnkr(-0.2), previousVariance: null }, APRIL),
      ),
    ).toBe(`${name} -0,2 mnkr`);
    expect(plain(unitForecastLine(unit, mnkr(0.3)))).toBe(`${name} +0,3 mnkr`);
    expect(plain(unitVarianceSentence(unit, mnkr(0.4)))).toBe(
      `${genitive} resultat avviker med 0,4 mnkr mot periodens budget.`,
    );
  });

  it.each([
    { remark: 'avser möbler', written: ' och avser möbler.' },
    { remark: '  avser möbler.', written: ' och avser möbler.' },
    { remark: 'avser möbler...', written: ' och avser möbler.' },
    { remark: 'avser möbler . ', written: ' och avser möbler.' },
    { remark: 'avser inv. i skolan', written: ' och avser inv. i skolan.' },
    { remark: ' . ', written: '.' },
  ])('the investments’ remark "$remark" ends with one full stop', ({ remark, written }) => {
    expect(investmentSentence({ adjusted: false, actualRemark: remark })).toBe(
      `Investeringsbudget för året uppgår till 1,7 mnkr, utfall för ackumulerad period uppgår till 0,2 mnkr${written}`,
    );
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: -(10 ** 13), max: 10 ** 13 }).map((value) => ore(value));

  it('a unit line’s sign and figure are the amount rounded to tenths of mnkr', () => {
    fc.assert(
      fc.property(amount, (variance) => {
        const line = plain(
          unitVarianceLine({ unitName: 'Enhet', variance, previousVariance: null }, APRIL),
        );
        const tenths = Math.abs(roundToTenthsOfMnkr(variance));
        const match = /^Enhet ([+-]?)([\d ]+),(\d) mnkr$/u.exec(line);
        expect(match).not.toBeNull();
        const [, sign = '', whole = '', decimal = ''] = match ?? [];
        const written = Number(whole.replaceAll(' ', '')) * 10 + Number(decimal);
        expect(written).toBe(tenths);
        if (written === 0) expect(sign).toBe('');
        else expect(sign).toBe(variance > 0 ? '+' : '-');
      }),
    );
  });
});
