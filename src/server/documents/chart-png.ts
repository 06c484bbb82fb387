import { Resvg } from '@resvg/resvg-js';
import { DOCUMENT_FONT_FAMILY, documentFontPath } from './document-fonts';

/**
 * An SVG chart as a PNG, for the formats that want a raster picture (DOCX's fallback for
 * Word versions without SVG, LibreOffice; the XLSX sheet). resvg renders the text in the
 * documents' DejaVu Sans from the npm package, not the system's fonts, so the picture is the
 * same on every machine.
 */
export function svgToPng(svg: string, widthPixels: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPixels },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [documentFontPath('regular'), documentFontPath('bold')],
      defaultFontFamily: DOCUMENT_FONT_FAMILY,
      sansSerifFamily: DOCUMENT_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
