import { useState } from 'react';
import { getBudgetTexts, saveBudgetText, type BudgetText } from '#contract/budget';
import { BUDGET_TEXT_SECTION_NAMES_SV, BUDGET_TEXT_SECTIONS } from '#domain/budget/budget-document';
import { ACCOUNT_GROUP_NAMES_SV, OPERATING_COST_GROUPS } from '#domain/ledger/account-group';
import { apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { SubmitForm, TextAreaField } from '../../ui/FormFields';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';

/** What another saved, from a refusal's details: the text, its revision, who and when. */
function savedByOther(section: string, details: Readonly<Record<string, unknown>>): BudgetText {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    section,
    body: text(details.value) ?? '',
    revision: typeof details.revision === 'number' ? details.revision : 1,
    updatedAt: text(details.savedAt),
    updatedBy: text(details.savedBy),
  };
}

const GROUP_SECTIONS = (['operating_revenue', ...OPERATING_COST_GROUPS] as const).map((group) => ({
  key: `group:${group}`,
  label: `Kommentar: ${ACCOUNT_GROUP_NAMES_SV[group]}`,
}));

const SECTIONS = [
  ...BUDGET_TEXT_SECTIONS.map((section) => ({
    key: section,
    label: BUDGET_TEXT_SECTION_NAMES_SV[section],
  })),
  ...GROUP_SECTIONS,
];

function TextForm({
  year,
  section,
  label,
  saved,
  proposal,
  editable,
}: {
  readonly year: number;
  readonly section: string;
  readonly label: string;
  readonly saved: BudgetText | undefined;
  readonly proposal: string | null;
  readonly editable: boolean;
}) {
  const { municipality, board } = useSelectedBoard();
  /** The text as stored (an emptied one is there with body '', for its revision). */
  const [stored, setStored] = useState(saved);
  const shown = stored?.body ? stored : undefined;
  const [body, setBody] = useState(shown?.body ?? proposal ?? '');
  const [message, setMessage] = useState<string | null>(null);
  /** Another's text, saved after this one was opened: shown beside the user's to compare. */
  const [theirs, setTheirs] = useState<BudgetText | null>(null);
  const submission = useSubmit('Texten kunde inte sparas.');
  const id = `budget-text-${section.replace(/[^a-z]/g, '-')}`;
  const hint =
    proposal !== null && shown === undefined
      ? 'Förslag skrivet utifrån siffrorna. Ändra fritt och spara; töm rutan för att få förslaget igen.'
      : shown
        ? `Sparad av ${shown.updatedBy ?? 'okänd'}.`
        : 'Stycken skiljs åt med en tom rad. Tom text kommer inte med i dokumentet.';
  if (!editable) {
    return (
      <div className="budget-text">
        <h3 className="field__label">{label}</h3>
        <p className="budget-text__body">{shown?.body ?? proposal ?? '–'}</p>
      </div>
    );
  }
  return (
    <SubmitForm
      className="stacked-form budget-text"
      busy={submission.busy}
      onSubmit={async () => {
        const answer = await submission.run(() =>
          refreshOnEditConflict(
            () =>
              apiPost(
                saveBudgetText,
                { municipalityId: municipality.id, boardId: board.id },
                {},
                { year, section, body, baseRevision: stored?.revision ?? null },
              ),
            (error) => {
              const other = savedByOther(section, error.details);
              setStored(other);
              setTheirs(other);
            },
          ),
        );
        if (answer) {
          setStored(answer);
          setTheirs(null);
          setMessage(answer.body === '' ? `${label}: borttagen.` : `${label}: sparad.`);
        }
      }}
    >
      <TextAreaField
        id={id}
        label={label}
        hint={hint}
        value={body}
        error={submission.fieldErrors.body}
        rows={section === 'frame-walk' ? 9 : 4}
        onChange={(value) => {
          setMessage(null);
          setBody(value);
        }}
      />
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {theirs ? (
        <div className="budget-text">
          <p className="field__label">Texten som {theirs.updatedBy ?? 'den andra'} sparade:</p>
          <p className="budget-text__body">{theirs.body === '' ? '(tom)' : theirs.body}</p>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={submission.busy}>
          Spara<span className="visually-hidden"> {label}</span>
        </button>
        <span className="form-actions__hint" role="status">
          {message}
        </span>
      </div>
    </SubmitForm>
  );
}

/** The budget document's texts for a budget year, written here and printed in the document. */
export function BudgetTexts({ year }: { readonly year: number }) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const { state, retry } = useApiGet(
    getBudgetTexts,
    { municipalityId: municipality.id, boardId: board.id },
    { year },
  );
  return (
    <section className="section" aria-labelledby="budget-texts-title">
      <h2 id="budget-texts-title" className="section__title">
        Texter i budgetdokumentet {year}
      </h2>
      {state.status === 'loading' ? <LoadingMessage>Hämtar texterna …</LoadingMessage> : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {state.status === 'success'
        ? SECTIONS.map((entry) => (
            <TextForm
              key={`${String(year)}-${entry.key}`}
              year={year}
              section={entry.key}
              label={entry.label}
              saved={state.data.texts.find((text) => text.section === entry.key)}
              proposal={entry.key === 'frame-walk' ? state.data.proposedFrameWalk : null}
              editable={can('budget:edit')}
            />
          ))
        : null}
    </section>
  );
}
