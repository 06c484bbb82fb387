import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The documents' one typeface: DejaVu Sans (free, Bitstream Vera licence), from the npm
 * package dejavu-fonts-ttf, so every machine that ran `npm install` writes the same PDF and
 * chart pictures, whatever fonts it has. The PDF embeds it (PDF/A asks for that), the charts'
 * PNG is drawn with it, and the DOCX and HTML name it first.
 */
export const DOCUMENT_FONT_FAMILY = 'DejaVu Sans';

/** The family for a style sheet or SVG, with fallbacks for a reader without DejaVu Sans. */
export const DOCUMENT_FONT_STACK = "'DejaVu Sans', Verdana, 'Liberation Sans', Arial, sans-serif";

export const DOCUMENT_FONT_FACES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const;
export type DocumentFontFace = keyof typeof DOCUMENT_FONT_FACES;

const fontFolder = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

/** The TrueType file of a face. */
export function documentFontPath(face: DocumentFontFace): string {
  return join(fontFolder, DOCUMENT_FONT_FACES[face]);
}

const loaded = new Map<DocumentFontFace, Buffer>();

/** A face's bytes, read once per process. */
export function documentFont(face: DocumentFontFace): Buffer {
  let bytes = loaded.get(face);
  if (!bytes) {
    bytes = readFileSync(documentFontPath(face));
    loaded.set(face, bytes);
  }
  return bytes;
}
