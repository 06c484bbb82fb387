/**
 * What a writer writes in a report section: paragraphs with bold and italic, subheadings,
 * bulleted and numbered lists, and simple tables of text. Stored as this structure (never as
 * HTML), checked before it is saved, and drawn by every document format from it.
 */

export interface TextRun {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
}

export type RichBlock =
  | { readonly type: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly type: 'subheading'; readonly text: string }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly TextRun[])[];
    }
  | {
      readonly type: 'table';
      /** The first row holds the column heads. */
      readonly headerRow: boolean;
      readonly rows: readonly (readonly string[])[];
    };

export type RichText = readonly RichBlock[];

/** Limits that keep a section a section: far above 001's longest, far below a runaway paste. */
export const RICH_TEXT_LIMITS = {
  blocks: 400,
  characters: 60_000,
  tableColumns: 12,
  tableRows: 150,
} as const;

export type RichTextProblem =
  | 'too-many-blocks'
  | 'too-long'
  | 'empty-block'
  | 'table-too-wide'
  | 'table-too-long'
  | 'ragged-table';

export interface RichTextIssue {
  readonly problem: RichTextProblem;
  /** The block's place, from 1 (null: the text as a whole). */
  readonly block: number | null;
}

const runsText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/** All the text a section holds, for counting and for "has the writer written anything". */
export function plainText(text: RichText): string {
  return text
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return runsText(block.runs);
        case 'subheading':
          return block.text;
        case 'list':
          return block.items.map(runsText).join('\n');
        case 'table':
          return block.rows.map((row) => row.join('\t')).join('\n');
      }
    })
    .join('\n');
}

export const hasText = (text: RichText): boolean => plainText(text).trim() !== '';

/** What keeps a section's text from being saved, block by block. */
export function richTextIssues(text: RichText): RichTextIssue[] {
  const issues: RichTextIssue[] = [];
  if (text.length > RICH_TEXT_LIMITS.blocks)
    issues.push({ problem: 'too-many-blocks', block: null });
  if (plainText(text).length > RICH_TEXT_LIMITS.characters) {
    issues.push({ problem: 'too-long', block: null });
  }
  text.forEach((block, index) => {
    const place = index + 1;
    if (block.type === 'table') {
      const width = block.rows[0]?.length ?? 0;
      if (block.rows.length === 0 || width === 0)
        issues.push({ problem: 'empty-block', block: place });
      if (width > RICH_TEXT_LIMITS.tableColumns)
        issues.push({ problem: 'table-too-wide', block: place });
      if (block.rows.length > RICH_TEXT_LIMITS.tableRows) {
        issues.push({ problem: 'table-too-long', block: place });
      }
      if (block.rows.some((row) => row.length !== width)) {
        issues.push({ problem: 'ragged-table', block: place });
      }
    } else if (plainText([block]).trim() === '') {
      issues.push({ problem: 'empty-block', block: place });
    }
  });
  return issues;
}
