import type { ReactNode } from 'react';
import type { Submission } from '../api/use-submit';
import { SubmitForm } from './FormFields';
import { ErrorAlert } from './StatusMessages';

/**
/**
 * A form opened on a page: its heading (focused when it opens), the server's refusal, the
 * fields, and Save and Cancel.
 */
export function FormSection({
  level = 3,
  headingId,
  title,
  submission,
  onSubmit,
  submitLabel,
  busyLabel,
  onCancel,
  children,
}: {
  /** The heading's level: 3 under a page's section (the default), 2 directly under the page. */
  readonly level?: 2 | 3;
  readonly headingId: string;
  readonly title: string;
  readonly submission: Submission;
  readonly onSubmit: () => Promise<void>;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section admin-form" aria-labelledby={headingId}>
      <Heading id={headingId} className="section__title" tabIndex={-1}>
        {title}
      </Heading>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={onSubmit}>
        {children}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {submission.busy ? busyLabel : submitLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
