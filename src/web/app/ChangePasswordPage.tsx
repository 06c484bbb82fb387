import { useState } from 'react';
import { inputIssueSv } from '#contract/input-issue-sv';
import { changePassword, MIN_PASSWORD_LENGTH } from '#contract/session';
import { apiPost, ApiError } from '../api/client';
import { SubmitForm, TextField } from '../ui/FormFields';
import { ErrorAlert, InfoNote } from '../ui/StatusMessages';
import { useSession, useUser } from './session-context';
import { useDocumentTitle } from './use-document-title';

const NO_PARAMS = {};
const NO_QUERY = {};

type Field = 'current' | 'next' | 'repeat';

/**
 * Byt lösenord: the current password, the new one twice. Required before anything else at a
 * new user's first sign-in (then "Välj ett eget lösenord", with the temporary password) and
 * after an administrator has reset the password.
 */
export function ChangePasswordPage({ required }: { readonly required: boolean }) {
  const firstSignIn = useUser().firstSignIn && required;
  const title = firstSignIn ? 'Välj ett eget lösenord' : 'Byt lösenord';
  useDocumentTitle(title);
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    const found: Partial<Record<Field, string>> = {};
    if (current === '') found.current = 'Ange ditt nuvarande lösenord.';
    if (next.length < MIN_PASSWORD_LENGTH)
      found.next = `Det nya lösenordet ska ha minst ${String(MIN_PASSWORD_LENGTH)} tecken.`;
    else if (next === current) found.next = 'Det nya lösenordet ska skilja sig från det gamla.';
    if (repeat !== next) found.repeat = 'Lösenorden är inte likadana.';
    setErrors(found);
    const first = (['current', 'next', 'repeat'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const response = await apiPost(changePassword, NO_PARAMS, NO_QUERY, {
        currentPassword: current,
        newPassword: next,
      });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      session.accept(response);
    } catch (caught) {
      // A password easy to guess is told at its field, with why.
      const refused =
        caught instanceof ApiError
          ? caught.issues.find((issue) => issue.field === 'newPassword')
          : undefined;
      if (refused) {
        setErrors({ next: `${inputIssueSv(refused)}.` });
        document.getElementById('password-next')?.focus();
        return;
      }
      setFailure(
        caught instanceof ApiError && caught.code === 'invalid-credentials'
          ? 'Det nuvarande lösenordet stämmer inte.'
          : caught instanceof Error
            ? caught.message
            : 'Lösenordet kunde inte bytas.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1 className="page__title">{title}</h1>
      {firstSignIn ? (
        <InfoNote>
          Välkommen till Nämndkoll! Du har loggat in med ett tillfälligt lösenord. Välj ett eget
          lösenord innan du fortsätter.
        </InfoNote>
      ) : required ? (
        <InfoNote>
          En administratör har återställt ditt lösenord. Välj ett eget innan du fortsätter.
        </InfoNote>
      ) : null}
      {done ? (
        <p role="status" className="message message--success">
          Lösenordet är bytt. Dina andra inloggningar har avslutats.
        </p>
      ) : null}
      {failure ? <ErrorAlert message={failure} /> : null}
      <SubmitForm className="stacked-form" busy={busy} onSubmit={submit}>
        <TextField
          id="password-current"
          label={firstSignIn ? 'Tillfälligt lösenord' : 'Nuvarande lösenord'}
          type="password"
          autoComplete="current-password"
          value={current}
          error={errors.current}
          onChange={setCurrent}
        />
        <TextField
          id="password-next"
          label="Nytt lösenord"
          hint={`Minst ${String(MIN_PASSWORD_LENGTH)} tecken. En mening av flera ord är lätt att minnas. Vanliga lösenord, upprepningar och ditt eget namn går inte.`}
          type="password"
          autoComplete="new-password"
          value={next}
          error={errors.next}
          onChange={setNext}
        />
        <TextField
          id="password-repeat"
          label="Upprepa det nya lösenordet"
          type="password"
          autoComplete="new-password"
          value={repeat}
          error={errors.repeat}
          onChange={setRepeat}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {firstSignIn ? 'Spara lösenordet' : 'Byt lösenord'}
        </button>
      </SubmitForm>
    </div>
  );
}
