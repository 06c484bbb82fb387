import {
  bold,
  chart,
  heading,
  italic,
  paragraph,
  percentCell,
  table,
  textCell,
  tkrRow,
  type ReportDocument,
  type TableRowKind,
} from '#domain/reports/document';
import seedTables from '../fixtures/seeds/seed-tables.json';

const frames = seedTables['002_budget_frames'];

/** The derived lines of 002's "Ekonomiska ramar", the rest are account groups. */
const FRAME_ROW_KINDS: Readonly<Record<string, TableRowKind>> = {
  'Verksamhetens kostnader': 'subtotal',
  'Verksamhetens nettokostnader': 'subtotal',
  'Årets resultat': 'total',
};

/** 002's "Ekonomiska ramar" as a document table, figures from the seed (tkr). */
export const BUDGET_FRAMES_TABLE = table(
  'Ekonomiska ramar',
  frames.columns,
  Object.entries(frames.rows).map(([label, values]) =>
    tkrRow(label, values, FRAME_ROW_KINDS[label] ?? 'normal'),
  ),
);

/** A budget document as the renderers get it: headings, prose, the frames, a chart. */
export function aBudgetDocument(fields: Partial<ReportDocument> = {}): ReportDocument {
  const allocation = frames.rows.Kommunbidrag;
  const revenue = frames.rows['Verksamhetens intäkter'];
  return {
    title: 'Budget 2026 och plan 2027–2028',
    subtitle: 'Underlag för beslut i nämnden',
    municipalityName: 'Exempelby kommun',
    boardName: 'Barn- och utbildningsnämnden',
    dateIso: '2025-11-03',
    blocks: [
      heading(1, 'Ekonomiska förutsättningar', true),
      paragraph(
        'Nämndens ram ökar med ',
        bold('9,5 mnkr'),
        ' till 2026 (3,7 %). Ökningen består av pris- och lönekompensation och volym; ',
        italic('ramjusteringen'),
        ' för försäkringskostnader är -0,1 mnkr.',
      ),
      heading(2, 'Ekonomiska ramar', true),
      BUDGET_FRAMES_TABLE,
      chart(
        'bar',
        'Kommunbidrag och verksamhetens intäkter',
        frames.columns,
        [
          { name: 'Kommunbidrag', values: allocation },
          { name: 'Verksamhetens intäkter', values: revenue },
        ],
        'tkr',
      ),
      heading(2, 'Förändring av ramen', true),
      table(
        'Ramförändring per år',
        ['2026', '2027', '2028'],
        [
          {
            label: 'Pris- och lönekompensation',
            kind: 'normal',
            cells: [percentCell(3.1), percentCell(3.1), percentCell(3.2)],
          },
          {
            label: 'Ramjustering',
            kind: 'normal',
            cells: [textCell('-0,1 mnkr'), textCell('–'), textCell('–')],
          },
          {
            label: 'Total förändring',
            kind: 'total',
            cells: [percentCell(3.7), percentCell(3.5), percentCell(3.6)],
          },
        ],
        'Procent',
      ),
      heading(3, 'Åtgärder för kortare handläggningstider'),
      paragraph('Äldre ärenden ska avslutas före årets slut.'),
    ],
    ...fields,
  };
}
