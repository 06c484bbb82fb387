import { useEffect, useRef, useState, type ReactNode } from 'react';

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

/**
 * A form opened from a table row's button, drawn under the table: shown and its first field
 * focused when it opens, so the user (and the keyboard) is where the button sent them.
 */
export function OpenedForm({ children }: { readonly children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = place.current;
    if (!frame) return;
    frame.scrollIntoView({ block: 'nearest' });
    frame.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
  }, []);
  return <div ref={place}>{children}</div>;
}
