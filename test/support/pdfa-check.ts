import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';

const run = promisify(execFile);

/** A font as pdffonts (poppler-utils) lists it. */
export interface PdfFontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** The fonts of a PDF, read by pdffonts: one row per font, emb yes or no. */
export async function pdfFonts(pdf: Buffer): Promise<PdfFontRow[]> {
  const folder = await mkdtemp(join(tmpdir(), 'namndkoll-pdffonts-'));
  try {
    const file = join(folder, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdffonts', [file]);
    // name, type (one or two words), encoding, emb, sub, uni, object, generation.
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const fields = line.trim().split(/\s+/);
        const embedded = fields.at(-5);
        return {
          name: fields[0] ?? '',
          type: fields.slice(1, -6).join(' '),
          embedded: embedded === 'yes',
        };
      });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The dictionary and stream of object `number` (stream inflated when FlateDecode). */
function pdfObject(raw: string, bytes: Buffer, number: string) {
  const start = raw.search(new RegExp(`(^|[\\r\\n])${number} 0 obj`));
  if (start < 0) return null;
  const end = raw.indexOf('endobj', start);
  const body = raw.slice(start, end);
  const streamAt = body.indexOf('stream');
  if (streamAt < 0) return { dictionary: body, stream: null };
  let dataStart = start + streamAt + 'stream'.length;
  if (raw[dataStart] === '\r') dataStart += 1;
  if (raw[dataStart] === '\n') dataStart += 1;
  const dataEnd = raw.lastIndexOf('endstream', end);
  const data = bytes.subarray(dataStart, dataEnd);
  const dictionary = body.slice(0, streamAt);
  return {
    dictionary,
    stream: dictionary.includes('/FlateDecode') ? inflateSync(data) : data,
  };
}

/**
 * What keeps a PDF from being PDF/A-2b, as far as can be seen without veraPDF: the XMP
 * metadata names part 2 and conformance B, the catalogue has an output intent (GTS_PDFA1)
 * with an RGB ICC profile, the PDF is version 1.7 or lower and not encrypted, and pdffonts
 * finds every font embedded. Empty when all hold.
 */
export async function pdfaProblems(pdf: Buffer): Promise<string[]> {
  const problems: string[] = [];
  const raw = pdf.toString('latin1');
  const version = /^%PDF-(\d\.\d)/.exec(raw)?.[1];
  if (!version || Number(version) > 1.7) problems.push(`PDF version ${String(version)}`);
  if (raw.includes('/Encrypt')) problems.push('encrypted');
  if (!/<pdfaid:part>2<\/pdfaid:part>/.test(raw)) problems.push('XMP: pdfaid:part is not 2');
  if (!/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(raw)) {
    problems.push('XMP: pdfaid:conformance is not B');
  }
  const intent = /\/OutputIntents \[(\d+) 0 R\]/.exec(raw)?.[1];
  const intentObject = intent ? pdfObject(raw, pdf, intent) : null;
  if (!intentObject?.dictionary.includes('/S /GTS_PDFA1')) {
    problems.push('no PDF/A output intent (GTS_PDFA1)');
  }
  const profile = /\/DestOutputProfile (\d+) 0 R/.exec(intentObject?.dictionary ?? '')?.[1];
  const profileObject = profile ? pdfObject(raw, pdf, profile) : null;
  const icc = profileObject?.stream;
  // An ICC profile: 'acsp' at byte 36, colour space 'RGB ' at byte 16.
  if (!icc || icc.subarray(36, 40).toString('latin1') !== 'acsp') {
    problems.push('the output intent has no ICC profile');
  } else if (icc.subarray(16, 20).toString('latin1') !== 'RGB ') {
    problems.push('the ICC profile is not RGB');
  }
  const fonts = await pdfFonts(pdf);
  if (fonts.length === 0) problems.push('no fonts');
  for (const font of fonts.filter((one) => !one.embedded)) {
    problems.push(`font not embedded: ${font.name}`);
  }
  return problems;
}
