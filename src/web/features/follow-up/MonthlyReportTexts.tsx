import { useState } from 'react';
import { getMonthlyReportTexts, saveMonthlyReportText } from '#contract/follow-up';
import {
  MONTHLY_REPORT_TEXT_NAMES_SV,
  MONTHLY_REPORT_TEXT_SECTIONS,
  type MonthlyReportTextSection,
} from '#domain/follow-up/monthly-report-document';
import { apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import type { BoardChoice } from '../../app/board-context';
import { SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { ConflictVersions } from './ConflictVersions';
import { savedElsewhere, withRefusalText, type SavedElsewhere } from './follow-up-errors';
import type { PagePeriod } from './follow-up-text';

const HINTS_SV: Readonly<Record<MonthlyReportTextSection, string>> = {
  result: 'Efter meningarna om resultatet, t.ex. vad avvikelsen beror på.',
  forecast: 'Efter den totala prognosen, t.ex. vad som väntas till årets slut.',
  investments: 'Efter investeringarnas budget och utfall.',
  summary: 'Sammanfattande kommentarer till kommunstyrelsen (FU).',
};

type Saved = { readonly body: string; readonly revision: number | null };

/** Someone else saved the text first: their version beside the user's, which stays in the field. */
function TextConflict({
  name,
  mine,
  conflict,
  onTakeSaved,
}: {
  readonly name: string;
  readonly mine: string;
  readonly conflict: SavedElsewhere;
  readonly onTakeSaved: () => void;
}) {
  return (
    <div role="alert" className="message message--error conflict">
      <p className="message__text">
        {conflict.savedBy ?? 'Någon annan'} har sparat {name} medan du skrev. Din text finns kvar i
        fältet: ta den sparade versionen, eller spara igen för att ersätta den med din.
      </p>
      <ConflictVersions
        mine={mine.trim() === '' ? '(tom)' : mine}
        theirs={conflict.theirs === '' ? '(tom)' : conflict.theirs}
        savedBy={conflict.savedBy}
        savedAt={conflict.savedAt}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={onTakeSaved}
      >
        Ta den sparade versionen<span className="visually-hidden"> av {name}</span>
      </button>
    </div>
  );
}

/**
 * One text of the report, saved on its own with the revision it was read at. Refused because
 * someone else saved it first, it shows their version and saves over it the next time.
 */
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
  const [conflict, setConflict] = useState<SavedElsewhere | null>(null);
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
    const outcome: { refused: SavedElsewhere | null } = { refused: null };
    const answer = await submission.run(async () => {
      try {
        return await apiPost(
          saveMonthlyReportText,
          { municipalityId: choice.municipality.id, boardId: choice.board.id },
          {},
          { year: period.year, month: period.month, section, body, baseRevision: revision },
        );
      } catch (error) {
        outcome.refused = savedElsewhere(error, section);
        throw withRefusalText(error);
      }
    });
    setConflict(outcome.refused);
    // Their version is the one to save over now: the user has seen it.
    if (outcome.refused) setRevision(outcome.refused.revision);
    if (answer) {
      setRevision(answer.texts.find((text) => text.section === section)?.revision ?? null);
      setDone(true);
    }
  };
  return (
    <SubmitForm className="stacked-form report-text-form" busy={submission.busy} onSubmit={submit}>
      {conflict ? (
        <TextConflict
          name={name}
          mine={body}
          conflict={conflict}
          onTakeSaved={() => {
            setBody(conflict.theirs);
            setConflict(null);
            submission.clear();
          }}
        />
      ) : submission.failure ? (
        <ErrorAlert message={submission.failure} />
      ) : null}
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
