import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  addGrant,
  getOrganisationAdmin,
  listUsersAdmin,
  removeGrant,
  resetPassword,
  type OrganisationAdmin,
  type UserAdmin,
} from '#contract/administration';
import { ROLE_NAMES_SV } from '#domain/access/roles';
import { apiGet, apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch, USERS_ADMIN_PATH } from '../../app/navigation';
import { useUser } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { FactList } from '../../ui/FactList';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { saveOrReread } from './edit-conflict';
import { EditConflictNote } from './EditConflictNote';
import { emptyGrant, GrantFields, grantInputOf, scopeLabel } from './GrantFields';
import { TemporaryPasswordNote } from './TemporaryPasswordNote';
import { UserDetailsForm } from './UserDetailsForm';
import { dateTimeSv, signInMethodSv, userLockSv, userStatusSv } from './user-text';

const NO_QUERY = {};

/** Someone else changed the user first: the section shows the user as now saved. */
function StaleUserNote({ saved, what }: { readonly saved: UserAdmin; readonly what: string }) {
  return (
    <EditConflictNote what="användaren" saved={saved}>
      <p>{what}</p>
    </EditConflictNote>
  );
}

function RolesSection({
  municipalityId,
  user,
  organisation,
  isSelf,
  reload,
  onChanged,
}: {
  readonly municipalityId: string;
  readonly user: UserAdmin;
  readonly organisation: OrganisationAdmin;
  readonly isSelf: boolean;
  readonly reload: () => Promise<UserAdmin | undefined>;
  readonly onChanged: (user: UserAdmin, message: string | null) => void;
}) {
  const { board } = useSelectedBoard();
  const [draft, setDraft] = useState(emptyGrant(board.id));
  const [stale, setStale] = useState<UserAdmin | null>(null);
  const submission = useSubmit('Rollen kunde inte ändras.');
  const params = { municipalityId, userId: user.id };
  const run = async (change: () => Promise<UserAdmin>, message: string) => {
    const outcome = await submission.run(() => saveOrReread(change, reload));
    if (!outcome) return;
    setStale(outcome.kind === 'conflict' ? outcome.fresh : null);
    if (outcome.kind === 'saved') onChanged(outcome.answer, message);
    else onChanged(outcome.fresh, null);
  };
  const add = () =>
    run(
      () =>
        apiPost(addGrant, params, NO_QUERY, {
          ...grantInputOf(draft),
          baseRevision: user.revision,
        }),
      `${ROLE_NAMES_SV[draft.role]} är tillagd.`,
    );
  const remove = (grantId: string, label: string) =>
    run(
      () => apiPost(removeGrant, { ...params, grantId }, NO_QUERY, { baseRevision: user.revision }),
      `${label} är borttagen.`,
    );
  return (
    <section className="section" aria-labelledby="user-roles-title">
      <h3 id="user-roles-title" className="section__title">
        Roller
      </h3>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {stale ? (
        <StaleUserNote
          saved={stale}
          what="Rollerna nedan är som de är sparade nu. Gör om ändringen om den fortfarande behövs."
        />
      ) : null}
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
  reload,
  onReset,
  onStale,
}: {
  readonly municipalityId: string;
  readonly user: UserAdmin;
  readonly reload: () => Promise<UserAdmin | undefined>;
  readonly onReset: (user: UserAdmin, password: string) => void;
  readonly onStale: (user: UserAdmin) => void;
}) {
  const submission = useSubmit('Lösenordet kunde inte återställas.');
  const [stale, setStale] = useState<UserAdmin | null>(null);
  const reset = async () => {
    const params = { municipalityId, userId: user.id };
    const outcome = await submission.run(() =>
      saveOrReread(
        () => apiPost(resetPassword, params, NO_QUERY, { baseRevision: user.revision }),
        reload,
      ),
    );
    if (!outcome) return;
    if (outcome.kind === 'conflict') {
      setStale(outcome.fresh);
      onStale(outcome.fresh);
      return;
    }
    setStale(null);
    if (outcome.answer.temporaryPassword)
      onReset(outcome.answer.user, outcome.answer.temporaryPassword);
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
      {stale ? (
        <StaleUserNote
          saved={stale}
          what="Lösenordet återställdes inte. Återställ igen om det fortfarande behövs."
        />
      ) : null}
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
  /** The user as saved now (after a change was refused because someone else saved first). */
  const reload = async () =>
    (await apiGet(listUsersAdmin, params, NO_QUERY)).users.find(
      (candidate) => candidate.id === userId,
    );
  const stale = (next: UserAdmin) => {
    accept(next, null);
  };
  const lock = userLockSv(user);
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
      {user.lock === 'installation-admin' ? (
        <InfoNote>{lock}</InfoNote>
      ) : (
        <>
          <UserDetailsForm
            key={user.id}
            municipalityId={municipality.id}
            user={user}
            isSelf={user.id === me.id}
            reload={reload}
            onSaved={(saved) => {
              accept(saved, 'Uppgifterna är sparade.');
            }}
            onStale={stale}
          />
          <RolesSection
            municipalityId={municipality.id}
            user={user}
            organisation={organisation}
            isSelf={user.id === me.id}
            reload={reload}
            onChanged={accept}
          />
          {user.lock === 'roles-in-other-municipality' ? (
            <section className="section" aria-labelledby="user-password-title">
              <h3 id="user-password-title" className="section__title">
                Lösenord
              </h3>
              <InfoNote>{lock}</InfoNote>
            </section>
          ) : user.hasPassword || user.ssoSubject === null ? (
            <PasswordSection
              municipalityId={municipality.id}
              user={user}
              reload={reload}
              onReset={(next, temporary) => {
                setChanged(next);
                setMessage(null);
                setPassword(temporary);
              }}
              onStale={stale}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
