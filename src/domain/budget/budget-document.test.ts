import { describe, expect, it } from 'vitest';
import { SEED_BUDGET_FRAMES_2026 } from '#test/support/seed-tables';
import {
  DEMO_FRAME_WALK_2026,
  DEMO_INVESTMENT_BUDGET_2026,
  demoBudgetFrames2026,
} from '../demo/demo-budget';
import { DEMO_RISKS_2026 } from '../demo/demo-risks-2026';
import { reportDocumentProblems, type Block, type TableBlock } from '../reports/document';
import { budgetDocument, type BudgetDocumentInput } from './budget-document';
import { withoutData } from './budget-table';
import { oreFromTkr } from '../kernel/money';
import { frameWalk } from './frame-walk';

const input = (patch: Partial<BudgetDocumentInput> = {}): BudgetDocumentInput => ({
  municipalityName: 'Alingsås (demo)',
  boardName: 'Socialnämnden',
  budgetYear: 2026,
  dateIso: '2025-10-21',
  frames: demoBudgetFrames2026(),
  walk: frameWalk(DEMO_FRAME_WALK_2026),
  investments: DEMO_INVESTMENT_BUDGET_2026,
  proposal: false,
  texts: { introduction: 'Socialnämndens budget 2026–2028 konkretiserar\nfullmäktiges budget.' },
  groupComments: { personnel_costs: 'Ökar med 13,1 miljoner kronor jämfört med 2025.' },
  ...patch,
});

const tables = (blocks: readonly Block[]) =>
  blocks.filter((block): block is TableBlock => block.type === 'table');
const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : [],
  );
const headings = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));

