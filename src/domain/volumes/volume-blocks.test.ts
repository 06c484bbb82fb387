import { describe, expect, it } from 'vitest';
import { formatCell, reportDocumentProblems, type Block } from '../reports/document';
import { assistanceReport, type AssistancePayment } from './assistance-figures';
import {
  assistanceBlocks,
  assistanceSentences,
  volumeBlocks,
  volumeSentence,
} from './volume-blocks';
import { volumeReport, type VolumeValue } from './volume-figures';
import { periodNumber, toMonth } from '../kernel/period';
import { ore } from '../kernel/money';

const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [
          block.runs
            .map((run) => run.text)
            .join('')
            .replaceAll('\u00a0', ' '),
        ]
      : [],
  );
const document = { title: 'T', municipalityName: 'M', boardName: 'B', dateIso: '2023-09-01' };

/** `count` households paid 1 000 kr in each month from..to of a year. */
function households(
  prefix: string,
  count: number,
  year: number,
  from: number,
  to: number,
): AssistancePayment[] {
  const payments: AssistancePayment[] = [];
  for (let index = 0; index < count; index += 1)
    for (let month = from; month <= to; month += 1)
      payments.push({
        householdKey: `${prefix}${String(index)}`,
        period: periodNumber(year, toMonth(month)),
        unitCode: '8122',
        amountOre: ore(100_000),
      });
  return payments;
}

describe('assistance blocks', () => {
  // 2022: 250 households January–August, 139 of them all year; 2023: 264 January–August.
  const payments = [
    ...households('a', 139, 2022, 1, 12),
    ...households('b', 111, 2022, 1, 2),
    ...households('c', 264, 2023, 1, 8),
  ];
  const figures = assistanceReport(payments, 2023, 8);

  it('say 001’s +5,6 %, the amount in mnkr and last year’s long-term recipients', () => {
    expect(assistanceSentences(figures)).toEqual([
      'Under perioden januari till augusti har det skett en ökning i antal hushåll som uppbär försörjningsstöd med 5,6 procent jämfört med motsvarande period föregående år (264 hushåll mot 250).',
      'Utbetalt ekonomiskt bistånd januari–augusti 2023 uppgår till 2,1 mnkr, mot 1,3 mnkr motsvarande period föregående år.',
      'Antal hushåll med långvarigt ekonomiskt bistånd (minst 10 av årets 12 månader) var 139 under 2022.',
    ]);
  });

  it('are a row per month and the sum, the change as "+5,6 %"', () => {
    const blocks = assistanceBlocks({ figures, heading: 'plain' });
    const table = blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.columns).toEqual([
      'Hushåll',
      'Hushåll 2022',
      'Förändring',
      'Utbetalt',
      'Per hushåll (kr)',
    ]);
    expect(table.rows[0]?.label).toBe('Januari');
    expect(table.rows.at(-1)).toMatchObject({ label: 'Summa jan–aug', kind: 'total' });
    expect(table.rows.at(-1)?.cells.map(formatCell)).toEqual([
      '264',
      '250',
      '+5,6\u00a0%',
      '2\u00a0112',
      '8\u00a0000',
    ]);
    expect(reportDocumentProblems({ ...document, blocks })).toEqual([]);
  });

  it('say a decrease, no change, and no comparison without last year', () => {
    const down = assistanceReport(
      [...households('a', 10, 2022, 1, 1), ...households('b', 8, 2023, 1, 1)],
      2023,
      1,
    );
    expect(assistanceSentences(down)[0]).toBe(
      'Under januari har det skett en minskning i antal hushåll som uppbär försörjningsstöd med 20,0 procent jämfört med motsvarande period föregående år (8 hushåll mot 10).',
    );
    const same = assistanceReport(
      [...households('a', 5, 2022, 1, 3), ...households('b', 5, 2023, 1, 3)],
      2023,
      3,
    );
    expect(assistanceSentences(same)[0]).toBe(
      'Under perioden januari till mars är antalet hushåll som uppbär försörjningsstöd detsamma som motsvarande period föregående år (5).',
    );
    const first = assistanceReport(households('b', 5, 2023, 1, 3), 2023, 3);
    expect(assistanceSentences(first)).toEqual([
      'Under perioden januari till mars har 5 hushåll uppburit försörjningsstöd.',
      'Utbetalt ekonomiskt bistånd januari–mars 2023 uppgår till 0,0 mnkr.',
    ]);
  });
});

describe('volume blocks', () => {
  const value = (unitCode: string, year: number, month: number, count: number): VolumeValue => ({
    measure: 'orosanmälningar',
    unitCode,
    unitName: unitCode === '8111' ? 'Mottagning' : 'Familjestöd',
    period: periodNumber(year, toMonth(month)),
    value: count,
  });

  it('say 001’s +41 % of orosanmälningar, with the table of the year, last year and the change', () => {
    const rows = volumeReport([value('8111', 2022, 8, 600), value('8111', 2023, 8, 846)], 2023, 8);
    const blocks = volumeBlocks({ year: 2023, month: 8, rows, heading: 'plain' });
    expect(blocks[0]).toMatchObject({ type: 'heading', text: 'Orosanmälningar' });
    expect(texts(blocks)).toEqual([
      'Antalet orosanmälningar januari–augusti 2023 är 846, en ökning med 41,0 procent jämfört med motsvarande period föregående år (600).',
    ]);
    const table = blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => [row.label, ...row.cells.map(formatCell)])).toEqual([
      ['Orosanmälningar, Mottagning', '846', '600', '+41,0\u00a0%'],
    ]);
    expect(reportDocumentProblems({ ...document, blocks })).toEqual([]);
  });

  it('speak of all the units of a measure followed by several, and of a fall and no change', () => {
    const rows = volumeReport(
      [value('8111', 2022, 1, 50), value('8111', 2023, 1, 40), value('8112', 2023, 1, 10)],
      2023,
      1,
    );
    const rowAt = (index: number) => {
      const row = rows[index];
      if (!row) throw new Error(`no row ${String(index)}`);
      return row;
    };
    const blocks = volumeBlocks({ year: 2023, month: 1, rows, heading: 'none' });
    expect(texts(blocks)).toEqual([
      'Antalet orosanmälningar januari 2023 är 50, lika många som motsvarande period föregående år.',
    ]);
    expect(volumeSentence(rowAt(0), 2023, 1)).toBe(
      'Antalet orosanmälningar januari 2023 är 40, en minskning med 20,0 procent jämfört med motsvarande period föregående år (50).',
    );
    expect(volumeSentence(rowAt(1), 2023, 1)).toBe('Antalet orosanmälningar januari 2023 är 10.');
  });
});
