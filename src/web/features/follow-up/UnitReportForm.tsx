import { useRef, useState } from 'react';
import { getUnitReport, saveUnitReport, type UnitReport } from '#contract/follow-up';
import { FOLLOW_UP_STATUS_NAMES_SV } from '#domain/follow-up/follow-up-status';
import { reportedStateOf } from '#domain/follow-up/unreported-units';
import { formatTkr } from '#domain/kernel/format';
import { apiGet, apiPost, ApiError } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { FactList } from '../../ui/FactList';
import { ErrorAlert, InfoNote } from '../../ui/StatusMessages';
import { withRefusalText } from './follow-up-errors';
import { FIGURE_COLUMNS, FIGURE_NAMES_SV, timeSv } from './follow-up-text';
import { ForecastTable } from './ForecastTable';
import { ReportConflictNotice } from './ReportConflictNotice';
import { ReportTextField, ReportTextShown } from './ReportTextFields';
import { ReviewSection } from './ReviewSection';
import { UnitPlacements } from './UnitPlacements';
import {
  changedFields,
  draftOf,
  readReport,
  rebaseOnSaved,
  takeProposal,
  takeSaved,
  typeForecast,
  type ReportConflict,
  type ReportDraft,
  type ReportErrors,
} from './report-form';

/** The unit's figures at the month: actual, budget and variance to date; the forecast. */
function UnitFigures({ report }: { readonly report: UnitReport }) {
  return (
    <section className="section section--first" aria-labelledby="unit-figures-title">
      <h2 id="unit-figures-title" className="section__title">
        Enhetens resultat
      </h2>
      <FactList
        compact
        facts={FIGURE_COLUMNS.map((column) => {
          const value = report.figures[column];
          return [
            FIGURE_NAMES_SV[column],
            value === null ? (
              'ingen föregående månad'
            ) : (
              <span className="amount">{formatTkr(value)} tkr</span>
            ),
          ] as const;
        })}
      />
    </section>
  );
}

/** "Karin Ek, 2023-09-12 14:05" (Swedish time). */
const approvedSv = (approved: NonNullable<UnitReport['approved']>): string =>
  `${approved.by ? `${approved.by}, ` : ''}${timeSv(approved.at)}`;

type SaveOutcome =
  | { readonly kind: 'saved'; readonly report: UnitReport }
  | { readonly kind: 'conflict'; readonly fresh: UnitReport; readonly message: string };

/**
 * The unit's report for the month as a form: forecasts per account group (typed, or a
 * proposal taken) with a comment on them, the comment and the action, saved as a draft or
 * submitted; the controller's review. The form keeps the user's edits whatever the server answers.
 */