describe('budgetDocument', () => {
  it('holds 002’s Ekonomiska ramar, to the tkr, in a document every renderer takes', () => {
    const document = budgetDocument(input());
    expect(reportDocumentProblems(document)).toEqual([]);
    expect(document.title).toBe('Budget 2026–2028');
    const [frames] = tables(document.blocks);
    expect(frames?.columns).toEqual(SEED_BUDGET_FRAMES_2026.columns);
    const seedRows = SEED_BUDGET_FRAMES_2026.rows as Record<string, readonly number[]>;
    for (const row of frames?.rows ?? []) {
      const seed = seedRows[row.label];
      if (!seed) continue;
      expect(row.cells, row.label).toEqual(seed.map((value) => ({ kind: 'tkr', value })));
    }
    expect(frames?.rows.map((row) => row.label)).toEqual(
      expect.arrayContaining(Object.keys(seedRows)),
    );
  });

  it('writes the frame walk from the figures unless the user has written their own', () => {
    const proposed = texts(budgetDocument(input()).blocks);
    expect(
      proposed.some((text) =>
        text.startsWith('För 2026 uppgår kommunbidraget till 265,8 miljoner kronor'),
      ),
    ).toBe(true);
    expect(proposed).toContain(
      'Personalkostnader – Ökar med 13,1 miljoner kronor jämfört med 2025.',
    );
    const edited = texts(
      budgetDocument(input({ texts: { 'frame-walk': 'Egen text om ramen.\n\nAndra stycket.' } }))
        .blocks,
    );
    expect(edited).toContain('Egen text om ramen.');
    expect(edited).toContain('Andra stycket.');
    expect(edited.some((text) => text.startsWith('För 2026 uppgår'))).toBe(false);
  });

  it('prints the sections that have text, and always the budget and the investments', () => {
    expect(headings(budgetDocument(input()).blocks)).toEqual([
      'Inledning',
      'Nämndens budget',
      'Ekonomiska ramar',
      'Investeringsbudget',
    ]);
    expect(texts(budgetDocument(input()).blocks)[0]).toBe(
      'Socialnämndens budget 2026–2028 konkretiserar fullmäktiges budget.',
    );
    const [, investments] = tables(budgetDocument(input()).blocks);
    expect(investments?.rows.at(-1)).toMatchObject({ label: 'Totala utgifter', kind: 'total' });
    expect(
      investments?.rows.at(-1)?.cells.map((cell) => (cell.kind === 'tkr' ? cell.value : null)),
    ).toEqual([800, 800, 800, 800, 800, 800]);
  });

  it('lists the year’s decisions with what is distributed and not, when the year has any', () => {
    const decision = {
      id: 'd1',
      year: 2026,
      decidedOn: '2026-02-12',
      decidedBy: 'executive-board' as const,
      reference: 'KS 2026-02-12 § 34',
      kind: 'allocation' as const,
      amount: oreFromTkr(47),
      reason: 'capital-costs' as const,
      reasonText: null,
      phasing: 'whole-year' as const,
      investmentLine: null,
    };
    const investment = {
      ...decision,
      id: 'd2',
      reference: 'KF 2026-03-26 § 48',
      kind: 'investment' as const,
      amount: oreFromTkr(500),
      investmentLine: { category: 'reinvestment' as const, name: 'Inventarier' },
    };
    const document = budgetDocument(
      input({
        decisions: {
          originalAllocation: oreFromTkr(766_803),
          revisedAllocation: oreFromTkr(766_850),
          decisions: [
            { decision, distributed: oreFromTkr(40), undistributed: oreFromTkr(7) },
            { decision: investment, distributed: null, undistributed: null },
          ],
        },
      }),
    );
    expect(reportDocumentProblems(document)).toEqual([]);
    expect(headings(document.blocks).slice(-1)).toEqual(['Beslut under året']);
    expect(texts(document.blocks).at(-1)).toContain(
      'Av besluten om kommunbidrag är 7\u00a0tkr ännu inte fördelat på enheterna (ej fördelat)',
    );
    const decisions = tables(document.blocks).at(-1);
    expect(decisions?.columns).toEqual([
      'Datum, av',
      'Avser',
      'Orsak',
      'Belopp',
      'Fördelat',
      'Ej fördelat',
    ]);
    expect(
      decisions?.rows.map((row) => [
        row.label,
        ...row.cells.map((cell) =>
          cell.kind === 'tkr' ? cell.value : cell.kind === 'text' ? cell.text : null,
        ),
      ]),
    ).toEqual([
      ['KS 2026-02-12 § 34', '2026-02-12 KS', 'Kommunbidrag', 'Kapitaltjänst', 47, 40, 7],
      [
        'KF 2026-03-26 § 48',
        '2026-02-12 KS',
        'Investeringsbudget, Reinvestering: Inventarier',
        'Kapitaltjänst',
        500,
        '',
        '',
      ],
    ]);
    // A year without decisions has no such section.
    expect(headings(budgetDocument(input()).blocks)).not.toContain('Beslut under året');
  });

  it('ends with Bilaga 2, the risk and materiality analysis, when the board has one', () => {
    const document = budgetDocument(
      input({ risks: DEMO_RISKS_2026.map((risk) => ({ ...risk, treatmentText: null })) }),
    );
    expect(reportDocumentProblems(document)).toEqual([]);
    expect(headings(document.blocks).slice(-2)).toEqual([
      'Bilaga 2 – Risk- och väsentlighetsanalys',
      'Förklaring',
    ]);
    const [, , risks, matrix] = tables(document.blocks);
    expect(risks?.rows.map((row) => row.label)).toEqual(DEMO_RISKS_2026.map((risk) => risk.name));
    expect(matrix?.unit).toBe('Sannolikhet / Konsekvens');
  });

  it('draws the allocation from the year before through the plan years, as 002 prints it', () => {
    const charts = budgetDocument(input()).blocks.filter((block) => block.type === 'chart');
    expect(charts).toEqual([
      {
        type: 'chart',
        kind: 'bar',
        title: 'Kommunbidrag per år, mnkr',
        categories: ['2025', '2026', '2027', '2028'],
        series: [{ name: 'Kommunbidrag', values: [256.3, 265.8, 275.2, 285.2] }],
        unit: 'mnkr',
        decimals: 1,
      },
    ]);
  });

  it('writes "–" for a year before the budget starts, and leaves out the walk it cannot tell', () => {
    const frames = demoBudgetFrames2026();
    const document = budgetDocument(
      input({
        frames: {
          ...frames,
          columns: frames.columns.map((column, index) =>
            index === 0 ? withoutData(column) : column,
          ),
        },
        walk: null,
      }),
    );
    expect(reportDocumentProblems(document)).toEqual([]);
    const [table] = tables(document.blocks);
    for (const row of table?.rows ?? []) {
      expect(row.cells[0], row.label).toEqual({ kind: 'absent' });
      expect(row.cells[1]?.kind, row.label).toBe('tkr');
    }
    expect(document.blocks.some((block) => block.type === 'chart')).toBe(false);
    expect(texts(document.blocks).join(' ')).not.toContain('uppgår kommunbidraget');
  });

  it('marks a proposal Förslag and says first that it is not decided; a decided one neither', () => {
    const proposal = budgetDocument(input({ proposal: true }));
    expect(proposal.status).toBe('Förslag');
    expect(texts(proposal.blocks)[0]).toBe(
      'Förslag. Budgeten är ännu inte beslutad av nämnden; beloppen kan ändras före beslutet.',
    );
    expect(reportDocumentProblems(proposal)).toEqual([]);
    const decided = budgetDocument(input());
    expect(decided.status).toBeNull();
    expect(texts(decided.blocks).some((text) => text.startsWith('Förslag'))).toBe(false);
    expect(proposal.blocks.slice(1)).toEqual(decided.blocks);
  });
});
