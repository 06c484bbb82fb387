/** A user as sign-in and the session read them (a row of app_user, in the code's names). */
export interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string | null;
  readonly mustChangePassword: boolean;
  /** Signs in with the temporary password made when an administrator added the user. */
  readonly firstSignIn: boolean;
  readonly installationAdmin: boolean;
  readonly disabled: boolean;
}
