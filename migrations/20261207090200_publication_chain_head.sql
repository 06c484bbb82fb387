-- A publication records the audit log's chain head right after its own audit row: the number
-- and hash the published report prints, so a later rewrite of the log is found against the
-- paper copy. Null for publications made before the chain (and the demo's).
ALTER TABLE follow_up_month_event
  ADD COLUMN audit_chain_seq bigint CHECK (audit_chain_seq >= 1),
  ADD COLUMN audit_chain_hash text CHECK (audit_chain_hash ~ '^[0-9a-f]{64}$'),
  ADD CHECK ((audit_chain_seq IS NULL) = (audit_chain_hash IS NULL));
