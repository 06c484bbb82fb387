import type { PastedNode } from '#domain/interim-report/pasted-html';

/**
 * The browser's DOM as the tree the rich text is read from (domain/interim-report/pasted-html):
 * elements with their tag, class and style, and text; comments and the rest left out.
 */
export function pastedNodesOf(parent: ParentNode): PastedNode[] {
  const nodes: PastedNode[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      nodes.push({ kind: 'text', text: child.textContent ?? '' });
    } else if (child instanceof Element) {
      nodes.push({
        kind: 'element',
        tag: child.tagName.toLowerCase(),
        className: child.getAttribute('class') ?? '',
        style: child.getAttribute(PASTED_STYLE) ?? child.getAttribute('style') ?? '',
        children: pastedNodesOf(child),
      });
    }
  }
  return nodes;
}

/** The attribute a pasted element's style is kept in while the HTML is read. */
const PASTED_STYLE = 'data-pasted-style';

/**
 * Clipboard HTML (from Word or a web page) read by the browser without running anything. Its
 * style sheets are dropped and its style attributes renamed first: the page's Content Security
 * Policy refuses inline styles, even in a parsed document nobody sees, and the styles are read
 * only for what they say (bold, italic, Word's list markers).
 */
export function pastedHtmlNodes(html: string): PastedNode[] {
  const inert = html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, (tag) => tag.replace(/\sstyle\s*=/gi, ` ${PASTED_STYLE}=`));
  const parsed = new DOMParser().parseFromString(inert, 'text/html');
  return pastedNodesOf(parsed.body);
}

/** Plain text pasted: a paragraph per line. */
export function pastedTextNodes(text: string): PastedNode[] {
  return text
    .split(/\r?\n/)
    .map((line) => ({ kind: 'element', tag: 'p', children: [{ kind: 'text', text: line }] }));
}
