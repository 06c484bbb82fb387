import { layoutChart, type ChartShape } from '#domain/reports/chart-layout';
import type { ChartBlock } from '#domain/reports/document';
import { ensureSpace, PDF_FONTS, PDF_PAGE, pdfFrame, type Pdf } from './pdf-page';

/** The height a chart takes on the page (it is never broken). */
export function pdfChartHeight(pdf: Pdf, block: ChartBlock): number {
  const scene = layoutChart(block);
  return scene.height * Math.min(1, pdfFrame(pdf).width / scene.width) + PDF_PAGE.bodySize;
}

/** Draws the shapes of the chart's layout, the same the SVG is written from, scaled to fit. */
export function drawPdfChart(pdf: Pdf, block: ChartBlock): void {
  const { left, width } = pdfFrame(pdf);
  const scene = layoutChart(block);
  const scale = Math.min(1, width / scene.width);
  const height = scene.height * scale;
  ensureSpace(pdf, height + PDF_PAGE.bodySize);
  const top = pdf.y;
  pdf.save();
  pdf.translate(left, top).scale(scale);
  for (const shape of scene.shapes) drawShape(pdf, shape);
  pdf.restore();
  pdf.fillColor(PDF_PAGE.textColour);
  pdf.x = left;
  pdf.y = top + height + PDF_PAGE.bodySize;
}

function drawShape(pdf: Pdf, shape: ChartShape): void {
  switch (shape.shape) {
    case 'rect':
      pdf.rect(shape.x, shape.y, shape.width, shape.height).fill(shape.fill);
      break;
    case 'line':
      pdf
        .moveTo(shape.x1, shape.y1)
        .lineTo(shape.x2, shape.y2)
        .lineWidth(shape.strokeWidth)
        .stroke(shape.stroke);
      break;
    case 'polyline': {
      const [first, ...rest] = shape.points;
      if (!first) break;
      pdf.moveTo(first[0], first[1]);
      for (const [x, y] of rest) pdf.lineTo(x, y);
      pdf.lineWidth(shape.strokeWidth).lineJoin('round').stroke(shape.stroke);
      break;
    }
    case 'circle':
      pdf.circle(shape.cx, shape.cy, shape.r).fill(shape.fill);
      break;
    case 'text': {
      const text = shape.text;
      pdf
        .font(shape.bold ? PDF_FONTS.bold : PDF_FONTS.regular)
        .fontSize(shape.size)
        .fillColor(shape.fill);
      const textWidth = pdf.widthOfString(text);
      const x =
        shape.anchor === 'start'
          ? shape.x
          : shape.anchor === 'middle'
            ? shape.x - textWidth / 2
            : shape.x - textWidth;
      pdf.text(text, x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
      break;
    }
  }
}
