import type { RichText, TextRun } from './rich-text';

/**
 * A section's rich text as HTML for the editor (and for pasting cleaned text into it): only
 * the elements the rich text has, every text escaped, so what the editor shows is what is
 * saved. The editor reads its content back through pasted-html.ts.
 */

const escaped = (text: string): string =>
  text.replace(/[&<>"]/g, (character) =>
    character === '&'
      ? '&amp;'
      : character === '<'
        ? '&lt;'
        : character === '>'
          ? '&gt;'
          : '&quot;',
  );

function runHtml(run: TextRun): string {
  let html = escaped(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

const runsHtml = (runs: readonly TextRun[]): string => runs.map(runHtml).join('');

export function richTextToHtml(text: RichText): string {
  return text
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${runsHtml(block.runs)}</p>`;
        case 'subheading':
          return `<h3>${escaped(block.text)}</h3>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</${tag}>`;
        }
        case 'table': {
          const row = (cells: readonly string[], header: boolean) =>
            `<tr>${cells.map((cell) => (header ? `<th>${escaped(cell)}</th>` : `<td>${escaped(cell)}</td>`)).join('')}</tr>`;
          const [first, ...rest] = block.rows;
          const head = block.headerRow && first ? `<thead>${row(first, true)}</thead>` : '';
          const body = (block.headerRow ? rest : block.rows).map((cells) => row(cells, false));
          return `<table>${head}<tbody>${body.join('')}</tbody></table>`;
        }
      }
    })
    .join('');
}
