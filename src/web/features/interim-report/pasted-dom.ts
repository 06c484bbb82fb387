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
        style: child.getAttribute('style') ?? '',
        children: pastedNodesOf(child),
      });
    }
  }
  return nodes;
}

/** Clipboard HTML (from Word or a web page) read by the browser without running anything. */
export function pastedHtmlNodes(html: string): PastedNode[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return pastedNodesOf(parsed.body);
}

/** Plain text pasted: a paragraph per line. */
export function pastedTextNodes(text: string): PastedNode[] {
  return text
    .split(/\r?\n/)
    .map((line) => ({ kind: 'element', tag: 'p', children: [{ kind: 'text', text: line }] }));
}
