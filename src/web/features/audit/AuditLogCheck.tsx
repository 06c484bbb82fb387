import { useState } from 'react';
import {
  auditChainCheckSv,
  verifyAuditLog,
  type AuditLogVerification,
} from '#contract/audit-chain';
import { swedishDateTime } from '#contract/swedish-time';
import { apiGet } from '../../api/client';
import { failureMessage } from '../../api/field-errors';
import { ErrorAlert } from '../../ui/StatusMessages';

type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly result: AuditLogVerification }
  | { readonly status: 'error'; readonly message: string };

/** The result: whole or not, a sentence per chain, and when it was checked. */
function CheckResult({ result }: { readonly result: AuditLogVerification }) {
  const whole = result.chains.every((chain) => chain.broken === null);
  return (
    <div className={whole ? 'message message--success' : 'message message--error'}>
      <p className="message__text message__text--strong">
        {whole
          ? 'Loggen är hel: ingen rad har ändrats, tagits bort eller lagts till i efterhand.'
          : 'Loggen är inte hel: den har ändrats i efterhand.'}
      </p>
      {result.chains.map((chain) => (
        <p key={chain.municipalityId} className="message__text audit-check__chain">
          {auditChainCheckSv(chain)}
        </p>
      ))}
      <p className="message__text audit-check__time">
        Kontrollerad <time dateTime={result.checkedAt}>{swedishDateTime(result.checkedAt)}</time>.
      </p>
    </div>
  );
}

/**
 * Kontrollera loggen: the server checks the municipality's hash chain and the installation's
 * (sign-ins) from the first row to the last, and says whether any row was changed, removed or
 * added afterwards, naming the first broken row by its number and time.
 */
export function AuditLogCheck({ municipalityId }: { readonly municipalityId: string }) {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const check = () => {
    setState({ status: 'checking' });
    apiGet(verifyAuditLog, { municipalityId }, {}).then(
      (result) => {
        setState({ status: 'done', result });
      },
      (error: unknown) => {
        setState({
          status: 'error',
          message: failureMessage(error, 'Loggen kunde inte kontrolleras.'),
        });
      },
    );
  };
  const checking = state.status === 'checking';
  return (
    <section className="section audit-check" aria-labelledby="audit-check-heading">
      <h3 id="audit-check-heading" className="audit-results__title">
        Kontroll av loggen
      </h3>
      <p id="audit-check-hint" className="audit-results__hint">
        Varje rad bär en kontrollsumma över sitt innehåll och raden före. Kontrollen räknar om dem
        och visar om någon rad har ändrats, tagits bort eller lagts till i efterhand.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={check}
        disabled={checking}
        aria-describedby="audit-check-hint"
      >
        {checking ? 'Kontrollerar …' : 'Kontrollera loggen'}
      </button>
      <div role="status" className="audit-check__result">
        {state.status === 'done' ? <CheckResult result={state.result} /> : null}
      </div>
      {state.status === 'error' ? <ErrorAlert message={state.message} onRetry={check} /> : null}
    </section>
  );
}
