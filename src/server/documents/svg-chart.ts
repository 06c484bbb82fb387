import { layoutChart, type ChartScene, type ChartShape } from '#domain/reports/chart-layout';
import type { ChartBlock } from '#domain/reports/document';

/** The SVG's fonts: DejaVu Sans (Debian's fonts-dejavu-core, what the PNG rasteriser finds),
 * then the fonts Word and browsers have. */
export const CHART_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/** Text for XML content and attribute values; a no-break space as a character reference. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\u00a0', '&#160;');
}

function shapeSvg(shape: ChartShape): string {
  switch (shape.shape) {
    case 'rect':
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${shape.fill}"/>`;
    case 'line':
      return `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}"/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}" stroke-linejoin="round"/>`;
    case 'circle':
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.fill}"/>`;
    case 'text':
      return `<text x="${shape.x}" y="${shape.y}" font-size="${shape.size}"${
        shape.anchor === 'start' ? '' : ` text-anchor="${shape.anchor}"`
      }${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.fill}">${escapeXml(shape.text)}</text>`;
  }
}

/** A laid-out chart as a self-contained SVG document (no styles, scripts or external files). */
export function sceneToSvg(scene: ChartScene): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" aria-label="${escapeXml(scene.title)}" font-family="${CHART_FONT_FAMILY}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>${escapeXml(scene.description)}</desc>`,
    `<rect x="0" y="0" width="${scene.width}" height="${scene.height}" fill="#ffffff"/>`,
    ...scene.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}

/** A chart block as SVG: the picture every format shows. */
export function renderChartSvg(chart: ChartBlock): string {
  return sceneToSvg(layoutChart(chart));
}
