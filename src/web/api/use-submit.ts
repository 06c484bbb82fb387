import { useCallback, useState } from 'react';
import { failureMessage, fieldErrorsOf } from './field-errors';

export interface Submission {
  readonly busy: boolean;
  /** The Swedish sentence for the last failure, null after a success. */
  readonly failure: string | null;
  /** The last failure's problems per field. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Runs a save; its answer, or undefined when it failed (the failure is then shown). */
  readonly run: <T extends object>(work: () => Promise<T>) => Promise<T | undefined>;
  readonly clear: () => void;
}

/** The state of a form's save: busy while it runs, the failure and field errors after. */
export function useSubmit(fallbackMessage = 'Ändringen kunde inte sparas.'): Submission {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const clear = useCallback(() => {
    setFailure(null);
    setFieldErrors({});
  }, []);
  const run = useCallback(
    async <T extends object>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      clear();
      try {
        return await work();
      } catch (error) {
        setFailure(failureMessage(error, fallbackMessage));
        setFieldErrors(fieldErrorsOf(error));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [clear, fallbackMessage],
  );
  return { busy, failure, fieldErrors, run, clear };
}
