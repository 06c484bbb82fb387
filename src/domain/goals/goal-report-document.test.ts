import { describe, expect, it } from 'vitest';
import {
  aBoardGoal,
  aComparison,
  aCouncilGoal,
  aGoalTree,
  anAssessment,
  anIndicator,
  anOutcome,
  figure,
} from '#test/builders/goal-tree';
import {
  formatCell,
  reportDocumentProblems,
  type Block,
  type TableBlock,
} from '../reports/document';
import { goalReportDocument, goalSectionBlocks } from './goal-report-document';

const tree = aGoalTree({
  councilGoals: [aCouncilGoal({ id: 'kf2', number: 2, text: 'Goda livsmiljöer' })],
  boardGoals: [
    aBoardGoal({
      id: 'self',
      councilGoalId: 'kf2',
      text: 'Antal personer som blir självförsörjande ska öka',
      councilIndicator: 'Ej återaktualiserade vuxna personer, andel (%)',
      contribution: 'Arbetet bidrar till social hållbarhet.',
      agenda2030: [1, 8],
    }),
    aBoardGoal({ id: 'none', councilGoalId: 'kf2', position: 2, text: 'Ett mål utan nyckeltal' }),
  ],
  indicators: [
    anIndicator({
      id: 'long',
      boardGoalId: 'self',
      name: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
      unit: 'count',
      direction: 'lower',
      target: { comparator: '<=', value: figure('135') },
      source: 'Verksamhetssystemet Lifecare',
      byGender: true,
    }),
    anIndicator({
      id: 'phone',
      boardGoalId: 'self',
      position: 2,
      name: 'Nöjd med bemötandet via telefoni, index 0-100',
      unit: 'index',
      target: { comparator: '>=', value: figure('82,2') },
      source: 'Servicemätning Brilliant Future',
    }),
  ],
  outcomes: [
    anOutcome('series-long', '2022-12-31', '139'),
    anOutcome('series-long', '2023-08-31', '166', '85', '81'),
    anOutcome('series-phone', '2023-08-31', '82,2'),
  ],
  comparisons: [aComparison('series-phone', '2023-08-31', 'Hela kommunen', '80,5')],
  assessments: [
    anAssessment('self', 8, 'not_met', 'Målvärdet nås inte.\n\nEtt analysarbete pågår.'),
  ],
});

const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) => {
    switch (block.type) {
      case 'heading':
        return [`#${String(block.level)} ${block.text}`];
      case 'paragraph':
        return [block.runs.map((run) => run.text).join('')];
      default:
        return [];
    }
  });

const tables = (blocks: readonly Block[]): TableBlock[] =>
  blocks.filter((block): block is TableBlock => block.type === 'table');

describe('the goal section as document blocks', () => {
  const blocks = goalSectionBlocks({ tree, month: 8 });

  it('gives each board goal its assessment in words, indicator, texts and Agenda 2030 goals', () => {
    expect(texts(blocks)).toEqual([
      '#1 Måluppföljning',
      'Nämndens mål 2023 under kommunfullmäktiges prioriterade mål, bedömda för januari–augusti 2023. Måluppfyllelsen bedöms i fyra nivåer: Ej uppfyllt, Delvis uppfyllt, I hög grad uppfyllt, Helt uppfyllt.',
      '#2 2. Goda livsmiljöer',
      '#3 Antal personer som blir självförsörjande ska öka',
      'Bedömning: Ej uppfyllt',
      'Indikator: Ej återaktualiserade vuxna personer, andel (%)',
      'Arbetet bidrar till social hållbarhet.',
      'Målvärdet nås inte.',
      'Ett analysarbete pågår.',
      'Koppling Agenda 2030',
      'Mål 1. Avskaffa fattigdom i alla dess former överallt.',
      'Mål 8. Verka för varaktig, inkluderande och hållbar ekonomisk tillväxt, full och produktiv sysselsättning med anständiga arbetsvillkor för alla.',
      '#3 Ett mål utan nyckeltal',
      'Bedömning: Ej bedömt',
      'Målet har inga nyckeltal.',
    ]);
  });

  it("tables the indicators: target, outcome with the comparison, women / men, last year's, source", () => {
    const [overview, indicators] = tables(blocks);
    expect(overview?.rows.map((row) => [row.label, ...row.cells.map(formatCell)])).toEqual([
      ['Antal personer som blir självförsörjande ska öka', '2', 'Ej uppfyllt'],
      ['Ett mål utan nyckeltal', '2', 'Ej bedömt'],
    ]);
    expect(overview?.textColumns).toEqual([false, true]);
    expect(indicators?.unit).toBe('Nyckeltal');
    // The source is text; the outcome too, as a comparison figure stands beside one.
    expect(indicators?.textColumns).toEqual([false, true, false, false, true]);
    expect(indicators?.columns).toEqual([
      'Mål 2023',
      'Utfall 31 aug 2023',
      'Kvinnor / män',
      'Utfall 2022',
      'Källa',
    ]);
    expect(indicators?.rows.map((row) => [row.label, ...row.cells.map(formatCell)])).toEqual([
      [
        'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
        '≤135',
        '166',
        '85\u00a0/\u00a081',
        '139',
        'Verksamhetssystemet Lifecare',
      ],
      [
        'Nöjd med bemötandet via telefoni, index 0-100',
        '≥82,2',
        '82,2 (Hela kommunen 80,5)',
        '–',
        '–',
        'Servicemätning Brilliant Future',
      ],
    ]);
  });

  it('numbers its heading for the interim report, or leaves it out', () => {
    expect(goalSectionBlocks({ tree, month: 8, heading: 'numbered' })[0]).toMatchObject({
      type: 'heading',
      numbered: true,
    });
    expect(goalSectionBlocks({ tree, month: 8, heading: 'none' })[0]).toMatchObject({
      type: 'paragraph',
    });
  });

  it('says so when the board has no goals for the year', () => {
    expect(texts(goalSectionBlocks({ tree: aGoalTree({}), month: 8 })).at(-1)).toBe(
      'Nämnden har inga mål för 2023.',
    );
  });
});

describe('the goal report document', () => {
  it('is titled by the period and can be rendered', () => {
    const document = goalReportDocument({
      municipalityName: 'Alingsås (demo)',
      boardName: 'Socialnämnden',
      tree,
      month: 8,
      dateIso: '2023-09-15',
    });
    expect(document.title).toBe('Måluppföljning januari–augusti 2023');
    expect(reportDocumentProblems(document)).toEqual([]);
  });
});
