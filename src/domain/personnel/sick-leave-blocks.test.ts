import { describe, expect, it } from 'vitest';
import { formatCell, reportDocumentProblems, type Block } from '../reports/document';
import { sickLeaveBlocks, sickLeaveSentences } from './sick-leave-blocks';
import {
  SICK_LEAVE_ROW_LABELS_SV,
  SICK_LEAVE_ROWS,
  SMALL_GROUP_NOTE_SV,
  type SickLeaveFigure,
  type SickLeaveTable,
} from './sick-leave';

/** A figure shown as `tenths` (null: a small group), as if of 1 000 scheduled hours. */
const figure = (tenths: number | null): SickLeaveFigure => ({
  sick: tenths ?? 0,
  scheduled: 1000,
  employees: tenths === null ? 3 : 40,
  tenths,
});

/** A table of [this year, last year] per row in SICK_LEAVE_ROWS' order, in tenths. */
function tableOf(values: readonly (readonly [number | null, number | null])[]): SickLeaveTable {
  return {
    year: 2023,
    month: 7,
    rows: SICK_LEAVE_ROWS.map((key, index) => {
      const [now, before] = values[index] ?? [null, null];
      return {
        key,
        label: SICK_LEAVE_ROW_LABELS_SV[key],
        current: figure(now),
        previous: figure(before),
        differenceTenths: now === null || before === null ? null : now - before,
      };
    }),
    smallGroups: values.some(([now, before]) => now === null || before === null),
  };
}

/** 001's table, the 2023 bands made to add up to 8,2 as the demo has them. */
const TABLE_001 = tableOf([
  [82, 112],
  [98, 127],
  [40, 46],
  [32, 50],
  [104, 145],
  [69, 77],
  [20, 31],
  [10, 14],
  [52, 67],
]);

const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : [],
  );

describe('sick leave blocks', () => {
  it('say what 001 says of the total: down in every category, women above men as before', () => {
    expect(sickLeaveSentences(TABLE_001)).toEqual([
      'Den totala sjukfrånvaron januari–juli 2023 är 8,2 procent (11,2 procent 2022).',
      'Den har minskat med 3,0 procentenheter jämfört med år 2022 genomgående i samtliga kategorier som följs upp.',
      'Precis som föregående år har kvinnor högre sjukfrånvaro än män (9,8 mot 4,0 procent).',
    ]);
  });

  it('are 001’s table: nine rows, the year, the year before and the difference', () => {
    const blocks = sickLeaveBlocks({ table: TABLE_001, heading: 'plain', level: 2 });
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Sjukfrånvaro', numbered: false });
    const table = blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.unit).toBe('Sjukfrånvaro (%)');
    expect(table.columns).toEqual(['2023', '2022', 'Differens']);
    expect(table.rows.map((row) => [row.label, ...row.cells.map(formatCell)])).toEqual([
      ['Total sjukfrånvaro', '8,2', '11,2', '-3,0'],
      ['Kvinnor', '9,8', '12,7', '-2,9'],
      ['Män', '4,0', '4,6', '-0,6'],
      ['≤29 år', '3,2', '5,0', '-1,8'],
      ['30–49 år', '10,4', '14,5', '-4,1'],
      ['≥50 år', '6,9', '7,7', '-0,8'],
      ['Dag 1–14', '2,0', '3,1', '-1,1'],
      ['Dag 15–59', '1,0', '1,4', '-0,4'],
      ['Dag 60–', '5,2', '6,7', '-1,5'],
    ]);
    expect(texts(blocks)).toContain(
      'Avser perioden 1 januari–31 juli 2023 och samma period 2022. Sjukfrånvaro i procent av schemalagd tid; dagbanden räknas mot all schemalagd tid och summerar till totalen.',
    );
    expect(texts(blocks)).not.toContain(SMALL_GROUP_NOTE_SV);
    const document = { title: 'T', municipalityName: 'M', boardName: 'B', dateIso: '2023-09-01' };
    expect(reportDocumentProblems({ ...document, blocks })).toEqual([]);
  });

  it('show a small group as "–", with the note, and leave out its difference', () => {
    const table = tableOf([
      [82, 112],
      [98, 127],
      [null, 46],
      [32, 50],
      [104, 145],
      [69, 77],
      [20, 31],
      [10, 14],
      [52, 67],
    ]);
    const blocks = sickLeaveBlocks({ table, heading: 'none' });
    expect(blocks[0]?.type).toBe('paragraph');
    const rows = blocks.flatMap((block) => (block.type === 'table' ? block.rows : []));
    expect(rows[2]?.cells.map(formatCell)).toEqual(['–', '4,6', '–']);
    expect(texts(blocks)).toContain(SMALL_GROUP_NOTE_SV);
    // Without the men's figure there is no comparison of women and men.
    expect(texts(blocks).join(' ')).not.toMatch(/högre sjukfrånvaro/);
  });

  it('say a rise, a rise not in every category, and no change', () => {
    const up = tableOf([
      [90, 80],
      [100, 90],
      [40, 46],
      [null, null],
    ]);
    expect(sickLeaveSentences(up)[1]).toBe(
      'Den har ökat med 1,0 procentenheter jämfört med år 2022.',
    );
    expect(sickLeaveSentences(up)[2]).toBe(
      'Precis som föregående år har kvinnor högre sjukfrånvaro än män (10,0 mot 4,0 procent).',
    );
    const same = tableOf([
      [50, 50],
      [30, 60],
      [60, 30],
    ]);
    expect(sickLeaveSentences(same).slice(1)).toEqual([
      'Den är oförändrad jämfört med år 2022.',
      'Män har högre sjukfrånvaro än kvinnor (6,0 mot 3,0 procent).',
    ]);
  });

  it('say when the board’s figure is not shown, and the total without last year', () => {
    expect(sickLeaveSentences(tableOf([[null, null]]))).toEqual([
      'Sjukfrånvaron januari–juli 2023 visas inte: gruppen har färre än 5 anställda eller ingen schemalagd tid.',
    ]);
    expect(sickLeaveSentences(tableOf([[82, null]]))).toEqual([
      'Den totala sjukfrånvaron januari–juli 2023 är 8,2 procent.',
    ]);
  });
});
