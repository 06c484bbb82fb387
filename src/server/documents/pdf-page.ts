import { documentFontPath } from './document-fonts';

export type Pdf = PDFKit.PDFDocument;

/**
 * The PDF's page (A4 in points, with room for the running head and foot in the margins), its
 * colours and sizes, and its fonts: DejaVu Sans embedded (document-fonts.ts), named by their
 * files so pdfkit loads each once per document.
 */
export const PDF_PAGE = {
  margins: { top: 72, bottom: 72, left: 57, right: 57 },
  textColour: '#222222',
  mutedColour: '#555555',
  /** The draft mark (Utkast, Förslag) in the running head and foot. */
  markColour: '#a31515',
  bodySize: 10,
  headingSizes: { 1: 15, 2: 12.5, 3: 10.5 },
} as const;

export const PDF_FONTS = {
  regular: documentFontPath('regular'),
  bold: documentFontPath('bold'),
  italic: documentFontPath('italic'),
} as const;

export interface PdfFrame {
  readonly left: number;
  readonly width: number;
}

export function pdfFrame(pdf: Pdf): PdfFrame {
  const { left, right } = PDF_PAGE.margins;
  return { left, width: pdf.page.width - left - right };
}

/** Where the text area ends on the page. */
export function pdfBottom(pdf: Pdf): number {
  return pdf.page.height - PDF_PAGE.margins.bottom;
}

/** Starts a new page unless `height` points fit below the current position. */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdfBottom(pdf)) pdf.addPage();
}
