import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  SINGLE_SIGN_ON_FAILURES,
  SINGLE_SIGN_ON_RESULT_PARAM,
  SINGLE_SIGN_ON_START,
  type SingleSignOnFailure,
} from '#contract/session';
import { ApiError } from '../api/client';
import { SubmitForm, TextField } from '../ui/FormFields';
import { ErrorAlert, InfoNote } from '../ui/StatusMessages';
import { useSession } from './session-context';
import { useDocumentTitle } from './use-document-title';

const SINGLE_SIGN_ON_FAILURE_MESSAGES: Record<SingleSignOnFailure, string> = {
  'konto-saknas':
    'Inloggningen via kommunens inloggning misslyckades: ditt konto finns inte i Nämndkoll. Kontakta administratören.',
  misslyckades:
    'Inloggningen via kommunens inloggning misslyckades. Försök igen, eller kontakta administratören om det inte går.',
};

function singleSignOnFailureMessage(value: string | null): string | null {
  const failure = SINGLE_SIGN_ON_FAILURES.find((candidate) => candidate === value);
  return failure ? SINGLE_SIGN_ON_FAILURE_MESSAGES[failure] : null;
}

/**
 * Sign-in with user name and password, and by the municipality's single sign-on when the
 * server has it; shown for every page until someone is signed in. A failed single sign-on
 * comes back to '/?inloggning=...', which is told here once and taken out of the address.
 */
export function SignInPage({ sessionEnded }: { readonly sessionEnded: boolean }) {
  useDocumentTitle('Logga in');
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(() =>
    singleSignOnFailureMessage(searchParams.get(SINGLE_SIGN_ON_RESULT_PARAM)),
  );
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  useEffect(() => {
    if (!searchParams.has(SINGLE_SIGN_ON_RESULT_PARAM)) return;
    const rest = new URLSearchParams(searchParams);
    rest.delete(SINGLE_SIGN_ON_RESULT_PARAM);
    setSearchParams(rest, { replace: true });
  }, [searchParams, setSearchParams]);

  const submit = async (): Promise<void> => {
    const problems = {
      ...(username.trim() === '' ? { username: 'Ange ditt användarnamn.' } : {}),
      ...(password === '' ? { password: 'Ange ditt lösenord.' } : {}),
    };
    setMissing(problems);
    if (problems.username || problems.password) {
      document.getElementById(problems.username ? 'sign-in-username' : 'sign-in-password')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.signIn(username, password);
    } catch (caught) {
      setPassword('');
      setError(caught instanceof ApiError ? caught.message : 'Inloggningen misslyckades.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="innehall" className="main main--narrow" tabIndex={-1}>
      <div className="sign-in">
        <p className="sign-in__brand">Nämndkoll</p>
        <h1 className="page__title">Logga in</h1>
        {sessionEnded ? (
          <InfoNote>Du har loggats ut, eller så har sessionen gått ut. Logga in igen.</InfoNote>
        ) : null}
        {error ? (
          <div ref={errorRef} tabIndex={-1}>
            <ErrorAlert message={error} />
          </div>
        ) : null}
        <SubmitForm className="sign-in__form" busy={busy} onSubmit={submit}>
          <TextField
            id="sign-in-username"
            label="Användarnamn"
            value={username}
            error={missing.username}
            autoComplete="username"
            required
            onChange={setUsername}
          />
          <TextField
            id="sign-in-password"
            label="Lösenord"
            type="password"
            value={password}
            error={missing.password}
            autoComplete="current-password"
            required
            onChange={setPassword}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Loggar in …' : 'Logga in'}
          </button>
        </SubmitForm>
        {session.singleSignOnLabel === null ? null : (
          <div className="sign-in__sso">
            <p className="sign-in__or">eller</p>
            {/* A plain link: the browser leaves for the identity provider and comes back. */}
            <a className="button button--secondary sign-in__sso-link" href={SINGLE_SIGN_ON_START}>
              {session.singleSignOnLabel}
            </a>
          </div>
        )}
      </div>
    </main>
  );
}
