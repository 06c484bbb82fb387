import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SoftHyphen,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import { estimateTextWidth, layoutChart } from '#domain/reports/chart-layout';
import {
  assertRenderable,
  formatCell,
  headingNumbers,
  headingText,
  SOFT_HYPHEN,
  titleText,
  type Block,
  type ChartBlock,
  type ParagraphBlock,
  type ReportDocument,
  type TableBlock,
} from '#domain/reports/document';
import { svgToPng } from './chart-png';
import { DOCUMENT_FONT_FAMILY } from './document-fonts';
import { sceneToSvg } from './svg-chart';
import { tableWidths } from './table-layout';

// A4 with 2 cm margins, in twips (1/20 pt).
const PAGE_WIDTH = 11_906;
const PAGE_HEIGHT = 16_838;
const MARGIN = 1_134;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** A chart's width on the page in pixels at 96 to the inch (docx's unit for pictures). */
const CHART_WIDTH_PX = 600;
/** Tables of at most this many rows are kept on one page. */
const KEEP_TOGETHER_ROWS = 25;
/** Space between a table cell's text and its left and right edges, in twips. */
const CELL_PADDING = 80;

const HEADING_STYLES = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '222222' };
const HEAVY_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: '222222' };

/**
 * A run from typed options. (Passing the literal straight to TextRun, whose parameter is
 * `string | IRunOptions`, makes the linter take `bold` for the deprecated String#bold.)
 */
function textRun(options: IRunOptions): TextRun {
  return new TextRun(options);
}

/** A text's parts with Word's optional hyphen where the text has a soft hyphen. */
function hyphenated(text: string): (string | SoftHyphen)[] {
  return text
    .split(SOFT_HYPHEN)
    .flatMap((part, index) => (index === 0 ? [part] : [new SoftHyphen(), part]));
}

function paragraphDocx(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    children: block.runs.map((run) =>
      textRun({
        text: run.text,
        bold: run.emphasis === 'bold',
        italics: run.emphasis === 'italic',
      }),
    ),
  });
}

function cell(
  text: string,
  options: {
    right: boolean;
    bold: boolean;
    italics?: boolean;
    width: number;
    keepNext: boolean;
  },
  borders: { top?: IBorderOptions; bottom?: IBorderOptions },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 30, bottom: 30 },
    borders,
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        keepNext: options.keepNext,
        children: [
          textRun({
            children: hyphenated(text),
            bold: options.bold,
            italics: options.italics ?? false,
            size: 18,
          }),
        ],
      }),
    ],
  });
}

/**
 * A table: the caption (Word's Caption style) kept with it, the head row repeated on every
 * page, figures right-aligned, subtotal and total rows bold with a rule above.
 */
function tableDocx(block: TableBlock): (Paragraph | Table)[] {
  const widths = tableWidths(block, {
    total: CONTENT_WIDTH,
    padding: CELL_PADDING,
    // Estimated (Word measures when it lays out), a little wide so a reader's stand-in for
    // DejaVu Sans still fits: twips of 9 pt text.
    width: (text, bold) => estimateTextWidth(text, 9) * (bold ? 1.15 : 1) * 1.1 * 20,
  });
  const figureWidths = widths.columns.map((width) => Math.floor(width));
  const labelWidth = CONTENT_WIDTH - figureWidths.reduce((sum, width) => sum + width, 0);
  const columnWidths = [labelWidth, ...figureWidths];
  const right = (index: number) => index > 0 && !(widths.textColumns[index - 1] ?? false);
  // A short table is kept on one page (each row kept with the next, as Word does it).
  const keepTogether = block.rows.length <= KEEP_TOGETHER_ROWS;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [block.unit, ...block.columns].map((text, index) =>
      cell(
        text,
        {
          right: right(index),
          bold: index > 0,
          italics: index === 0,
          width: columnWidths[index] ?? 0,
          keepNext: true,
        },
        { bottom: RULE },
      ),
    ),
  });
  const rows = block.rows.map((row, rowIndex) => {
    const emphasised = row.kind !== 'normal';
    const keepNext = keepTogether && rowIndex < block.rows.length - 1;
    const borders = emphasised
      ? { top: RULE, ...(row.kind === 'total' ? { bottom: HEAVY_RULE } : {}) }
      : {};
    return new TableRow({
      cantSplit: true,
      children: [
        cell(row.label, { right: false, bold: emphasised, width: labelWidth, keepNext }, borders),
        ...row.cells.map((one, index) =>
          cell(
            formatCell(one),
            {
              right: right(index + 1),
              bold: emphasised,
              width: figureWidths[index] ?? 0,
              keepNext,
            },
            borders,
          ),
        ),
      ],
    });
  });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, text: block.caption }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths,
      borders: TableBorders.NONE,
      rows: [head, ...rows],
    }),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/**
 * A chart as a picture: the SVG, with a PNG rendered from the same SVG as the fallback that
 * Word before 2016 and LibreOffice show. The alt text says every value.
 */
