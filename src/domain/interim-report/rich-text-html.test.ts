import { describe, expect, it } from 'vitest';
import { richTextFromPasted, type PastedNode } from './pasted-html';
import type { RichText } from './rich-text';
import { richTextToHtml } from './rich-text-html';

/** A tiny reader of the HTML richTextToHtml writes (no attributes, entities of its own). */
function parse(html: string): PastedNode[] {
  const root: PastedNode & { kind: 'element' } = { kind: 'element', tag: 'body', children: [] };
  const stack: (PastedNode & { kind: 'element' })[] = [root];
  const unescape = (text: string) =>
    text
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
  for (const token of html.match(/<\/?[a-z0-9]+>|[^<]+/g) ?? []) {
    const top = stack[stack.length - 1];
    if (!top) throw new Error('unbalanced');
    if (token.startsWith('</')) stack.pop();
    else if (token.startsWith('<')) {
      const element = {
        kind: 'element' as const,
        tag: token.slice(1, -1),
        children: [] as PastedNode[],
      };
      (top.children as PastedNode[]).push(element);
      stack.push(element);
    } else (top.children as PastedNode[]).push({ kind: 'text', text: unescape(token) });
  }
  return [...root.children];
}

const text: RichText = [
  { type: 'subheading', text: 'Arbetsmiljö & hälsa' },
  {
    type: 'paragraph',
    runs: [
      { text: 'Sjukfrånvaron <8 %' },
      { text: ' har ', bold: true },
      { text: 'minskat', bold: true, italic: true },
    ],
  },
  { type: 'list', ordered: true, items: [[{ text: 'ett' }], [{ text: '"två"' }]] },
  {
    type: 'table',
    headerRow: true,
    rows: [
      ['År', '2023'],
      ['Total', '8,2'],
    ],
  },
  { type: 'table', headerRow: false, rows: [['a', 'b']] },
];

describe("a section's text as the editor's HTML", () => {
  it('escapes every text and writes only the rich text’s elements', () => {
    const html = richTextToHtml(text);
    expect(html).toContain('<h3>Arbetsmiljö &amp; hälsa</h3>');
    expect(html).toContain(
      '<p>Sjukfrånvaron &lt;8 %<strong> har </strong><strong><em>minskat</em></strong></p>',
    );
    expect(html).toContain('<ol><li>ett</li><li>&quot;två&quot;</li></ol>');
    expect(html).toContain(
      '<table><thead><tr><th>År</th><th>2023</th></tr></thead><tbody><tr><td>Total</td><td>8,2</td></tr></tbody></table>',
    );
    expect(html).toContain('<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>');
  });

  it('reads back as the same text (what the editor shows is what is saved)', () => {
    const read = richTextFromPasted(parse(richTextToHtml(text)));
    expect(read).toEqual(text);
  });
});
