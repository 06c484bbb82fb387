import { describe, expect, it } from 'vitest';
import { table, textCell, tkrRow, type TableBlock } from '#domain/reports/document';
import { renderHtml } from '#server/documents/html';
import { shareWidth, tableWidths } from '#server/documents/table-layout';
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

  it('shares the room with the labels by their longest texts, and left-aligns the text', () => {
    const widths = tableWidths(indicators, measure);
    expect(widths.textColumns).toEqual([false, false, true]);
    expect(widths.columns[0]).toBe(8);
    expect(widths.columns[1]).toBe(8);
    // The 84 the figures leave, as the label's 65 to the source's 52 (padding counted).
    expect(widths.label).toBeCloseTo((84 * 65) / 117, 6);
    expect(widths.columns[2]).toBeCloseTo((84 * 52) / 117, 6);
    expect(widths.label + widths.columns.reduce((sum, width) => sum + width, 0)).toBe(100);
  });

  it('gives a long description the room it needs, a short text its whole, a figure its own', () => {
    const description =
      'Att brister i handläggningen kan leda till att individers rättigheter åsidosätts, vilket riskerar att påverka kvaliteten på insatser och undergräva förtroendet för socialnämndens beslut och insatser.';
    const risks = {
      ...table(
        'Risk- och väsentlighetsanalys 2026',
        ['Riskbeskrivning', 'Riskvärde', 'Hantering'],
        [
          {
            label: 'Bristande rättssäkerhet',
            kind: 'normal',
            cells: [description, '9', 'Internkontrollplan'].map(textCell),
          },
          {
            label: 'Oegentligheter',
            kind: 'normal',
            cells: ['Att medarbetare kan engagera sig i oegentligheter.', '4', 'Inga'].map(
              textCell,
            ),
          },
        ],
        'Risk',
      ),
      textColumns: [true, false, true],
    } satisfies TableBlock;
    const widths = tableWidths(risks, measure);
    // The head "Riskvärde" (9) and its padding.
    expect(widths.figure).toBe(11);
    // "Internkontrollplan" (18), padded (20) and a space to spare (1,5): its whole text.
    expect(widths.columns[2]).toBe(21.5);
    // The labels their least, 18 % (more than "Oegentligheter", padded, a space to spare), as
    // their share by length is less; the description the rest: far more than 18 %.
    expect(widths.label).toBe(18);
    expect(widths.columns[0]).toBe(49.5);
  });

  it('keeps a text column at its longest word and a space, however little text it has', () => {
    const widths = tableWidths(
      {
        ...table(
          'Kontroller',
          ['Kontrollmoment', 'Metod'],
          [
            {
              label: 'Otillräcklig kompetensförsörjning',
              kind: 'normal',
              cells: ['Kontroll att strategin efterlevs '.repeat(12), 'Slumpmässigt stickprov'].map(
                textCell,
              ),
            },
          ],
          'Risk',
        ),
        textColumns: [true, true],
      },
      measure,
    );
    // "Slumpmässigt" (12), padding (2) and a space (1) with its half a unit to spare.
    expect(widths.columns[1]).toBeGreaterThanOrEqual(15.5);
    // "kompetensförsörjning" (20), likewise.
    expect(widths.label).toBeGreaterThanOrEqual(23.5);
    expect(widths.label + (widths.columns[0] ?? 0) + (widths.columns[1] ?? 0)).toBeCloseTo(100, 6);
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

describe('sharing a width among wrapping columns', () => {
  it('shares by weight, within each column’s least and whole', () => {
    expect(
      shareWidth(100, [
        { least: 10, whole: 100, weight: 100 },
        { least: 10, whole: 100, weight: 300 },
      ]),
    ).toEqual([25, 75]);
    // The second needs no more than 20: the first takes the rest.
    expect(
      shareWidth(100, [
        { least: 10, whole: 100, weight: 100 },
        { least: 10, whole: 20, weight: 300 },
      ]),
    ).toEqual([80, 20]);
    // The first is held at its longest word: the second has what is left.
    expect(
      shareWidth(100, [
        { least: 30, whole: 100, weight: 10 },
        { least: 10, whole: 200, weight: 300 },
      ]),
    ).toEqual([30, 70]);
  });

  it('takes the 18 % floor from the short columns, down to their longest word, before a word breaks', () => {
    // Leasts 40 + 50 = 90 > 80; words 20 + 50 = 70 fit: the first gives up 10 of its 20 above.
    expect(
      shareWidth(80, [
        { least: 40, words: 20, whole: 45, weight: 45 },
        { least: 50, words: 50, whole: 120, weight: 120 },
      ]),
    ).toEqual([30, 50]);
  });

  it('gives each the same part of its least when not even those fit', () => {
    expect(
      shareWidth(60, [
        { least: 40, whole: 100, weight: 1 },
        { least: 40, whole: 100, weight: 9 },
      ]),
    ).toEqual([30, 30]);
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
