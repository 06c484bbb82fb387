import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  createUser,
  getOrganisationAdmin,
  listUsersAdmin,
  type OrganisationAdmin,
} from '#contract/administration';
import { ROLE_NAMES_SV } from '#domain/access/roles';
import { apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { boardSearch, USERS_ADMIN_PATH } from '../../app/navigation';
import { useDocumentTitle } from '../../app/use-document-title';
import { CheckboxField, TextField } from '../../ui/FormFields';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { FormSection } from '../../ui/FormSection';
import { emptyGrant, GrantFields, grantInputOf, scopeLabel, type GrantDraft } from './GrantFields';
import { NameAndEmailFields } from './NameAndEmailFields';
import { TemporaryPasswordNote } from './TemporaryPasswordNote';
import { dateTimeSv, userStatusSv } from './user-text';

const NO_QUERY = {};

interface NewUserDraft {
  readonly username: string;
  readonly displayName: string;
  readonly email: string;
  readonly password: boolean;
  readonly ssoSubject: string;
  readonly grant: GrantDraft;
}

function NewUserForm({
  municipalityId,
  organisation,
  initialBoardId,
  onCreated,
  onCancel,
}: {
  readonly municipalityId: string;
  readonly organisation: OrganisationAdmin;
  readonly initialBoardId: string;
  readonly onCreated: (username: string, temporaryPassword: string | null) => void;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState<NewUserDraft>({
    username: '',
    displayName: '',
    email: '',
    password: true,
    ssoSubject: '',
    grant: emptyGrant(initialBoardId),
  });
  const submission = useSubmit('Användaren kunde inte skapas.');
  const errors = submission.fieldErrors;
  const change = (patch: Partial<NewUserDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const submit = async () => {
    const created = await submission.run(() =>
      apiPost(createUser, { municipalityId }, NO_QUERY, {
        username: draft.username,
        displayName: draft.displayName,
        email: draft.email,
        ssoSubject: draft.ssoSubject,
        password: draft.password,
        grant: grantInputOf(draft.grant),
      }),
    );
    if (created) onCreated(created.user.username, created.temporaryPassword);
  };
  return (
    <FormSection
      headingId="new-user-title"
      title={'Ny användare'}
      submission={submission}
      onSubmit={submit}
      submitLabel="Skapa användare"
      busyLabel="Skapar …"
      onCancel={onCancel}
    >
      <TextField
        id="new-user-username"
        label="Användarnamn"
        hint="Bokstäver (även å, ä och ö), siffror och . _ - @, till exempel fornamn.efternamn. Sparas med små bokstäver; vid inloggning spelar stora och små bokstäver ingen roll."
        size="medium"
        value={draft.username}
        error={errors.username}
        required
        onChange={(username) => {
          change({ username });
        }}
      />
      <NameAndEmailFields idPrefix="new-user" draft={draft} errors={errors} onChange={change} />
      <CheckboxField
        id="new-user-password"
        label="Logga in med lösenord"
        hint="Ett tillfälligt lösenord skapas och visas för dig en gång."
        checked={draft.password}
        onChange={(password) => {
          change({ password });
        }}
      />
      <TextField
        id="new-user-sso"
        label="Id i kommunens inloggning (valfritt)"
        hint="Värdet identitetsleverantören skickar för personen, till exempel objekt-id i Entra ID."
        value={draft.ssoSubject}
        error={errors.ssoSubject}
        onChange={(ssoSubject) => {
          change({ ssoSubject });
        }}
      />
      <GrantFields
        idPrefix="new-user-grant"
        draft={draft.grant}
        organisation={organisation}
        errors={errors}
        errorPrefix="grant."
        onChange={(grant) => {
          change({ grant });
        }}
      />
    </FormSection>
  );
}

/** Användare och roller: everyone with a role in the municipality; add a user. */
export function UsersAdminPage() {
  useDocumentTitle('Användare och roller – Administration');
  const { municipality, board } = useSelectedBoard();
  const params = { municipalityId: municipality.id };
  const users = useApiGet(listUsersAdmin, params, NO_QUERY);
  const organisation = shownData(useApiGet(getOrganisationAdmin, params, NO_QUERY).state);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ username: string; password: string | null } | null>(
    null,
  );
  const search = boardSearch(useSearchParams()[0]);

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title" className="section__title">
        Användare och roller
      </h2>
      <p className="section__intro">
        Alla som har en roll i {municipality.name}. En roll gäller hela kommunen, en nämnd, en
        avdelning eller en enhet; användaren ser bara det rollen omfattar.
      </p>
      {created ? (
        created.password ? (
          <TemporaryPasswordNote username={created.username} password={created.password} />
        ) : (
          <p role="status" className="message message--success">
            Användaren {created.username} är skapad och loggar in via kommunens inloggning.
          </p>
        )
      ) : null}
      {creating && organisation ? (
        <NewUserForm
          municipalityId={municipality.id}
          organisation={organisation}
          initialBoardId={board.id}
          onCreated={(username, password) => {
            setCreating(false);
            setCreated({ username, password });
            users.retry();
          }}
          onCancel={() => {
            setCreating(false);
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCreated(null);
              setCreating(true);
              requestAnimationFrame(() => document.getElementById('new-user-title')?.focus());
            }}
          >
            Ny användare
          </button>
        </p>
      )}
      {users.state.status === 'loading' ? (
        <LoadingMessage>Hämtar användarna …</LoadingMessage>
      ) : null}
      {users.state.status === 'error' ? (
        <ErrorAlert
          message={users.state.message}
          onRetry={users.state.retryable ? users.retry : undefined}
        />
      ) : null}
      {users.state.status === 'success' ? (
        <div className="table-frame">
          <table className="data-table">
            <caption>Användare i {municipality.name}</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Användarnamn</th>
                <th scope="col">Roller</th>
                <th scope="col">Status</th>
                <th scope="col">Senast inloggad</th>
              </tr>
            </thead>
            <tbody>
              {users.state.data.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link to={{ pathname: `${USERS_ADMIN_PATH}/${user.id}`, search }}>
                      {user.displayName}
                    </Link>
                  </th>
                  <td>{user.username}</td>
                  <td>
                    {user.grants
                      .map(
                        (grant) =>
                          `${ROLE_NAMES_SV[grant.role]} – ${scopeLabel(grant, organisation)}`,
                      )
                      .join('; ')}
                  </td>
                  <td>{userStatusSv(user)}</td>
                  <td className="nowrap">{dateTimeSv(user.lastSignInAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
