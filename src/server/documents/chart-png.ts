import { Resvg } from '@resvg/resvg-js';

/**
 * An SVG chart as a PNG, for the formats that want a raster picture (DOCX's fallback for
 * Word versions without SVG, LibreOffice; the XLSX sheet). resvg renders the text with the
 * system's fonts: DejaVu Sans (Debian's fonts-dejavu-core) when present, else any sans-serif.
 */
export function svgToPng(svg: string, widthPixels: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPixels },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
