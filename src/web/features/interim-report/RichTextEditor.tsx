import { useEffect, useRef } from 'react';
import { richTextFromPasted } from '#domain/interim-report/pasted-html';
import type { RichText } from '#domain/interim-report/rich-text';
import { richTextToHtml } from '#domain/interim-report/rich-text-html';
import { pastedHtmlNodes, pastedNodesOf, pastedTextNodes } from './pasted-dom';

/**
 * contenteditable's own formatting (bold, lists, headings): deprecated in the standard, yet the
 * only editing built into browsers, and kept by Chromium and Firefox. What it makes is read
 * back and cleaned like a paste, so nothing but the rich text's structure is saved.
 */
function runEditingCommand(name: string, value?: string): void {
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  document.execCommand(name, false, value);
}

/** Puts the cleaned HTML where the caret is (replacing a selection), the caret after it. */
function insertAtCaret(html: string): void {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const template = document.createElement('template');
  template.innerHTML = html;
  const last = template.content.lastChild;
  range.insertNode(template.content);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/**
 * A section's text, written in place: paragraphs, subheadings, bulleted and numbered lists,
 * bold and italic, and the tables pasted from Word. What is pasted is cleaned to that
 * structure (fonts, colours and Word's own markup dropped) before it is inserted; what the
 * editor holds is read back the same way, so what it shows is what is saved.
 */
export function RichTextEditor({
  id,
  label,
  initial,
  onChange,
  readOnly,
}: {
  readonly id: string;
  readonly label: string;
  /** The text to start from; a new value (another revision) replaces what is in the editor. */
  readonly initial: RichText;
  readonly onChange: (text: RichText) => void;
  readonly readOnly: boolean;
}) {
  const editor = useRef<HTMLDivElement>(null);
  const html = richTextToHtml(initial);

  useEffect(() => {
    // The editor's content is the browser's while the user writes; set it only from outside.
    if (editor.current) editor.current.innerHTML = html;
  }, [html]);

  const read = (): void => {
    if (editor.current) onChange(richTextFromPasted(pastedNodesOf(editor.current)));
  };
  const command = (name: string, value?: string): void => {
    editor.current?.focus();
    runEditingCommand(name, value);
    read();
  };

  return (
    <div className="rich-text">
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      {readOnly ? null : (
        <div className="rich-text__toolbar" role="toolbar" aria-label="Formatering">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              command('bold');
            }}
          >
            Fet
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              command('italic');
            }}
          >
            Kursiv
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              command('formatBlock', 'h3');
            }}
          >
            Mellanrubrik
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              command('formatBlock', 'p');
            }}
          >
            Brödtext
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              command('insertUnorderedList');
            }}
          >
            Punktlista
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              command('insertOrderedList');
            }}
          >
            Numrerad lista
          </button>
        </div>
      )}
      <div
        id={id}
        ref={editor}
        className="rich-text__area"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-readonly={readOnly}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        onInput={read}
        onPaste={(event) => {
          event.preventDefault();
          const pastedHtml = event.clipboardData.getData('text/html');
          const nodes =
            pastedHtml === ''
              ? pastedTextNodes(event.clipboardData.getData('text/plain'))
              : pastedHtmlNodes(pastedHtml);
          insertAtCaret(richTextToHtml(richTextFromPasted(nodes)));
          read();
        }}
      />
    </div>
  );
}
