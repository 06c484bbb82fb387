-- Every password sign-in attempt, for the throttling (domain/access/sign-in-throttle.ts). An
-- attempt is recorded (and committed) as pending BEFORE the recent failures are counted, so
-- parallel guesses count each other; its outcome is set when the password has been checked.
-- Installation-level like app_user and user_session (a name tried may be no account at all),
-- and kept apart from the audit log, which records the same events for people to read.
CREATE TABLE sign_in_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The name as tried, normalised (lower case, trimmed).
  username text NOT NULL,
  ip text,
  attempted_at timestamptz NOT NULL,
  outcome text NOT NULL DEFAULT 'pending'
    CHECK (outcome IN ('pending', 'failed', 'throttled', 'succeeded'))
);
CREATE INDEX sign_in_attempt_username ON sign_in_attempt (username, attempted_at);
CREATE INDEX sign_in_attempt_ip ON sign_in_attempt (ip, attempted_at);
