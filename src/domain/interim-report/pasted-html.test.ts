import { describe, expect, it } from 'vitest';
import { richTextFromPasted, type PastedNode } from './pasted-html';

const text = (value: string): PastedNode => ({ kind: 'text', text: value });
const el = (
  tag: string,
  children: (PastedNode | string)[] = [],
  attributes: { className?: string; style?: string } = {},
): PastedNode => ({
  kind: 'element',
  tag,
  ...attributes,
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});

describe('text pasted from Word or a web page', () => {
  it('keeps paragraphs with bold and italic, whitespace collapsed, empty paragraphs dropped', () => {
    const pasted = [
      el('p', [
        'Nämnden har  tilldelats\n',
        el('b', ['kommunbidrag']),
        ' för ',
        el('i', ['PO-påslag.']),
      ]),
      el('p', ['\u00a0']),
      el('p', [' Andra stycket. ']),
    ];
    expect(richTextFromPasted(pasted)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Nämnden har tilldelats ' },
          { text: 'kommunbidrag', bold: true },
          { text: ' för ' },
          { text: 'PO-påslag.', italic: true },
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Andra stycket.' }] },
    ]);
  });

  it("drops Word's markup, styles and fonts but keeps bold and italic given as styles", () => {
    const pasted = [
      el('style', ['p.MsoNormal { margin: 0 }']),
      el(
        'p',
        [
          el('span', ['Utfallet ', el('o:p')], { style: 'font-family:Calibri;color:red' }),
          el('span', ['avviker'], { style: 'font-weight:700' }),
          el('span', [' med 10,5 mnkr'], { style: 'font-style: italic' }),
        ],
        { className: 'MsoNormal' },
      ),
    ];
    expect(richTextFromPasted(pasted)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Utfallet ' },
          { text: 'avviker', bold: true },
          { text: ' med 10,5 mnkr', italic: true },
        ],
      },
    ]);
  });

  it('makes headings subheadings and splits a paragraph at a line break', () => {
    expect(
      richTextFromPasted([el('h2', [' Arbetsmiljö ']), el('p', ['Rad ett', el('br'), 'rad två'])]),
    ).toEqual([
      { type: 'subheading', text: 'Arbetsmiljö' },
      { type: 'paragraph', runs: [{ text: 'Rad ett' }] },
      { type: 'paragraph', runs: [{ text: 'rad två' }] },
    ]);
  });

  it('keeps HTML lists, numbered or not, with nested items flattened into the list', () => {
    const pasted = [
      el('ul', [
        el('li', ['Hemtagningar']),
        el('li', ['Köpt ', el('b', ['öppenvård']), el('ol', [el('li', ['Inre'])])]),
      ]),
      el('ol', [el('li', ['Första'])]),
    ];
    expect(richTextFromPasted(pasted)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          [{ text: 'Hemtagningar' }],
          [{ text: 'Köpt ' }, { text: 'öppenvård', bold: true }],
          [{ text: 'Inre' }],
        ],
      },
      { type: 'list', ordered: true, items: [[{ text: 'Första' }]] },
    ]);
  });

  it("makes Word's list paragraphs one list, without the bullet or number Word typed", () => {
    const marker = (value: string): PastedNode => el('span', [value], { style: 'mso-list:Ignore' });
    const bullets = [
      el('p', [marker('·'), 'Signs of safety'], { className: 'MsoListParagraphCxSpFirst' }),
      el('p', [marker('·'), 'Letterbox Club'], { className: 'MsoListParagraphCxSpLast' }),
      el('p', [marker('1.'), 'Numrerad'], { style: 'mso-list:l0 level1 lfo1' }),
    ];
    expect(richTextFromPasted(bullets)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [[{ text: 'Signs of safety' }], [{ text: 'Letterbox Club' }]],
      },
      { type: 'list', ordered: true, items: [[{ text: 'Numrerad' }]] },
    ]);
  });

  it('keeps a table as rows of text, heads from th or thead, short rows filled out', () => {
    const pasted = [
      el('table', [
        el('thead', [
          el('tr', [el('td', ['Sjukfrånvaro (%)']), el('td', ['2023']), el('td', ['2022'])]),
        ]),
        el('tbody', [
          el('tr', [
            el('td', ['Total ', el('b', ['sjukfrånvaro'])]),
            el('td', ['8,2']),
            el('td', ['11,2']),
          ]),
          el('tr', [el('td', ['Kvinnor']), el('td', ['9,8'])]),
          el('tr', [el('td', [' ']), el('td', [''])]),
        ]),
      ]),
      el('table', [el('tr', [el('th', ['A'])]), el('tr', [el('td', ['1'])])]),
      el('table', [el('tr', [el('td', ['A'])])]),
    ];
    expect(richTextFromPasted(pasted)).toEqual([
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['Sjukfrånvaro (%)', '2023', '2022'],
          ['Total sjukfrånvaro', '8,2', '11,2'],
          ['Kvinnor', '9,8', ''],
        ],
      },
      { type: 'table', headerRow: true, rows: [['A'], ['1']] },
      { type: 'table', headerRow: false, rows: [['A']] },
    ]);
  });

  it('drops images, scripts and empty tables, and keeps loose text as a paragraph', () => {
    const pasted = [
      el('script', ['alert(1)']),
      el('img'),
      el('table', [el('tr', [el('td', [' '])])]),
      text('Lös text '),
      el('a', ['med länk']),
    ];
    expect(richTextFromPasted(pasted)).toEqual([
      { type: 'paragraph', runs: [{ text: 'Lös text med länk' }] },
    ]);
  });
});
