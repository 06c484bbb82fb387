-- People and access: users, their roles scoped to the organisation, sessions, and the
-- append-only audit log.
--
-- Users are installation-wide (one sign-in, possibly roles in several municipalities): in a
-- national deployment app_user and user_session are reference tables, role_grant is
-- distributed by municipality_id like the rest.

CREATE TABLE app_user (
  id uuid PRIMARY KEY,
  -- Signs in with it; stored in lower case.
  username text NOT NULL UNIQUE CHECK (username = lower(username) AND username <> ''),
  display_name text NOT NULL,
  email text,
  -- argon2id (PHC string); null: the user signs in by single sign-on only.
  password_hash text,
  -- Set by an admin's password reset: the user chooses a new password at the next sign-in.
  must_change_password boolean NOT NULL DEFAULT false,
  -- May set up municipalities and manage every municipality's users.
  installation_admin boolean NOT NULL DEFAULT false,
  -- The identity provider's claim value that maps to this user (OpenID Connect).
  sso_subject text UNIQUE,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A role in a municipality, for a board, a department or a unit (or the whole municipality).
CREATE TABLE role_grant (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user (id),
  role text NOT NULL CHECK (
    role IN ('admin', 'controller', 'department-head', 'unit-head', 'board-member', 'auditor')
  ),
  board_id uuid,
  org_unit_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  -- A unit scope lies within a board scope.
  CHECK (org_unit_id IS NULL OR board_id IS NOT NULL)
);
CREATE INDEX role_grant_user ON role_grant (user_id);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE user_session (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  -- Sent back in a header on every state-changing request (CSRF protection).
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- The latest moment the session can live, however active.
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Every change, sign-in and failed sign-in, export and document, and every read of records
-- about individuals. Rows are only ever added: the trigger below refuses updates, deletes and
-- truncation, whoever asks.
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  occurred_at timestamptz NOT NULL,
  -- Null for what concerns no municipality (a sign-in).
  municipality_id uuid,
  user_id uuid,
  -- As the user was named then (a failed sign-in names the account that was tried).
  username text,
  action text NOT NULL,
  object_type text,
  object_id text,
  before jsonb,
  after jsonb,
  details jsonb,
  ip text
);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
CREATE INDEX audit_log_user ON audit_log (user_id, occurred_at);
CREATE INDEX audit_log_municipality ON audit_log (municipality_id, occurred_at);
-- Sign-in throttling counts recent failures by account and by address.
CREATE INDEX audit_log_failed_sign_in ON audit_log (action, occurred_at) WHERE action = 'sign-in-failed';

CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
