import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  getSession,
  signIn as signInEndpoint,
  signOut as signOutEndpoint,
} from '#contract/session';
import type { SessionResponse, SessionUser } from '#contract/session';
import type { Principal } from '#domain/access/access-policy';
import type { Permission } from '#domain/access/roles';
import { apiGet, apiPost, ApiError, onSessionEnded, setCsrfToken } from '../api/client';

/** Whether someone is signed in in this browser, and who. */
export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string; readonly retry: () => void }
  | { readonly status: 'signed-out'; readonly ended: boolean }
  | { readonly status: 'signed-in'; readonly user: SessionUser };

export interface SessionActions {
  /** Signs in; rejects with an ApiError whose message is the Swedish text to show. */
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Takes a session answer from another call (a password change). */
  accept(response: SessionResponse): void;
}

/** What the server offers besides user name and password. */
export interface SignInOptions {
  /** The single sign-on button's text; null when the server has no single sign-on. */
  readonly singleSignOnLabel: string | null;
}

const SessionContext = createContext<(SessionState & SessionActions & SignInOptions) | null>(null);

const NO_PARAMS = {};
const NO_QUERY = {};

/**
 * Loads the session at start and keeps it: the CSRF token for state changes, the user for the
 * navigation, and back to the sign-in page when the server says the session has ended.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [singleSignOnLabel, setSingleSignOnLabel] = useState<string | null>(null);

  const accept = useCallback((response: SessionResponse) => {
    setCsrfToken(response.csrfToken);
    setSingleSignOnLabel(response.singleSignOn ? response.singleSignOnLabel : null);
    setState(
      response.user
        ? { status: 'signed-in', user: response.user }
        : { status: 'signed-out', ended: false },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    apiGet(getSession, NO_PARAMS, NO_QUERY, controller.signal).then(accept, (error: unknown) => {
      if (controller.signal.aborted) return;
      const message =
        error instanceof ApiError ? error.message : 'Ett oväntat fel inträffade. Försök igen.';
      setState({
        status: 'error',
        message,
        retry: () => {
          setAttempt((count) => count + 1);
        },
      });
    });
    return () => {
      controller.abort();
    };
  }, [accept, attempt]);

  useEffect(
    () =>
      onSessionEnded(() => {
        setCsrfToken(null);
        setState({ status: 'signed-out', ended: true });
      }),
    [],
  );

  const signIn = useCallback(
    async (username: string, password: string) => {
      accept(await apiPost(signInEndpoint, NO_PARAMS, NO_QUERY, { username, password }));
    },
    [accept],
  );
  const signOut = useCallback(async () => {
    try {
      await apiPost(signOutEndpoint, NO_PARAMS, NO_QUERY, undefined);
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed-out', ended: false });
    }
  }, []);

  const value = useMemo(
    () => ({ ...state, signIn, signOut, accept, singleSignOnLabel }),
    [state, signIn, signOut, accept, singleSignOnLabel],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState & SessionActions & SignInOptions {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user, for pages: they are shown only to a signed-in user. */
export function useUser(): SessionUser {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('No user is signed in');
  return session.user;
}

/** Whether the signed-in user holds a permission anywhere. */
export function useCan(): (permission: Permission) => boolean {
  const user = useUser();
  return useCallback((permission) => user.permissions.includes(permission), [user]);
}

/** The user as the access policy sees them. */
export function principalOf(user: SessionUser): Principal {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    installationAdmin: user.installationAdmin,
    grants: user.grants,
  };
}
