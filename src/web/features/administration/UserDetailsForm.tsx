import { updateUser, type UserAdmin } from '#contract/administration';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { FactList } from '../../ui/FactList';
import { CheckboxField, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert, InfoNote } from '../../ui/StatusMessages';
import { saveOrReread } from './edit-conflict';
import { EditConflictNote } from './EditConflictNote';
import { NameAndEmailFields } from './NameAndEmailFields';
import { useRebasedDraft } from './use-rebased-draft';
import { userLockSv } from './user-text';

const NO_QUERY = {};

interface DetailsDraft {
  readonly displayName: string;
  readonly email: string;
  readonly ssoSubject: string;
  readonly disabled: boolean;
}

const draftOf = (user: UserAdmin): DetailsDraft => ({
  displayName: user.displayName,
  email: user.email ?? '',
  ssoSubject: user.ssoSubject ?? '',
  disabled: user.disabled,
});

/**
 * A user's name, e-mail, single sign-on value and disabled. A save names the revision the form
 * stands on; when another administrator saved the user first, the form keeps what was typed on
 * top of what they saved and shows both where they differ, to save again.
 */
export function UserDetailsForm({
  municipalityId,
  user,
  isSelf,
  reload,
  onSaved,
  onStale,
}: {
  readonly municipalityId: string;
  /** The user as last read or saved on the page. */
  readonly user: UserAdmin;
  readonly isSelf: boolean;
  /** Reads the user again (after a refused save). */
  readonly reload: () => Promise<UserAdmin | undefined>;
  readonly onSaved: (user: UserAdmin) => void;
  /** The user as saved by someone else meanwhile. */
  readonly onStale: (user: UserAdmin) => void;
}) {
  const form = useRebasedDraft(user, draftOf(user), draftOf);
  const { draft, base, conflict, change } = form;
  const submission = useSubmit('Användaren kunde inte sparas.');
  const errors = submission.fieldErrors;
  // A newer revision came from elsewhere on the page (a role given or a password reset): the
  // form stands on it, keeping what is typed.
  if (user.revision > base.revision) form.follow(user);
  const signInLocked = user.lock === 'roles-in-other-municipality';

  const submit = async () => {
    const params = { municipalityId, userId: base.id };
    const body = { ...draft, baseRevision: base.revision };
    const outcome = await submission.run(() =>
      saveOrReread(() => apiPost(updateUser, params, NO_QUERY, body), reload),
    );
    if (!outcome) return;
    if (outcome.kind === 'saved') {
      form.saved(outcome.answer);
      onSaved(outcome.answer);
      return;
    }
    form.refused(outcome.fresh);
    onStale(outcome.fresh);
  };

  return (
    <section className="section" aria-labelledby="user-details-title">
      <h3 id="user-details-title" className="section__title">
        Uppgifter
      </h3>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {conflict ? (
        <EditConflictNote
          what="användaren"
          saved={conflict.saved}
          conflicts={conflict.conflicts}
          onTakeSaved={form.takeSaved}
        />
      ) : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={submit}>
        <NameAndEmailFields idPrefix="user" draft={draft} errors={errors} onChange={change} />
        {signInLocked ? (
          <>
            <FactList
              facts={[
                ['Id i kommunens inloggning', user.ssoSubject ?? '–'],
                ['Inaktiverad', user.disabled ? 'Ja' : 'Nej'],
              ]}
            />
            <InfoNote>{userLockSv(user)}</InfoNote>
          </>
        ) : (
          <>
            <TextField
              id="user-sso"
              label="Id i kommunens inloggning"
              hint="Tomt: användaren loggar inte in via kommunens inloggning."
              value={draft.ssoSubject}
              error={errors.ssoSubject}
              onChange={(ssoSubject) => {
                change({ ssoSubject });
              }}
            />
            {isSelf ? null : (
              <CheckboxField
                id="user-disabled"
                label="Inaktiverad"
                hint="En inaktiverad användare kan inte logga in, och pågående inloggningar avslutas."
                checked={draft.disabled}
                onChange={(disabled) => {
                  change({ disabled });
                }}
              />
            )}
          </>
        )}
        {errors.disabled ? <p className="field__error">{errors.disabled}</p> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {submission.busy ? 'Sparar …' : 'Spara uppgifter'}
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
