import type { ReactNode } from 'react';
import type { Submission } from '../../api/use-submit';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

/**
 * A form opened on an administration page: its heading (focused when it opens), the server's
 * refusal, the fields, and Save and Cancel.
 */
export function AdminFormSection({
  headingId,
  title,
  submission,
  onSubmit,
  submitLabel,
  busyLabel,
  onCancel,
  children,
}: {
  readonly headingId: string;
  readonly title: string;
  readonly submission: Submission;
  readonly onSubmit: () => Promise<void>;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  return (
    <section className="section admin-form" aria-labelledby={headingId}>
      <h3 id={headingId} className="section__title" tabIndex={-1}>
        {title}
      </h3>
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
