import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  addGrant,
  getOrganisationAdmin,
  listUsersAdmin,
  removeGrant,
  resetPassword,
  updateUser,
  type OrganisationAdmin,
  type UserAdmin,
} from '../../../contract/administration';
import { ROLE_NAMES_SV } from '../../../domain/access/roles';
import { apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch, USERS_ADMIN_PATH } from '../../app/navigation';
import { useUser } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { FactList } from '../../ui/FactList';
import { CheckboxField, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { emptyGrant, GrantFields, grantInputOf, scopeLabel } from './GrantFields';
import { TemporaryPasswordNote } from './TemporaryPasswordNote';
import { dateTimeSv, signInMethodSv, userStatusSv } from './user-text';

const NO_QUERY = {};

function DetailsForm({
  municipalityId,
  user,
  isSelf,
  onSaved,
}: {
  readonly municipalityId: string;
  readonly user: UserAdmin;
  readonly isSelf: boolean;
  readonly onSaved: (user: UserAdmin) => void;
}) {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [ssoSubject, setSsoSubject] = useState(user.ssoSubject ?? '');
  const [disabled, setDisabled] = useState(user.disabled);
  const submission = useSubmit('Användaren kunde inte sparas.');
  const errors = submission.fieldErrors;
  const submit = async () => {
    const saved = await submission.run(() =>
      apiPost(updateUser, { municipalityId, userId: user.id }, NO_QUERY, {
        displayName,
        email,
        ssoSubject,
        disabled,
      }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <section className="section" aria-labelledby="user-details-title">
      <h3 id="user-details-title" className="section__title">
        Uppgifter
      </h3>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={submit}>
        <TextField
          id="user-name"
          label="Namn"
          value={displayName}
          error={errors.displayName}
          required
          onChange={setDisplayName}
        />
        <TextField
          id="user-email"
          label="E-post"
          value={email}
          error={errors.email}
          onChange={setEmail}
        />
        <TextField
          id="user-sso"
          label="Id i kommunens inloggning"
          hint="Tomt: användaren loggar inte in via kommunens inloggning."
          value={ssoSubject}
          error={errors.ssoSubject}
          onChange={setSsoSubject}
        />
        {isSelf ? null : (
          <CheckboxField
            id="user-disabled"
            label="Inaktiverad"
            hint="En inaktiverad användare kan inte logga in, och pågående inloggningar avslutas."
            checked={disabled}
            onChange={setDisabled}
          />
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

function RolesSection({
  municipalityId,
  user,
  organisation,
  isSelf,
  onChanged,
}: {
  readonly municipalityId: string;
  readonly user: UserAdmin;
  readonly organisation: OrganisationAdmin;
  readonly isSelf: boolean;
  readonly onChanged: (user: UserAdmin, message: string) => void;
}) {
  const { board } = useSelectedBoard();
  const [draft, setDraft] = useState(emptyGrant(board.id));
  const submission = useSubmit('Rollen kunde inte ändras.');
  const add = async () => {
    const saved = await submission.run(() =>
      apiPost(addGrant, { municipalityId, userId: user.id }, NO_QUERY, grantInputOf(draft)),
    );
    if (saved) onChanged(saved, `${ROLE_NAMES_SV[draft.role]} är tillagd.`);
  };
  const remove = async (grantId: string, label: string) => {
    const saved = await submission.run(() =>
      apiPost(removeGrant, { municipalityId, userId: user.id, grantId }, NO_QUERY, undefined),
    );
    if (saved) onChanged(saved, `${label} är borttagen.`);
  };
  return (
    <section className="section" aria-labelledby="user-roles-title">
      <h3 id="user-roles-title" className="section__title">
        Roller
      </h3>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {user.grants.length === 0 ? (
        <InfoNote>Användaren har ingen roll i kommunen längre.</InfoNote>
      ) : (
        <div className="table-frame">
          <table className="data-table">
            <caption className="visually-hidden">Roller för {user.displayName}</caption>
            <thead>
              <tr>
                <th scope="col">Roll</th>
                <th scope="col">Gäller</th>
                <th scope="col">
                  <span className="visually-hidden">Åtgärd</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {user.grants.map((grant) => {
                const label = `${ROLE_NAMES_SV[grant.role]} – ${scopeLabel(grant, organisation)}`;
                return (
                  <tr key={grant.id}>
                    <th scope="row">{ROLE_NAMES_SV[grant.role]}</th>
                    <td>{scopeLabel(grant, organisation)}</td>
                    <td>
                      {isSelf && grant.role === 'admin' ? null : (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={submission.busy}
                          onClick={() => {
                            void remove(grant.id, label);
                          }}
                        >
                          Ta bort<span className="visually-hidden"> {label}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h4 className="form-group__legend">Lägg till roll</h4>
      <SubmitForm className="stacked-form" busy={submission.busy} onSubmit={add}>
        <GrantFields
          idPrefix="add-grant"
          draft={draft}
          organisation={organisation}
          errors={submission.fieldErrors}
          onChange={setDraft}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Lägg till roll
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}

function PasswordSection({
  municipalityId,
  user,
  onReset,
}: {
  readonly municipalityId: string;
  readonly user: UserAdmin;
  readonly onReset: (user: UserAdmin, password: string) => void;
}) {
  const submission = useSubmit('Lösenordet kunde inte återställas.');
  const reset = async () => {
    const answer = await submission.run(() =>
      apiPost(resetPassword, { municipalityId, userId: user.id }, NO_QUERY, undefined),
    );
    if (answer?.temporaryPassword) onReset(answer.user, answer.temporaryPassword);
  };
  return (
    <section className="section" aria-labelledby="user-password-title">
      <h3 id="user-password-title" className="section__title">
        Lösenord
      </h3>
      <p className="section__intro">
        Återställning ger ett nytt tillfälligt lösenord som användaren måste byta vid nästa
        inloggning. Användarens pågående inloggningar avslutas.
      </p>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <button
        type="button"
        className="button"
        disabled={submission.busy}
        onClick={() => {
          void reset();
        }}
      >
        Återställ lösenord
      </button>
    </section>
  );
}

/** One user: details, roles and password reset. */
export function UserAdminPage() {
  const { userId = '' } = useParams();
  const { municipality } = useSelectedBoard();
  const me = useUser();
  const params = { municipalityId: municipality.id };
  const users = useApiGet(listUsersAdmin, params, NO_QUERY);
  const organisation = shownData(useApiGet(getOrganisationAdmin, params, NO_QUERY).state);
  const [changed, setChanged] = useState<UserAdmin | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const search = boardSearch(useSearchParams()[0]);
  const loaded = shownData(users.state)?.users.find((candidate) => candidate.id === userId);
  const user = changed?.id === userId ? changed : loaded;
  useDocumentTitle(user ? `${user.displayName} – Administration` : 'Användare – Administration');

  const back = (
    <p>
      <Link to={{ pathname: USERS_ADMIN_PATH, search }}>Alla användare</Link>
    </p>
  );
  if (users.state.status === 'error')
    return (
      <ErrorAlert
        message={users.state.message}
        onRetry={users.state.retryable ? users.retry : undefined}
      />
    );
  if (!user || !organisation) {
    return users.state.status === 'loading' || !organisation ? (
      <LoadingMessage>Hämtar användaren …</LoadingMessage>
    ) : (
      <>
        <ErrorAlert message="Användaren har ingen roll i kommunen." />
        {back}
      </>
    );
  }
  const accept = (next: UserAdmin, text: string | null) => {
    setChanged(next);
    setMessage(text);
    setPassword(null);
  };
  return (
    <section aria-labelledby="user-title">
      {back}
      <h2 id="user-title" className="section__title">
        {user.displayName}
      </h2>
      {message ? (
        <p role="status" className="message message--success">
          {message}
        </p>
      ) : null}
      {password ? <TemporaryPasswordNote username={user.username} password={password} /> : null}
      <FactList
        facts={[
          ['Användarnamn', user.username],
          ['Status', userStatusSv(user)],
          ['Loggar in med', signInMethodSv(user)],
          ['Senast inloggad', dateTimeSv(user.lastSignInAt)],
        ]}
      />
      <DetailsForm
        key={`${user.id}-${String(user.disabled)}`}
        municipalityId={municipality.id}
        user={user}
        isSelf={user.id === me.id}
        onSaved={(saved) => {
          accept(saved, 'Uppgifterna är sparade.');
        }}
      />
      <RolesSection
        municipalityId={municipality.id}
        user={user}
        organisation={organisation}
        isSelf={user.id === me.id}
        onChanged={accept}
      />
      {user.hasPassword || user.ssoSubject === null ? (
        <PasswordSection
          municipalityId={municipality.id}
          user={user}
          onReset={(next, temporary) => {
            setChanged(next);
            setMessage(null);
            setPassword(temporary);
          }}
        />
      ) : null}
    </section>
  );
}
