import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { SubmitForm, TextField } from '../ui/FormFields';
import { ErrorAlert, InfoNote } from '../ui/StatusMessages';
import { useSession } from './session-context';
import { useDocumentTitle } from './use-document-title';

/** Sign-in with user name and password; shown for every page until someone is signed in. */
export function SignInPage({ sessionEnded }: { readonly sessionEnded: boolean }) {
  useDocumentTitle('Logga in');
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

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
      </div>
    </main>
  );
}