export function UnitReportForm({
  choice,
  initial,
}: {
  readonly choice: BoardChoice;
  readonly initial: UnitReport;
}) {
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<ReportErrors>({});
  const [conflicts, setConflicts] = useState<readonly ReportConflict[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submission = useSubmit('Rapporten kunde inte sparas.');
  const statusRef = useRef<HTMLHeadingElement>(null);
  const params = {
    municipalityId: choice.municipality.id,
    boardId: choice.board.id,
    orgUnitId: base.orgUnit.id,
  };
  const canSave = base.actions.includes('save');
  const canSubmit = base.actions.includes('submit');
  const editable = !base.locked && (canSave || canSubmit);
  const changed = changedFields(base, draft).length;

  const edit = (next: (current: ReportDraft) => ReportDraft) => {
    setMessage(null);
    setDraft(next);
  };

  /** Saved (or reviewed): the report as saved, the form on it. */
  const settle = (report: UnitReport, text: string) => {
    setBase(report);
    setDraft(draftOf(report));
    setConflicts([]);
    setMessage(text);
  };

  /** Someone else saved first: the report as it is now, the user's edits kept; the conflicts. */
  const rebase = (fresh: UnitReport) => {
    const rebased = rebaseOnSaved(base, draft, fresh);
    setBase(fresh);
    setDraft(rebased.draft);
    setConflicts(rebased.conflicts);
    return rebased.conflicts;
  };

  const send = async (intent: 'save' | 'submit') => {
    setMessage(null);
    setRefusal(null);
    const read = readReport(base, draft, intent);
    setErrors(read.errors);
    const body = read.body;
    if (!body) return;
    const outcome = await submission.run(async (): Promise<SaveOutcome> => {
      try {
        return { kind: 'saved', report: await apiPost(saveUnitReport, params, {}, body) };
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'conflict') throw error;
        const fresh = await apiGet(getUnitReport, params, { year: base.year, month: base.month });
        const explained = withRefusalText(error);
        const message = explained instanceof Error ? explained.message : error.message;
        return { kind: 'conflict', fresh, message };
      }
    });
    if (!outcome) return;
    if (outcome.kind === 'saved') {
      settle(
        outcome.report,
        intent === 'submit' ? 'Rapporten är inlämnad.' : 'Utkastet är sparat.',
      );
      return;
    }
    // Refused for another reason (the month was locked, the report approved): say so.
    if (rebase(outcome.fresh).length === 0) setRefusal(outcome.message);
  };

  const reviewed = (report: UnitReport, text: string) => {
    settle(report, text);
    statusRef.current?.focus();
  };

  // Someone else reviewed it first: the report as it is now, the user's edits kept.
  const overtaken = (fresh: UnitReport, text: string) => {
    rebase(fresh);
    setMessage(null);
    setRefusal(text);
    statusRef.current?.focus();
  };

  return (
    <>
      {base.locked ? (
        <InfoNote>
          Månaden är publicerad och låst. Rapporten visas som den lämnades; inget kan ändras förrän
          en controller öppnar månaden igen.
          {reportedStateOf(base.status) === 'not-submitted'
            ? ' Enheten lämnade inte in rapporten: i den publicerade rapporten står den som ej rapporterad av enheten, med controllerns prognos.'
            : ''}
        </InfoNote>
      ) : null}
      <section className="section section--first" aria-labelledby="report-status-title">
        <h2 id="report-status-title" ref={statusRef} tabIndex={-1} className="section__title">
          Rapportens status
        </h2>
        <FactList
          facts={[
            [
              'Status',
              <span key="status" className={`status-tag status-tag--${base.status}`}>
                {FOLLOW_UP_STATUS_NAMES_SV[base.status]}
              </span>,
            ],
            ...(base.approved ? [['Godkänd av', approvedSv(base.approved)] as const] : []),
            ...(base.remark ? [['Controllerns kommentar', base.remark] as const] : []),
          ]}
        />
        {base.status === 'approved' && !base.locked && !editable ? (
          <p className="section__intro">
            Rapporten är godkänd och kan inte ändras.
            {base.actions.includes('return')
              ? ' Återskicka den till enheten om något måste ändras.'
              : ''}
          </p>
        ) : null}
      </section>
      <UnitFigures report={base} />
      <section className="section" aria-labelledby="forecast-title">
        <h2 id="forecast-title" className="section__title">
          Prognos för helåret
        </h2>
        {editable ? (
          <p className="section__intro">
            Skriv prognosen för helåret per kontogrupp i hela tkr (kostnader med minustecken), eller
            ta ett av förslagen. Utan ny prognos gäller föregående prognos, annars budgeten.
          </p>
        ) : null}
        <ForecastTable
          report={base}
          draft={draft}
          editable={editable}
          errors={errors}
          onType={(group, text) => {
            edit((current) => typeForecast(current, group, text));
          }}
          onTake={(group, proposal) => {
            edit((current) => takeProposal(current, group, proposal));
          }}
        />
        {base.placements ? <UnitPlacements placements={base.placements} /> : null}
        {editable ? (
          <div className="stacked-form report-texts">
            <ReportTextField
              label="Kommentar till prognosen"
              value={draft.forecastComment}
              required={false}
              error={errors.forecastComment}
              saved={base.forecastComment}
              onChange={(forecastComment) => {
                edit((current) => ({ ...current, forecastComment }));
              }}
            />
          </div>
        ) : (
          <ReportTextShown
            label="Kommentar till prognosen"
            text={base.forecastComment?.body ?? ''}
          />
        )}
      </section>
      <section className="section" aria-labelledby="texts-title">
        <h2 id="texts-title" className="section__title">
          Kommentar och åtgärd
        </h2>
        {base.requirement.reasons.length > 0 ? (
          <div className="message message--info">
            <p className="message__text">{base.requirement.reasons.join(' ')}</p>
          </div>
        ) : null}
        {editable ? (
          <div className="stacked-form report-texts">
            <ReportTextField
              label="Kommentar till avvikelsen"
              value={draft.comment}
              required={base.requirement.commentRequired}
              error={errors.comment}
              saved={base.comment}
              onChange={(comment) => {
                edit((current) => ({ ...current, comment }));
              }}
            />
            <ReportTextField
              label="Åtgärd till avvikelsen"
              value={draft.action}
              required={base.requirement.actionRequired}
              error={errors.action}
              saved={base.action}
              onChange={(action) => {
                edit((current) => ({ ...current, action }));
              }}
            />
          </div>
        ) : (
          <>
            <ReportTextShown label="Kommentar till avvikelsen" text={base.comment?.body ?? ''} />
            <ReportTextShown label="Åtgärd till avvikelsen" text={base.action?.body ?? ''} />
          </>
        )}
      </section>
      {conflicts.length > 0 ? (
        <ReportConflictNotice
          conflicts={conflicts}
          onTakeSaved={(conflict) => {
            edit((current) => takeSaved(current, base, conflict.field));
            setConflicts((current) => current.filter((c) => c.field !== conflict.field));
          }}
        />
      ) : null}
      {refusal ? <ErrorAlert message={refusal} /> : null}
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {Object.keys(errors).length > 0 ? (
        <ErrorAlert message="Rapporten sparades inte: rätta de markerade fälten." />
      ) : null}
      {editable ? (
        <div className="form-actions report-actions">
          {canSave ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={submission.busy}
              onClick={() => {
                void send('save');
              }}
            >
              Spara utkast
            </button>
          ) : null}
          {canSubmit ? (
            <button
              type="button"
              className="button button--primary"
              disabled={submission.busy}
              onClick={() => {
                void send('submit');
              }}
            >
              Lämna in
            </button>
          ) : null}
          <span className="form-actions__hint" role="status">
            {submission.busy
              ? 'Sparar …'
              : (message ??
                (changed > 0
                  ? `${String(changed)} ${changed === 1 ? 'osparad ändring' : 'osparade ändringar'}.`
                  : ''))}
          </span>
        </div>
      ) : (
        <p className="form-actions__hint" role="status">
          {message ?? ''}
        </p>
      )}
      {base.locked ? null : (
        <ReviewSection report={base} params={params} onReviewed={reviewed} onStale={overtaken} />
      )}
    </>
  );
}
