import { useId, useState } from 'react';
import { setFollowUpMonth, type FollowUpView } from '#contract/follow-up';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { explainRefusal } from './follow-up-errors';
import { monthEventSv, monthYearSv } from './follow-up-text';
import { PublishQuestion } from './PublishQuestion';

/** What has happened to the month: published and reopened, by whom and when, oldest first. */
export function MonthEvents({ events }: { readonly events: FollowUpView['events'] }) {
  if (events.length === 0) return <p>Månadsrapporten har inte publicerats.</p>;
  return (
    <ul className="month-events">
      {events.map((event, index) => (
        <li key={`${event.at}-${String(index)}`}>{monthEventSv(event)}</li>
      ))}
    </ul>
  );
}

/**
 * The controller publishes the month's report (the month is then locked: units and
 * controller change nothing) or opens it again with a reason, which is recorded.
 */
export function MonthPublication({
  choice,
  view,
  onChanged,
}: {
  readonly choice: BoardChoice;
  readonly view: FollowUpView;
  readonly onChanged: (view: FollowUpView) => void;
}) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const submission = useSubmit('Månaden kunde inte ändras.');
  const period = monthYearSv(view.year, view.month);

  const change = async (kind: 'publish' | 'reopen') => {
    setDone(null);
    if (kind === 'reopen' && reason.trim() === '') {
      setReasonError('Skriv varför månaden öppnas igen.');
      return;
    }
    setReasonError(null);
    const answer = await submission.run(() =>
      explainRefusal(() =>
        apiPost(
          setFollowUpMonth,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          {
            year: view.year,
            month: view.month,
            kind,
            reason: kind === 'reopen' ? reason.trim() : '',
          },
        ),
      ),
    );
    if (answer) {
      setReason('');
      setDone(
        kind === 'publish'
          ? `Månadsrapporten för ${period} är publicerad och månaden är låst.`
          : `Månaden ${period} är öppen igen.`,
      );
      onChanged(answer);
    }
  };

  return (
    <section className="section" aria-labelledby="publication-title">
      <h2 id="publication-title" className="section__title">
        Publicering
      </h2>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {view.locked ? (
        <SubmitForm
          className="stacked-form"
          busy={submission.busy}
          onSubmit={() => change('reopen')}
        >
          <p>
            Månadsrapporten för {period} är publicerad. Öppna månaden igen om något måste ändras;
            skälet sparas.
          </p>
          <div className={reasonError ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={reasonId}>
              Skäl att öppna igen
            </label>
            {reasonError ? (
              <span id={`${reasonId}-error`} className="field__error">
                <span className="visually-hidden">Fel: </span>
                {reasonError}
              </span>
            ) : null}
            <textarea
              id={reasonId}
              className="field__input field__textarea"
              rows={3}
              maxLength={2000}
              value={reason}
              aria-required
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={submission.busy}>
              {submission.busy ? 'Öppnar …' : 'Öppna igen'}
            </button>
          </div>
        </SubmitForm>
      ) : (
        <div className="form-actions">
          <p className="form-actions__hint">
            När månadsrapporten publiceras låses {period}: prognoser, kommentarer och status ändras
            inte förrän månaden öppnas igen.
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={submission.busy}
            onClick={() => {
              setDone(null);
              setAsking(true);
            }}
          >
            {submission.busy ? 'Publicerar …' : 'Publicera'}
          </button>
        </div>
      )}
      {asking ? (
        <ConfirmDialog
          title={`Publicera månadsrapporten för ${period}?`}
          confirmLabel="Publicera"
          onConfirm={() => {
            setAsking(false);
            void change('publish');
          }}
          onCancel={() => {
            setAsking(false);
          }}
        >
          <PublishQuestion rows={view.rows} period={period} />
        </ConfirmDialog>
      ) : null}
      <p role="status" className="form-actions__hint">
        {done ?? ''}
      </p>
      <h3 className="section__subtitle">Händelser</h3>
      <MonthEvents events={view.events} />
    </section>
  );
}
