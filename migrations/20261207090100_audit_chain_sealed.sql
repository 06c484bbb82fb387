-- The rows written before the chain have their hashes now (db/migration-steps.ts, run right
-- after 20261207090000): every row must have one, and the log is append-only again.
ALTER TABLE audit_log ALTER COLUMN hash SET NOT NULL;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
