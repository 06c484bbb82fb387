import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../kernel/period';
import type { Block } from '../reports/document';
import {
  controlFollowUpBlocks,
  controlFollowUpDocument,
  controlPeriodText,
} from './control-follow-up-document';
import type { ControlFollowUpRow } from './control-plan';

const row = (
  checkpoint: string,
  followUp: Partial<NonNullable<ControlFollowUpRow['followUp']>> | null,
): ControlFollowUpRow => ({
  control: {
    id: checkpoint,
    year: 2023,
    position: 1,
    riskId: 'r',
    riskName: 'Bristande rättssäkerhet',
    riskValue: 9,
    checkpoint,
    method: 'Stickprov',
    frequency: 'Del- och årsbokslut',
    followUpWhen: '',
    responsible: '',
    revision: 1,
    updatedBy: null,
    updatedAt: '2023-09-12T08:00:00.000Z',
  },
  followUp:
    followUp === null
      ? null
      : {
          controlId: checkpoint,
          reportMonth: 8,
          result: '',
          actions: '',
          signal: 'done_ok',
          setBy: 'controller',
          setAt: '2023-09-12T08:00:00.000Z',
          revision: 1,
          ...followUp,
        },
  samples: [],
});

/** The text of a block as a reader sees it. */
const textOf = (block: Block): string =>
  block.type === 'paragraph'
    ? block.runs.map((run) => run.text).join('')
    : block.type === 'heading'
      ? `# ${block.text}`
      : block.type === 'table'
        ? `[${block.caption}: ${block.rows.map((r) => `${r.label} ${r.cells.map((c) => (c.kind === 'text' ? c.text : '')).join(' ')}`).join(' | ')}]`
        : '';

describe('the internal control follow-up as a document', () => {
  const rows = [
    {
      ...row('Att obehöriga personer ej går in i ärenden', { result: 'Utan anmärkning.' }),
      samples: [
        {
          controlId: 'Att obehöriga personer ej går in i ärenden',
          population: 'access_log' as const,
          from: parseIsoDate('2023-08-07'),
          to: parseIsoDate('2023-08-13'),
          size: 15,
          populationCount: 38,
          progress: { total: 15, reviewed: 15, remarks: 0 },
        },
      ],
    },
    row('Att vi har likabehandling i avgiftshanteringen', {
      signal: 'done_remarks',
      result: 'Brister.',
      actions: 'En manual sprids.',
    }),
    row('Ny kontroll', null),
  ];
  const summary = 'Vid delårsbokslutet visar kontrollen att en av totalt tre …';

  it('opens with the summary and the signals, then an overview and each control', () => {
    const blocks = controlFollowUpBlocks({
      year: 2023,
      month: 8,
      rows,
      summary,
      heading: 'numbered',
    });
    expect(blocks.map(textOf)).toEqual([
      '# Uppföljning av internkontroll',
      summary,
      'Följande signaler har använts för bedömning av respektive kontrollmoment: kontrollen är genomförd utan anmärkning/med försumbar anmärkning; kontrollen är genomförd med anmärkning; kontrollen är inte genomförd.',
      '[Uppföljning av internkontroll januari–augusti 2023: Att obehöriga personer ej går in i ärenden Bristande rättssäkerhet 9 Stickprov Utan anmärkning | Att vi har likabehandling i avgiftshanteringen Bristande rättssäkerhet 9 Stickprov Med anmärkning | Ny kontroll Bristande rättssäkerhet 9 Stickprov Ej bedömd]',
      '# Att obehöriga personer ej går in i ärenden',
      'Identifierad risk: Bristande rättssäkerhet (riskvärde 9).',
      'Metod och frekvens: Stickprov, Del- och årsbokslut.',
      'Bedömning: Kontrollen är genomförd utan anmärkning/med försumbar anmärkning.',
      'Resultat: Utan anmärkning.',
      'Stickprov 7–13 augusti 2023: 15 av 38 handläggare i verksamhetssystemets åtkomstlogg. Granskade: 15 av 15, ingen med anmärkning.',
      '# Att vi har likabehandling i avgiftshanteringen',
      'Identifierad risk: Bristande rättssäkerhet (riskvärde 9).',
      'Metod och frekvens: Stickprov, Del- och årsbokslut.',
      'Bedömning: Kontrollen är genomförd med anmärkning.',
      'Resultat: Brister.',
      'Åtgärder: En manual sprids.',
      '# Ny kontroll',
      'Identifierad risk: Bristande rättssäkerhet (riskvärde 9).',
      'Metod och frekvens: Stickprov, Del- och årsbokslut.',
      'Bedömning: Kontrollen är inte bedömd.',
    ]);
    expect(blocks[0]).toMatchObject({ type: 'heading', numbered: true });
  });

  it('has only the summary for a plan without controls', () => {
    expect(
      controlFollowUpBlocks({
        year: 2023,
        month: 12,
        rows: [],
        summary: 'Inga.',
        heading: 'plain',
      }).map(textOf),
    ).toEqual(['# Uppföljning av internkontroll', 'Inga.']);
  });

  it('is a document of its own titled by its period, without the section heading', () => {
    const document = controlFollowUpDocument({
      municipalityName: 'Alingsås',
      boardName: 'Socialnämnden',
      dateIso: '2023-09-12',
      year: 2023,
      month: 8,
      rows,
      summary,
    });
    expect(document.title).toBe('Uppföljning av internkontroll januari–augusti 2023');
    expect(document.blocks[0] && textOf(document.blocks[0])).toBe(summary);
    expect([controlPeriodText(2023, 1), controlPeriodText(2023, 12)]).toEqual([
      'januari 2023',
      'januari–december 2023',
    ]);
  });
});