function chartDocx(block: ChartBlock): Paragraph {
  const scene = layoutChart(block);
  const svg = sceneToSvg(scene);
  const height = Math.round((CHART_WIDTH_PX * scene.height) / scene.width);
  return new Paragraph({
    spacing: { before: 120, after: 240 },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(svg, 'utf8'),
        fallback: { type: 'png', data: svgToPng(svg, CHART_WIDTH_PX * 2) },
        transformation: { width: CHART_WIDTH_PX, height },
        altText: { name: scene.title, title: scene.title, description: scene.description },
      }),
    ],
  });
}

function blockDocx(block: Block, number: string | undefined): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({ heading: HEADING_STYLES[block.level], text: headingText(block, number) }),
      ];
    case 'paragraph':
      return [paragraphDocx(block)];
    case 'table':
      return tableDocx(block);
    case 'chart':
      return [chartDocx(block)];
  }
}

/** A line of the header or footer: left, the document's mark (Utkast, Förslag) in the middle
 * when it is not final, right. */
function runningLine(left: TextRun[], right: TextRun[], mark: string | null): Paragraph {
  const tab = () => new TextRun({ text: '\t', size: 18 });
  return new Paragraph({
    tabStops: [
      { type: TabStopType.CENTER, position: CONTENT_WIDTH / 2 },
      { type: TabStopType.RIGHT, position: CONTENT_WIDTH },
    ],
    children: [
      ...left,
      tab(),
      ...(mark === null ? [] : [textRun({ text: mark, size: 18, bold: true, color: 'A31515' })]),
      tab(),
      ...right,
    ],
  });
}

/**
 * The report as an editable Word document: Word's Title and Heading 1-3 styles, Swedish as
 * the proofing language, the municipality and board in the header, the date and
 * "Sida X av Y" (PAGE and NUMPAGES fields) in the footer.
 */
export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  assertRenderable(document);
  const numbers = headingNumbers(document.blocks);
  const small = (text: string) => new TextRun({ text, size: 18, color: '555555' });
  const mark = document.status ? document.status.toUpperCase() : null;
  const font = DOCUMENT_FONT_FAMILY;
  const file = new Document({
    title: titleText(document),
    subject: document.subtitle ?? document.title,
    creator: 'Nämndkoll',
    description: `${document.municipalityName}, ${document.boardName}, ${document.dateIso}`,
    styles: {
      default: {
        document: {
          run: { font, size: 20, language: { value: 'sv-SE' } },
          // lineRule auto (a multiple of single spacing): LibreOffice reads a missing rule as exact,
          // which would clip the charts to one line.
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font, size: 40, bold: true, color: '222222' } },
        heading1: {
          run: { font, size: 30, bold: true, color: '1F3F5F' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font, size: 25, bold: true, color: '1F3F5F' },
          paragraph: { spacing: { before: 280, after: 100 }, keepNext: true },
        },
        heading3: {
          run: { font, size: 21, bold: true, color: '1F3F5F' },
          paragraph: { spacing: { before: 220, after: 80 }, keepNext: true },
        },
        caption: {
          run: { size: 20, bold: true, italics: false, color: '222222' },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN + 284,
              bottom: MARGIN + 284,
              left: MARGIN,
              right: MARGIN,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              runningLine([small(document.municipalityName)], [small(document.boardName)], mark),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              runningLine(
                [small(document.dateIso)],
                [
                  new TextRun({
                    size: 18,
                    color: '555555',
                    children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                  }),
                ],
                mark,
              ),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: titleText(document) }),
          ...(document.subtitle === undefined
            ? []
            : [
                new Paragraph({
                  children: [new TextRun({ text: document.subtitle, size: 28 })],
                }),
              ]),
          new Paragraph({
            spacing: { after: 360 },
            children: [
              new TextRun({
                text: `${document.boardName}, ${document.dateIso}`,
                color: '555555',
              }),
            ],
          }),
          ...document.blocks.flatMap((block, index) => blockDocx(block, numbers[index])),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
