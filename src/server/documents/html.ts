import {
  assertRenderable,
  formatCell,
  headingNumbers,
  headingText,
  SOFT_HYPHEN,
  titleText,
  type Block,
  type ParagraphBlock,
  type ReportDocument,
  type TableBlock,
} from '#domain/reports/document';
import { DOCUMENT_FONT_STACK } from './document-fonts';
import { escapeXml, renderChartSvg } from './svg-chart';
import { textColumnsOf } from './table-layout';

/** HTML text: the XML escapes serve (a no-break space is written &#160;), a soft hyphen &shy;. */
const escapeHtml = (text: string): string => escapeXml(text).replaceAll(SOFT_HYPHEN, '&shy;');

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', ' ')}"`;
}

/**
 * The style sheet. On paper (print to PDF from a browser) the page's margin boxes carry the
 * municipality, the board, the date and "Sida X av Y"; on screen the running head and foot do.
 */
function styleSheet(document: ReportDocument): string {
  return `
@page {
  size: A4;
  margin: 2.2cm 2cm;
  @top-left { content: ${cssString(document.municipalityName)}; font: 9pt sans-serif; color: #555; }
  @top-right { content: ${cssString(document.boardName)}; font: 9pt sans-serif; color: #555; }
  @bottom-left { content: ${cssString(document.dateIso)}; font: 9pt sans-serif; color: #555; }
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 9pt sans-serif; color: #555; }${
    document.status
      ? `
  @top-center { content: ${cssString(document.status.toUpperCase())}; font: bold 9pt sans-serif; color: #a31515; }
  @bottom-center { content: ${cssString(document.status.toUpperCase())}; font: bold 9pt sans-serif; color: #a31515; }`
      : ''
  }
}
html { color: #222; background: #fff; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem; font: 10.5pt/1.45 ${DOCUMENT_FONT_STACK}; }
.running-head, .running-foot { display: flex; justify-content: space-between; gap: 1rem; font-size: 9pt; color: #555; }
.status-mark { color: #a31515; font-weight: bold; }
.running-head { border-bottom: 1px solid #ccc; padding-bottom: 0.3rem; }
.running-foot { border-top: 1px solid #ccc; padding-top: 0.3rem; margin-top: 2rem; }
h1 { font-size: 22pt; margin: 1.5rem 0 0.2rem; }
.subtitle { font-size: 14pt; margin: 0 0 0.5rem; }
.date { color: #555; margin: 0 0 1.5rem; }
h2 { font-size: 16pt; margin: 1.6rem 0 0.5rem; }
h3 { font-size: 13pt; margin: 1.3rem 0 0.4rem; }
h4 { font-size: 11pt; margin: 1.1rem 0 0.3rem; }
p { margin: 0 0 0.7rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.2rem; font-size: 10pt; width: 100%; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { padding: 0.2rem 0.5rem; vertical-align: bottom; }
thead th { text-align: right; border-bottom: 1px solid #222; }
thead th:first-child, tbody th { text-align: left; font-weight: normal; }
thead th:first-child { font-style: italic; }
td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.text, thead th.text { text-align: left; white-space: normal; }
tr.subtotal, tr.total, tr.subtotal th, tr.total th { font-weight: bold; }
tr.subtotal > *, tr.total > * { border-top: 1px solid #222; }
tr.total > * { border-bottom: 2px solid #222; }
figure.chart { margin: 0.5rem 0 1.2rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
@media print {
  body { max-width: none; padding: 0; }
  .running-head, .running-foot { display: none; }
  table, figure.chart { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
`.trim();
}

function paragraphHtml(block: ParagraphBlock): string {
  const runs = block.runs.map((run) => {
    const text = escapeHtml(run.text);
    if (run.emphasis === 'bold') return `<strong>${text}</strong>`;
    if (run.emphasis === 'italic') return `<em>${text}</em>`;
    return text;
  });
  return `<p>${runs.join('')}</p>`;
}

function tableHtml(block: TableBlock): string {
  const textColumns = textColumnsOf(block);
  const textClass = (index: number) => (textColumns[index] ? ' class="text"' : '');
  const head = [
    `<th scope="col">${escapeHtml(block.unit)}</th>`,
    ...block.columns.map(
      (text, index) => `<th scope="col"${textClass(index)}>${escapeHtml(text)}</th>`,
    ),
  ].join('');
  const rows = block.rows.map((row) => {
    const cells = row.cells
      .map((cell, index) => `<td${textClass(index)}>${escapeHtml(formatCell(cell))}</td>`)
      .join('');
    const kind = row.kind === 'normal' ? '' : ` class="${row.kind}"`;
    return `<tr${kind}><th scope="row">${escapeHtml(row.label)}</th>${cells}</tr>`;
  });
  return [
    '<table>',
    `<caption>${escapeHtml(block.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function blockHtml(block: Block, number: string | undefined): string {
  switch (block.type) {
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag}>${escapeHtml(headingText(block, number))}</${tag}>`;
    }
    case 'paragraph':
      return paragraphHtml(block);
    case 'table':
      return tableHtml(block);
    case 'chart':
      return `<figure class="chart">\n${renderChartSvg(block)}\n</figure>`;
  }
}

/**
 * The report as one standalone HTML file (the preview, and a file to download): Swedish, the
 * style sheet inside, no scripts, charts as inline SVG. The document title is the h1; the
 * blocks' headings of level 1 to 3 are h2 to h4.
 */
export function renderHtml(document: ReportDocument): string {
  assertRenderable(document);
  const numbers = headingNumbers(document.blocks);
  const body = document.blocks.map((block, index) => blockHtml(block, numbers[index]));
  const mark = document.status
    ? `<strong class="status-mark">${escapeHtml(document.status.toUpperCase())}</strong>`
    : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(titleText(document))} – ${escapeHtml(document.boardName)}</title>`,
    `<style>\n${styleSheet(document)}\n</style>`,
    '</head>',
    '<body>',
    `<header class="running-head"><span>${escapeHtml(document.municipalityName)}</span>${mark}<span>${escapeHtml(document.boardName)}</span></header>`,
    '<main>',
    `<h1>${escapeHtml(titleText(document))}</h1>`,
    ...(document.subtitle === undefined
      ? []
      : [`<p class="subtitle">${escapeHtml(document.subtitle)}</p>`]),
    `<p class="date">${escapeHtml(document.boardName)}, ${escapeHtml(document.dateIso)}</p>`,
    ...body,
    '</main>',
    `<footer class="running-foot"><span>${escapeHtml(document.municipalityName)}, ${escapeHtml(document.boardName)}</span>${mark}<span>${escapeHtml(document.dateIso)}</span></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
