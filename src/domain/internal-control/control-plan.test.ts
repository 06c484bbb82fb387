import { describe, expect, it } from 'vitest';
import type { ControlSignal } from './control-signals';
import {
  CONTROL_FOLLOW_UP_COLUMNS,
  controlFollowUpCells,
  controlFollowUpRows,
  controlFollowUpSummarySv,
  type ControlFollowUp,
  type PlanControl,
} from './control-plan';

const control = (id: string, position: number, checkpoint: string): PlanControl => ({
  id,
  year: 2023,
  position,
  riskId: `risk-${id}`,
  riskName: `Risk ${id}`,
  riskValue: position * 2,
  checkpoint,
  method: 'Stickprov',
  frequency: 'Del- och årsbokslut',
  followUpWhen: '',
  responsible: '',
  revision: 1,
  updatedBy: 'controller',
  updatedAt: '2023-09-12T08:00:00.000Z',
});

const followUp = (controlId: string, signal: ControlSignal | null): ControlFollowUp => ({
  controlId,
  reportMonth: 8,
  result: `Resultat ${controlId}`,
  actions: `Åtgärder ${controlId}`,
  signal,
  setBy: 'controller',
  setAt: '2023-09-12T08:00:00.000Z',
  revision: 1,
});

describe('the control plan’s follow-up', () => {
  const controls = [control('c', 3, 'Tredje'), control('a', 1, 'Första'), control('b', 2, 'Andra')];

  it('lists every control in the plan’s order, with its follow-up or none', () => {
    const rows = controlFollowUpRows(controls, [
      followUp('c', 'not_done'),
      followUp('a', 'done_ok'),
    ]);
    expect(rows.map((row) => [row.control.checkpoint, row.followUp?.signal ?? null])).toEqual([
      ['Första', 'done_ok'],
      ['Andra', null],
      ['Tredje', 'not_done'],
    ]);
  });

  it('counts the controls without a follow-up in the summary’s total', () => {
    const rows = controlFollowUpRows(controls, [
      followUp('a', 'done_ok'),
      followUp('b', 'done_ok'),
    ]);
    expect(controlFollowUpSummarySv(8, rows)).toBe(
      'Vid delårsbokslutet visar kontrollen att två av totalt tre kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
  });

  it('writes a row’s cells under 001’s heads, the signal by its short name', () => {
    const [first, second] = controlFollowUpRows(controls, [followUp('a', 'done_remarks')]);
    if (!first || !second) throw new Error('rows missing');
    const cells = (row: typeof first): Record<string, string> =>
      Object.fromEntries(
        controlFollowUpCells(row).map((cell, index) => [
          CONTROL_FOLLOW_UP_COLUMNS[index] ?? '',
          cell,
        ]),
      );
    expect(cells(first)).toEqual({
      'Identifierad risk': 'Risk a',
      Riskvärde: '2',
      'Vad kontrolleras?': 'Första',
      'Frekvens uppföljning': 'Del- och årsbokslut',
      Metod: 'Stickprov',
      Bedömning: 'Med anmärkning',
      Resultat: 'Resultat a',
      Åtgärder: 'Åtgärder a',
    });
    expect(cells(second)['Bedömning']).toBe('Ej bedömd');
    expect(cells(second)['Resultat']).toBe('');
  });
});
