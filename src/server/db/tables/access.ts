import type { ColumnType, Generated } from 'kysely';
import type { Role } from '#domain/access/roles';
import type { Timestamp } from './column-types';

/** Users, their roles, sessions and sign-in attempts. */

export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string | null;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  /** False while the user has only the temporary password made when an administrator added them. */
  password_chosen: ColumnType<boolean, boolean | undefined, boolean>;
  installation_admin: ColumnType<boolean, boolean | undefined, boolean>;
  sso_subject: string | null;
  disabled_at: string | null;
  created_at: Timestamp;
  revision: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
}

export interface RoleGrantTable {
  municipality_id: string;
  id: string;
  user_id: string;
  role: Role;
  board_id: string | null;
  org_unit_id: string | null;
  created_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string | null;
  attempted_at: string;
  outcome: Generated<'pending' | 'failed' | 'throttled' | 'succeeded'>;
}
