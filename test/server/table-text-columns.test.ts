import { describe, expect, it } from 'vitest';
import { table, textCell, tkrRow, type TableBlock } from '#domain/reports/document';
import { renderHtml } from '#server/documents/html';
import { tableWidths } from '#server/documents/table-layout';
import { renderWrappedTextTable, wrapText } from '#server/documents/text-table';

/** Widths in characters, a character one unit: what the layout decides, plainly. */
const measure = { total: 100, padding: 1, width: (text: string) => text.length };

describe('document tables with text columns', () => {
  const indicators = {
    ...table(
      'Nyckeltal',
      ['Mål', 'Utfall', 'Källa'],
      [
        {
          label: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
          kind: 'normal',
          cells: ['≤135', '166', 'Verksamhetssystemet Lifecare, rapporteras till RKA'].map(
            textCell,
          ),
        },
      ],
      'Nyckeltal',
    ),
    textColumns: [false, false, true],
  } satisfies TableBlock;

  it('gives a text column up to its share, at least its longest word, and left-aligns it', () => {
    const widths = tableWidths(indicators, measure);
    expect(widths.textColumns).toEqual([false, false, true]);
    // "Verksamhetssystemet" (19) + padding is more than the share (18).
    expect(widths.columns[2]).toBe(21);
    expect(widths.columns[0]).toBe(widths.columns[1]);
    expect(widths.label + widths.columns.reduce((sum, width) => sum + width, 0)).toBe(100);
    expect(widths.label).toBeGreaterThan(50);
  });

  it('marks the text columns in HTML, where they wrap and align left', () => {
    const html = renderHtml({
      title: 'Måluppföljning',
      municipalityName: 'Alingsås (demo)',
      boardName: 'Socialnämnden',
      dateIso: '2023-09-15',
      blocks: [indicators],
    });
    expect(html).toContain('<td>≤135</td><td>166</td><td class="text">Verksamhetssystemet');
    expect(html).toContain('<th scope="col" class="text">Källa</th>');
  });

  it('lays out a table of figures as before: every column the figure width', () => {
    const figures = table('Ramar', ['Budget 2025', 'Budget 2026'], [tkrRow('Intäkter', [1, -2])]);
    const widths = tableWidths(figures, measure);
    expect(widths.textColumns).toEqual([false, false]);
    expect(widths.columns).toEqual([widths.figure, widths.figure]);
    expect(widths.label).toBe(100 - 2 * widths.figure);
  });
});

describe('the wrapped plain-text table', () => {
  it('wraps between words and cuts a word longer than the column', () => {
    expect(wrapText('Enkelt att få hjälp med sin fråga', 12)).toEqual([
      'Enkelt att',
      'få hjälp med',
      'sin fråga',
    ]);
    expect(wrapText('Medborgarundersökningen', 10)).toEqual(['Medborgaru', 'ndersöknin', 'gen']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('aligns, rules the groups apart and puts the notes under the caption', () => {
    expect(
      renderWrappedTextTable({
        caption: 'Mål',
        notes: ['KF-mål 2. Goda livsmiljöer'],
        columns: [
          { head: 'Nämndmål', align: 'left', maxWidth: 10 },
          { head: 'Utfall', align: 'right', maxWidth: 8 },
        ],
        groups: [[['Fler självförsörjande', '166']], [['Samverkan', '82,2']]],
      }),
    ).toBe(
      [
        'Mål',
        'KF-mål 2. Goda livsmiljöer',
        '',
        'Nämndmål    Utfall',
        '----------  ------',
        'Fler           166',
        'självförsö',
        'rjande',
        '----------  ------',
        'Samverkan     82,2',
        '',
      ].join('\n'),
    );
  });
});
