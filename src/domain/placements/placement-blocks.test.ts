import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { formatCell, reportDocumentProblems, type Block } from '../reports/document';
import { placementBlocks } from './placement-blocks';
import type { PlacementFigures } from './placement-report';

const figures = (
  placements: number,
  careDays: number,
  costKr: number,
  restKr: number,
): PlacementFigures => ({
  placements,
  careDays,
  costToDate: ore(costKr * 100),
  forecastRest: ore(restKr * 100),
  fullYear: ore((costKr + restKr) * 100),
});

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

describe('placement blocks', () => {
  const blocks = placementBlocks({
    year: 2023,
    month: 8,
    heading: 'plain',
    units: [
      { name: 'Utredning barn', figures: figures(12, 1830, 6_405_000, 2_150_400) },
      { name: 'Utredning vuxen', figures: figures(1, 90, 270_550, 0) },
    ],
  });

  it('are the care days, the cost to date and the forecast in mnkr, in 001’s prose', () => {
    expect(texts(blocks)[0]).toBe(
      [
        'Under januari–augusti 2023 har nämnden haft 13 placeringar i köpt vård med sammanlagt 1 920 vårddygn, till en kostnad av 6,7 mnkr.',
        'Prognosen för resten av året är 2,2 mnkr för de placeringar som pågår, vilket ger 8,8 mnkr för helåret.',
      ].join(' '),
    );
  });

  it('are the per-unit table with its Summa, costs in tkr summed from öre', () => {
    const table = blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.caption).toBe('Placeringar januari–augusti 2023');
    expect(table.unit).toBe('Belopp i tkr');
    expect(
      table.rows.map((row) => [
        row.label,
        row.kind,
        ...row.cells.map((cell) => formatCell(cell).replaceAll('\u00a0', ' ')),
      ]),
    ).toEqual([
      ['Utredning barn', 'normal', '12', '1 830', '6 405', '2 150', '8 555'],
      ['Utredning vuxen', 'normal', '1', '90', '271', '0', '271'],
      ['Summa', 'total', '13', '1 920', '6 676', '2 150', '8 826'],
    ]);
    const document = { title: 'T', municipalityName: 'M', boardName: 'B', dateIso: '2023-09-01' };
    expect(reportDocumentProblems({ ...document, blocks })).toEqual([]);
  });

  it('say one placement in the singular, and take a numbered heading', () => {
    const one = placementBlocks({
      year: 2023,
      month: 1,
      heading: 'numbered',
      level: 1,
      units: [{ name: 'Boende', figures: figures(1, 31, 31_000, 0) }],
    });
    expect(one[0]).toEqual({ type: 'heading', level: 1, text: 'Placeringar', numbered: true });
    expect(texts(one)[0]).toMatch(
      /^Under januari 2023 har nämnden haft en placering i köpt vård med sammanlagt 31 vårddygn, till en kostnad av 0,0 mnkr\. /,
    );
  });
});
