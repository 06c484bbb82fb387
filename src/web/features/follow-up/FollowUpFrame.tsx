import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';

/** A follow-up page's frame: heading, period choice, then what there is to show. */
export function FollowUpFrame({
  title,
  controls,
  busy = false,
  className,
  children,
}: {
  readonly title: string;
  readonly controls?: ReactNode;
  readonly busy?: boolean;
  /** The page's own class, beside "page follow-up". */
  readonly className?: string;
  readonly children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className={`page follow-up${className ? ` ${className}` : ''}`} aria-busy={busy}>
      <h1 className="page__title">{title}</h1>
      {controls}
      {children}
    </div>
  );
}
