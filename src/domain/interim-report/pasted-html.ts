import type { RichBlock, RichText, TextRun } from './rich-text';

/**
 * Text pasted from Word or a web page, made a section's rich text: paragraphs, bold and
 * italic, headings (as subheadings), lists (HTML lists, and Word's paragraphs that only look
 * like lists) and tables keep their structure; fonts, colours, sizes, images, links' targets
 * and Word's own markup are dropped. The browser parses the HTML; this reads the tree it gives,
 * so the rules are tested without a browser.
 */
export type PastedNode =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'element';
      /** Lower case: 'p', 'b', 'o:p'. */
      readonly tag: string;
      readonly className?: string;
      readonly style?: string;
      readonly children: readonly PastedNode[];
    };

type Element = Extract<PastedNode, { kind: 'element' }>;

const DROPPED = new Set([
  'script',
  'style',
  'head',
  'meta',
  'link',
  'title',
  'xml',
  'template',
  'o:p',
  'img',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
  'object',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'body',
  'html',
  'main',
  'header',
  'footer',
  'li',
  'dd',
  'dt',
  'dl',
  'figure',
  'figcaption',
  'pre',
  'address',
  'center',
]);

interface Format {
  readonly bold: boolean;
  readonly italic: boolean;
}

const styleSays = (element: Element, pattern: RegExp): boolean => pattern.test(element.style ?? '');

const isWordListParagraph = (element: Element): boolean =>
  /MsoListParagraph/i.test(element.className ?? '') || styleSays(element, /mso-list\s*:/i);

/** Word's bullet or number in front of a list paragraph ("·", "1.", "a)"), marked to be ignored. */
const isWordListMarker = (element: Element): boolean =>
  styleSays(element, /mso-list\s*:\s*ignore/i);

const textOfNode = (node: PastedNode): string =>
  node.kind === 'text'
    ? node.text
    : DROPPED.has(node.tag)
      ? ''
      : node.children.map(textOfNode).join('');

const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ');

/** The runs of inline content, formats merged, whitespace collapsed and trimmed at the ends. */
function runsOf(
  nodes: readonly PastedNode[],
  format: Format = { bold: false, italic: false },
): TextRun[] {
  const raw: { text: string; format: Format }[] = [];
  const walk = (node: PastedNode, current: Format): void => {
    if (node.kind === 'text') {
      raw.push({ text: collapse(node.text), format: current });
      return;
    }
    if (DROPPED.has(node.tag) || isWordListMarker(node)) return;
    if (node.tag === 'br') {
      raw.push({ text: ' ', format: current });
      return;
    }
    const next: Format = {
      bold:
        current.bold ||
        node.tag === 'b' ||
        node.tag === 'strong' ||
        styleSays(node, /font-weight\s*:\s*(bold|[6-9]00)/i),
      italic:
        current.italic ||
        node.tag === 'i' ||
        node.tag === 'em' ||
        styleSays(node, /font-style\s*:\s*italic/i),
    };
    for (const child of node.children) walk(child, next);
  };
  for (const node of nodes) walk(node, format);
  const merged: { text: string; format: Format }[] = [];
  for (const piece of raw) {
    const last = merged.at(-1);
    if (
      last &&
      last.format.bold === piece.format.bold &&
      last.format.italic === piece.format.italic
    ) {
      last.text = collapse(last.text + piece.text);
    } else {
      merged.push({ ...piece });
    }
  }
  if (merged.length > 0) {
    const first = merged[0];
    const last = merged[merged.length - 1];
    if (first) first.text = first.text.replace(/^[\s\u00a0]+/, '');
    if (last) last.text = last.text.replace(/[\s\u00a0]+$/, '');
  }
  return merged
    .filter((piece) => piece.text !== '')
    .map((piece) => ({
      text: piece.text,
      ...(piece.format.bold ? { bold: true as const } : {}),
      ...(piece.format.italic ? { italic: true as const } : {}),
    }));
}

const elementChildren = (element: Element, tags: ReadonlySet<string>): Element[] => {
  const found: Element[] = [];
  for (const child of element.children) {
    if (child.kind !== 'element' || DROPPED.has(child.tag)) continue;
    if (tags.has(child.tag)) found.push(child);
    else if (!['table'].includes(child.tag)) found.push(...elementChildren(child, tags));
  }
  return found;
};

