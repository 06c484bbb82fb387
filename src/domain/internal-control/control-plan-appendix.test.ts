import { describe, expect, it } from 'vitest';
import { DEMO_CONTROL_PLAN_2026 } from '../demo/demo-internal-control-2023';
import {
  formatCell,
  heading,
  paragraph,
  reportDocumentProblems,
  withoutSoftHyphens,
  type Block,
} from '../reports/document';
import { controlPlanAppendix, type PlanAppendixControl } from './control-plan-appendix';

const VALUES: Readonly<Record<string, number>> = {
  'Bristande rättssäkerhet': 9,
  'Större IT-attack': 9,
  'Inte rustade för aktivitetskravet': 8,
  Välfärdsbrottslighet: 8,
  'Otillräcklig kompetensförsörjning': 6,
};

/** 002's plan 2026, in reverse order of position so the appendix must sort it. */
const PLAN_2026: PlanAppendixControl[] = DEMO_CONTROL_PLAN_2026.controls
  .map((control, index) => ({
    ...control,
    position: index + 1,
    riskValue: VALUES[control.riskName] ?? 0,
    followUpWhen: '',
  }))
  .reverse();

const tableOf = (blocks: readonly Block[]) => {
  const found = blocks.find((block) => block.type === 'table');
  if (found?.type !== 'table') throw new Error('no table');
  return found;
};

const document = (blocks: Block[]) => ({
  title: 'Budget 2026–2028',
  municipalityName: 'Alingsås (demo)',
  boardName: 'Socialnämnden',
  dateIso: '2025-10-21',
  blocks,
});

describe('Bilaga 1, the internal control plan', () => {
  it('lists 002’s controls in the plan’s order, leaving out the columns no control fills', () => {
    const blocks = controlPlanAppendix(2026, PLAN_2026, true);
    expect(blocks[0]).toEqual(heading(1, 'Bilaga 1 – Internkontrollplan'));
    const plan = tableOf(blocks);
    expect(plan.caption).toBe('Internkontrollplan 2026');
    expect(plan.unit).toBe('Risk');
    // 002 gives no frequency and no follow-up time: those columns are left out.
    expect(plan.columns.map(withoutSoftHyphens)).toEqual([
      'Riskvärde',
      'Kontrollmoment',
      'Metod',
      'Ansvarig',
    ]);
    expect(plan.textColumns).toEqual([false, true, true, true]);
    expect(
      plan.rows.map((row) => [row.label, formatCell(row.cells[0] ?? { kind: 'text', text: '' })]),
    ).toEqual([
      ['Bristande rättssäkerhet', '9'],
      ['Större IT-attack', '9'],
      ['Inte rustade för aktivitetskravet', '8'],
      ['Välfärdsbrottslighet', '8'],
      ['Otillräcklig kompetensförsörjning', '6'],
    ]);
    expect(plan.rows[0]?.cells.map(formatCell)).toEqual([
      '9',
      'Kontroll av rättssäkerheten i handläggning inom myndighetsutövningen',
      'Granskning av handläggning i slumpmässigt utvalda ärenden',
      'Avdelningschef administration',
    ]);
    expect(reportDocumentProblems(document(blocks))).toEqual([]);
  });

  it('has every column when the controls fill them', () => {
    const plan = tableOf(
      controlPlanAppendix(
        2027,
        [
          {
            position: 1,
            riskName: 'Bristande rättssäkerhet',
            riskValue: 9,
            checkpoint: 'Att vi har en rättssäker handläggning inom vuxenområdet',
            method: 'Granskning av handläggning',
            frequency: 'Två gånger per år',
            followUpWhen: 'Del- och årsbokslut',
            responsible: 'Rättshandläggare',
          },
        ],
        true,
      ),
    );
    expect(plan.columns.map(withoutSoftHyphens)).toEqual([
      'Riskvärde',
      'Kontrollmoment',
      'Metod',
      'Frekvens',
      'Uppföljning',
      'Ansvarig',
    ]);
    expect(plan.rows[0]?.cells.map(formatCell).slice(3)).toEqual([
      'Två gånger per år',
      'Del- och årsbokslut',
      'Rättshandläggare',
    ]);
  });

  it('says the plan is missing when the year has risks but no controls, and is left out without either', () => {
    const blocks = controlPlanAppendix(2026, [], true);
    expect(blocks).toEqual([
      heading(1, 'Bilaga 1 – Internkontrollplan'),
      paragraph(
        'Nämnden har ännu ingen internkontrollplan för 2026: inga kontroller är upprättade för året.',
      ),
    ]);
    expect(reportDocumentProblems(document(blocks))).toEqual([]);
    expect(controlPlanAppendix(2026, [], false)).toEqual([]);
  });
});
