import { describe, expect, it } from 'vitest';
import { hasText, plainText, RICH_TEXT_LIMITS, richTextIssues, type RichText } from './rich-text';

const paragraph = (value: string): RichText[number] => ({
  type: 'paragraph',
  runs: [{ text: value }],
});

describe("a section's rich text", () => {
  it('reads as plain text, block by block, for counting and for whether anything is written', () => {
    const text: RichText = [
      { type: 'subheading', text: 'Arbetsmiljö' },
      {
        type: 'paragraph',
        runs: [{ text: 'Det ' }, { text: 'systematiska', bold: true }, { text: ' arbetet' }],
      },
      { type: 'list', ordered: false, items: [[{ text: 'ett' }], [{ text: 'två' }]] },
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['A', 'B'],
          ['1', '2'],
        ],
      },
    ];
    expect(plainText(text)).toBe('Arbetsmiljö\nDet systematiska arbetet\nett\ntvå\nA\tB\n1\t2');
    expect(hasText(text)).toBe(true);
    expect(hasText([])).toBe(false);
    expect(hasText([{ type: 'paragraph', runs: [{ text: '  ' }] }])).toBe(false);
  });

  it('accepts what a writer writes', () => {
    expect(richTextIssues([paragraph('Verksamheten')])).toEqual([]);
  });

  it('names the block that is empty, too wide, too long or ragged', () => {
    const wide = Array.from({ length: RICH_TEXT_LIMITS.tableColumns + 1 }, () => 'x');
    const long = Array.from({ length: RICH_TEXT_LIMITS.tableRows + 1 }, () => ['x']);
    expect(
      richTextIssues([
        paragraph(' '),
        { type: 'table', headerRow: false, rows: [wide] },
        { type: 'table', headerRow: false, rows: long },
        { type: 'table', headerRow: false, rows: [['a', 'b'], ['c']] },
        { type: 'table', headerRow: false, rows: [] },
        { type: 'list', ordered: true, items: [] },
      ]),
    ).toEqual([
      { problem: 'empty-block', block: 1 },
      { problem: 'table-too-wide', block: 2 },
      { problem: 'table-too-long', block: 3 },
      { problem: 'ragged-table', block: 4 },
      { problem: 'empty-block', block: 5 },
      { problem: 'empty-block', block: 6 },
    ]);
  });

  it('refuses a text over the limits as a whole', () => {
    const many = Array.from({ length: RICH_TEXT_LIMITS.blocks + 1 }, () => paragraph('x'));
    expect(richTextIssues(many)).toEqual([{ problem: 'too-many-blocks', block: null }]);
    const long = [paragraph('x'.repeat(RICH_TEXT_LIMITS.characters + 1))];
    expect(richTextIssues(long)).toEqual([{ problem: 'too-long', block: null }]);
    expect(richTextIssues([paragraph('x'.repeat(RICH_TEXT_LIMITS.characters))])).toEqual([]);
  });
});
