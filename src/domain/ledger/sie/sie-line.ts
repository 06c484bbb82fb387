/**
 * The SIE 4 line grammar (SIE filformat 4B, chapter 5): an item is a label (#VER, #TRANS, ...)
 * followed by fields separated by spaces or tabs. A field is a bare word, a string in quotes
 * (a quote inside is written \"), or an object list in braces ({1 "100" 6 "P7"}). The lines
 * "{" and "}" open and close a verification's block of transactions.
 */
export type SieField =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export type SieLine =
  | { readonly kind: 'empty' }
  | { readonly kind: 'block-start' }
  | { readonly kind: 'block-end' }
  | { readonly kind: 'item'; readonly label: string; readonly fields: readonly SieField[] }
  | { readonly kind: 'not-an-item'; readonly text: string }
  | { readonly kind: 'malformed'; readonly problem: 'unterminated-quote' | 'unterminated-list' };

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const HASH = 35;
const CARRIAGE_RETURN = 13;

// DOS end-of-file (^Z, 0x1A) counts as blank.
const isBlank = (code: number): boolean =>
  code === SPACE || code === TAB || code === CARRIAGE_RETURN || code === 0x1a;

/** Reads a quoted string starting after its opening quote; returns the text and where it ended. */
function readQuoted(line: string, start: number): { text: string; end: number } | undefined {
  let text = '';
  let from = start;
  for (let index = start; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === BACKSLASH && line.charCodeAt(index + 1) === QUOTE) {
      text += `${line.slice(from, index)}"`;
      index += 1;
      from = index + 1;
    } else if (code === QUOTE) {
      return { text: text + line.slice(from, index), end: index + 1 };
    }
  }
  return undefined;
}

/** Reads a bare word: up to a blank, a quote or a brace. */
function readWord(line: string, start: number): number {
  let index = start;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    if (isBlank(code) || code === QUOTE || code === OPEN_BRACE || code === CLOSE_BRACE) break;
    index += 1;
  }
  return index;
}

/** Splits one line of an SIE file into its label and fields. */
export function parseSieLine(line: string): SieLine {
  let index = 0;
  while (index < line.length && isBlank(line.charCodeAt(index))) index += 1;
  if (index >= line.length) return { kind: 'empty' };
  const first = line.charCodeAt(index);
  if (first === OPEN_BRACE || first === CLOSE_BRACE) {
    const rest = line.slice(index + 1).trim();
    if (rest === '') return { kind: first === OPEN_BRACE ? 'block-start' : 'block-end' };
  }
  if (first !== HASH) return { kind: 'not-an-item', text: line.slice(index) };

  const labelEnd = readWord(line, index);
  const label = line.slice(index, labelEnd).toUpperCase();
  const fields: SieField[] = [];
  index = labelEnd;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    if (isBlank(code)) {
      index += 1;
    } else if (code === QUOTE) {
      const quoted = readQuoted(line, index + 1);
      if (!quoted) return { kind: 'malformed', problem: 'unterminated-quote' };
      fields.push({ kind: 'text', text: quoted.text, quoted: true });
      index = quoted.end;
    } else if (code === OPEN_BRACE) {
      const items: string[] = [];
      index += 1;
      let closed = false;
      while (index < line.length) {
        const inner = line.charCodeAt(index);
        if (isBlank(inner)) {
          index += 1;
        } else if (inner === CLOSE_BRACE) {
          index += 1;
          closed = true;
          break;
        } else if (inner === QUOTE) {
          const quoted = readQuoted(line, index + 1);
          if (!quoted) return { kind: 'malformed', problem: 'unterminated-quote' };
          items.push(quoted.text);
          index = quoted.end;
        } else {
          const end = readWord(line, index);
          if (end === index) {
            // A stray brace or quote inside the list.
            return { kind: 'malformed', problem: 'unterminated-list' };
          }
          items.push(line.slice(index, end));
          index = end;
        }
      }
      if (!closed) return { kind: 'malformed', problem: 'unterminated-list' };
      fields.push({ kind: 'list', items });
    } else {
      const end = readWord(line, index);
      if (end === index) {
        // A closing brace outside a list: keep it as a word so the item can be refused by meaning.
        fields.push({ kind: 'text', text: line[index] ?? '', quoted: false });
        index += 1;
      } else {
        fields.push({ kind: 'text', text: line.slice(index, end), quoted: false });
        index = end;
      }
    }
  }
  return { kind: 'item', label, fields };
}
