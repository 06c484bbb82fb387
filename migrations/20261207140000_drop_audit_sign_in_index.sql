-- Sign-in throttling counts its own table (sign_in_attempt, 20261207100000), no longer the
-- audit log's failed sign-ins: the partial index for that count is not read any more.
DROP INDEX IF EXISTS audit_log_failed_sign_in;
