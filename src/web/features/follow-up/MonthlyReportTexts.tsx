import { useState } from 'react';
import { getMonthlyReportTexts, saveMonthlyReportText } from '../../../contract/follow-up';
import {
  MONTHLY_REPORT_TEXT_NAMES_SV,
  MONTHLY_REPORT_TEXT_SECTIONS,
  type MonthlyReportTextSection,
} from '../../../domain/follow-up/monthly-report-document';
import { apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import type { PagePeriod } from './follow-up-text';

const HINTS_SV: Readonly<Record<MonthlyReportTextSection, string>> = {
  result: 'Efter meningarna om resultatet, t.ex. vad avvikelsen beror på.',
  forecast: 'Efter den totala prognosen, t.ex. vad som väntas till årets slut.',
  investments: 'Efter investeringarnas budget och utfall.',
  summary: 'Sammanfattande kommentarer till kommunstyrelsen (FU).',
};

type Saved = { readonly body: string; readonly revision: number | null };

/** One text of the report, saved on its own with the revision it was read at. */
function TextForm({
  choice,
  period,
  section,
  saved,
  editable,
}: {
  readonly choice: BoardChoice;
  readonly period: PagePeriod;
  readonly section: MonthlyReportTextSection;
  readonly saved: Saved;
  readonly editable: boolean;
}) {
  const [body, setBody] = useState(saved.body);
  const [revision, setRevision] = useState(saved.revision);
  const [done, setDone] = useState(false);
  const submission = useSubmit('Texten kunde inte sparas.');
  const name = MONTHLY_REPORT_TEXT_NAMES_SV[section];
  if (!editable) {
    return saved.body.trim() === '' ? null : (
      <div className="budget-text">
        <h3 className="section__subtitle">{name}</h3>
        <p className="budget-text__body">{saved.body}</p>
      </div>
    );
  }
  const submit = async () => {
    const answer = await submission.run(() =>
      apiPost(
        saveMonthlyReportText,
        { municipalityId: choice.municipality.id, boardId: choice.board.id },
        {},
        { year: period.year, month: period.month, section, body, baseRevision: revision },
      ),
    );
    if (answer) {
      setRevision(answer.texts.find((text) => text.section === section)?.revision ?? null);
      setDone(true);
    }
  };
  return (
    <SubmitForm className="stacked-form report-text-form" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <TextAreaField
        id={`report-text-${section}`}
        label={name}
        hint={HINTS_SV[section]}
        value={body}
        onChange={(next) => {
          setDone(false);
          setBody(next);
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submission.busy}>
          {submission.busy ? 'Sparar …' : `Spara ${name}`}
        </button>
        <span className="form-actions__hint" role="status">
          {done ? `${name}: sparad.` : ''}
        </span>
      </div>
    </SubmitForm>
  );
}

/**
 * The controller's own texts of the month's report, each placed after the sentences the
 * figures give in its section; others read them.
 */
export function MonthlyReportTexts({
  choice,
  period,
  editable,
}: {
  readonly choice: BoardChoice;
  readonly period: PagePeriod;
  readonly editable: boolean;
}) {
  const { state, retry } = useApiGet(
    getMonthlyReportTexts,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    { year: period.year, month: period.month },
  );
  return (
    <section className="section" aria-labelledby="report-texts-title">
      <h2 id="report-texts-title" className="section__title">
        Rapportens texter
      </h2>
      {state.status === 'loading' ? <LoadingMessage>Hämtar texterna …</LoadingMessage> : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {state.status === 'success'
        ? MONTHLY_REPORT_TEXT_SECTIONS.map((section) => {
            const text = state.data.texts.find((candidate) => candidate.section === section);
            return (
              <TextForm
                key={`${String(period.year)}-${String(period.month)}-${section}`}
                choice={choice}
                period={period}
                section={section}
                saved={{ body: text?.body ?? '', revision: text?.revision ?? null }}
                editable={editable}
              />
            );
          })
        : null}
    </section>
  );
}
