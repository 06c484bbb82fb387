import type { ReactNode } from 'react';

/** An error the user must see: announced at once, in Swedish, with a way to try again. */
export function ErrorAlert({
  message,
  onRetry,
}: {
  readonly message: string;
  readonly onRetry?: () => void;
}) {
  return (
    <div role="alert" className="message message--error">
      <p className="message__text">{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Försök igen
        </button>
      ) : null}
    </div>
  );
}

/** Shown while something is fetched for the first time. */
export function LoadingMessage({ children }: { readonly children: ReactNode }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  );
}

/** A calm note about the figures (for example how far the actuals go). */
export function InfoNote({ children }: { readonly children: ReactNode }) {
  return <p className="message message--info">{children}</p>;
}
