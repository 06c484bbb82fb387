import { useId, useState } from 'react';
import { getUnitReport, reviewUnitReport, type UnitReport } from '#contract/follow-up';
import {
  FOLLOW_UP_STATUS_NAMES_SV,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
} from '#domain/follow-up/follow-up-status';
import { apiGet, apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { TextAreaField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { explainRefusal, savedElsewhere, type SavedElsewhere } from './follow-up-errors';

const isFollowUpStatus = (value: string): value is FollowUpStatus =>
  (FOLLOW_UP_STATUSES as readonly string[]).includes(value);

/** The controller approves the submitted report or returns it with a remark. */
export function ReviewSection({
  report,
  params,
  onReviewed,
  onStale,
}: {
  readonly report: UnitReport;
  readonly params: { municipalityId: string; boardId: string; orgUnitId: string };
  readonly onReviewed: (report: UnitReport, message: string) => void;
  /** Reviewed by someone else meanwhile: the report as it is now, and what happened. */
  readonly onStale: (report: UnitReport, message: string) => void;
}) {
  const id = useId();
  const [remark, setRemark] = useState('');
  const [remarkError, setRemarkError] = useState<string | null>(null);
  const submission = useSubmit('Granskningen kunde inte sparas.');
  const canApprove = report.actions.includes('approve');
  const canReturn = report.actions.includes('return');
  if (!canApprove && !canReturn) return null;

  const review = async (decision: 'approve' | 'return') => {
    if (decision === 'return' && remark.trim() === '') {
      setRemarkError('Skriv vad enheten ska ändra innan rapporten återskickas.');
      return;
    }
    setRemarkError(null);
    const outcome: { stale: SavedElsewhere | null } = { stale: null };
    const answer = await submission.run(async () => {
      try {
        return await explainRefusal(() =>
          apiPost(
            reviewUnitReport,
            params,
            {},
            {
              year: report.year,
              month: report.month,
              decision,
              remark: remark.trim(),
              // Reviewed from the status shown: another controller's review since is refused.
              baseStatus: report.status,
            },
          ),
        );
      } catch (error) {
        outcome.stale = savedElsewhere(error, 'status');
        throw error;
      }
    });
    const stale = outcome.stale;
    if (stale) {
      const fresh = await apiGet(getUnitReport, params, {
        year: report.year,
        month: report.month,
      }).catch(() => null);
      const status = isFollowUpStatus(stale.theirs)
        ? FOLLOW_UP_STATUS_NAMES_SV[stale.theirs]
        : stale.theirs;
      if (fresh)
        onStale(
          fresh,
          `${stale.savedBy ?? 'Någon annan'} har redan ändrat rapportens status till ${status}. Din granskning sparades inte.`,
        );
    }
    if (answer) {
      setRemark('');
      onReviewed(
        answer,
        decision === 'approve' ? 'Rapporten är godkänd.' : 'Rapporten är återskickad till enheten.',
      );
    }
  };

  return (
    <section className="section" aria-labelledby="review-title">
      <h2 id="review-title" className="section__title">
        Granskning
      </h2>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <TextAreaField
        id={id}
        label="Kommentar till enheten"
        hint="Krävs när rapporten återskickas."
        error={remarkError ?? undefined}
        rows={3}
        maxLength={2000}
        value={remark}
        onChange={setRemark}
      />
      <div className="form-actions">
        {canApprove ? (
          <button
            type="button"
            className="button button--primary"
            disabled={submission.busy}
            onClick={() => {
              void review('approve');
            }}
          >
            Godkänn
          </button>
        ) : null}
        {canReturn ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={submission.busy}
            onClick={() => {
              void review('return');
            }}
          >
            Återskicka
          </button>
        ) : null}
      </div>
    </section>
  );
}