function tableOf(table: Element): RichBlock | null {
  const rowElements = elementChildren(table, new Set(['tr']));
  const rows = rowElements
    .map((row) => elementChildren(row, new Set(['td', 'th'])))
    .filter((cells) => cells.length > 0);
  if (rows.length === 0) return null;
  const texts = rows.map((cells) => cells.map((cell) => collapse(textOfNode(cell)).trim()));
  const nonEmpty = texts.filter((row) => row.some((cell) => cell !== ''));
  if (nonEmpty.length === 0) return null;
  const width = Math.max(...nonEmpty.map((row) => row.length));
  const firstRow = rows[texts.indexOf(nonEmpty[0] ?? [])] ?? [];
  const inHead = elementChildren(table, new Set(['thead'])).length > 0;
  return {
    type: 'table',
    headerRow: inHead || firstRow.every((cell) => cell.tag === 'th'),
    rows: nonEmpty.map((row) => [...row, ...Array<string>(width - row.length).fill('')]),
  };
}

function listItemsOf(list: Element): TextRun[][] {
  const items: TextRun[][] = [];
  for (const child of list.children) {
    if (child.kind !== 'element') continue;
    if (child.tag === 'li') {
      const inline = child.children.filter(
        (node) => node.kind === 'text' || (node.tag !== 'ul' && node.tag !== 'ol'),
      );
      const runs = runsOf(inline);
      if (runs.length > 0) items.push(runs);
      for (const nested of child.children) {
        if (nested.kind === 'element' && (nested.tag === 'ul' || nested.tag === 'ol')) {
          items.push(...listItemsOf(nested));
        }
      }
    } else if (child.tag === 'ul' || child.tag === 'ol') {
      items.push(...listItemsOf(child));
    }
  }
  return items;
}

/** Word's list marker says the list is numbered: "1.", "2)", "a.", "iv)". */
function wordListIsOrdered(paragraph: Element): boolean {
  const markers: string[] = [];
  const find = (node: PastedNode): void => {
    if (node.kind !== 'element') return;
    if (isWordListMarker(node)) markers.push(collapse(textOfNode(node)).trim());
    else node.children.forEach(find);
  };
  find(paragraph);
  return markers.some((marker) => /^([0-9]+|[a-z]|[ivx]+)[.)]$/i.test(marker));
}

/** The pasted tree's blocks, in order. */
export function richTextFromPasted(nodes: readonly PastedNode[]): RichText {
  const blocks: RichBlock[] = [];
  let inline: PastedNode[] = [];
  const flush = (): void => {
    const runs = runsOf(inline);
    inline = [];
    if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
  };
  const addListItem = (ordered: boolean, runs: TextRun[]): void => {
    const last = blocks.at(-1);
    if (last?.type === 'list' && last.ordered === ordered) {
      blocks[blocks.length - 1] = { ...last, items: [...last.items, runs] };
    } else {
      blocks.push({ type: 'list', ordered, items: [runs] });
    }
  };
  const visit = (node: PastedNode): void => {
    if (
      node.kind === 'text' ||
      (!BLOCKS.has(node.tag) &&
        !HEADINGS.has(node.tag) &&
        !['ul', 'ol', 'table', 'br', 'hr'].includes(node.tag))
    ) {
      if (node.kind === 'element' && DROPPED.has(node.tag)) return;
      inline.push(node);
      return;
    }
    flush();
    if (node.tag === 'br' || node.tag === 'hr') return;
    if (HEADINGS.has(node.tag)) {
      const text = collapse(textOfNode(node)).trim();
      if (text !== '') blocks.push({ type: 'subheading', text });
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      const items = listItemsOf(node);
      if (items.length > 0) blocks.push({ type: 'list', ordered: node.tag === 'ol', items });
    } else if (node.tag === 'table') {
      const table = tableOf(node);
      if (table) blocks.push(table);
    } else if (isWordListParagraph(node)) {
      const runs = runsOf(node.children);
      if (runs.length > 0) addListItem(wordListIsOrdered(node), runs);
    } else {
      node.children.forEach(visit);
      flush();
    }
  };
  nodes.forEach(visit);
  flush();
  return blocks;
}
