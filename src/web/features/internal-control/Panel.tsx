import { useState, type ReactNode } from 'react';

/** A panel that opens on demand; its content is made only once opened (as the goals' panels). */
export function Panel({
  summary,
  children,
}: {
  readonly summary: string;
  readonly children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="ic-panel"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}

/** Paragraphs parted by a blank line. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
