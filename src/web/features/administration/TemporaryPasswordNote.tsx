/**
 * The temporary password, shown once to the administrator who made it: they hand it over, and
 * the user chooses their own at the first sign-in.
 */
export function TemporaryPasswordNote({
  username,
  password,
}: {
  readonly username: string;
  readonly password: string;
}) {
  return (
    <div role="status" className="message message--success temporary-password">
      <p className="message__text">
        Tillfälligt lösenord för <strong>{username}</strong>:{' '}
        <code className="temporary-password__value">{password}</code>
      </p>
      <p className="message__text">
        Lämna det till användaren på ett säkert sätt. Det visas bara nu; användaren väljer ett eget
        lösenord vid första inloggningen.
      </p>
    </div>
  );
}
